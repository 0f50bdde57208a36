// Jekyll::URL.escape_path / unescape_path (jekyll/url.rb), which use Addressable::URI.encode / unencode.
import { KyllError } from '../errors/index.js';
import { addressableRefusal } from './addressable-parse.js';

const SAFE_PATH = /^[a-zA-Z0-9./-]+$/;
// What Addressable keeps in a path: unreserved, sub-delims, ":", "@", "/" and "?" (the query it would split off).
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const encoder = new TextEncoder();

/**
 * Percent-encode a URL path the way Jekyll does for placeholder values: `/a b` → `/a%20b`, `中` → `%E4%B8%AD`, `#` → `%23`.
 * A value Addressable cannot parse is INVALID_PERMALINK (`file` names the page or document whose URL it is).
 */
export function escapePath(path: string, file?: string): string {
  if (path === '' || SAFE_PATH.test(path)) return path;
  const refusal = path.includes(':') ? addressableRefusal(path) : undefined;
  if (refusal !== undefined) {
    throw new KyllError('INVALID_PERMALINK', `${refusal} (Addressable::URI::InvalidURIError), escaping '${path}' for the URL`, { file }, {
      hint: "Jekyll escapes each URL placeholder value (a file or folder name, a category) with Addressable, which reads the text before its first ':' as a URI scheme; rename it so that no space or other character comes before the ':', or set a permalink without ':' in its front matter",
    });
  }
  let out = '';
  for (const ch of path) {
    if (KEEP.test(ch)) {
      out += ch;
    } else {
      for (const byte of encoder.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** Decode every `%XX` (the output path is the unescaped URL); other characters, `+` included, stay. */
export function unescapePath(path: string): string {
  if (!path.includes('%')) return path;
  return Buffer.from(unescapedBytes(path)).toString('utf8');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** False when decoding the `%XX` of `path` gives bytes that are not UTF-8 (unescapePath puts U+FFFD there). */
export function unescapesToUtf8(path: string): boolean {
  if (!/%[89a-fA-F][0-9a-fA-F]/.test(path)) return true;
  try {
    strictUtf8.decode(Uint8Array.from(unescapedBytes(path)));
    return true;
  } catch {
    return false;
  }
}

function unescapedBytes(path: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < path.length; ) {
    if (path[i] === '%' && /^[0-9a-fA-F]{2}$/.test(path.slice(i + 1, i + 3))) {
      bytes.push(parseInt(path.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const cp = path.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      bytes.push(...encoder.encode(ch));
      i += ch.length;
    }
  }
  return bytes;
}
