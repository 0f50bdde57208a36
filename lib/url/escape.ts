// Jekyll::URL.escape_path / unescape_path (jekyll/url.rb), which use Addressable::URI.encode / unencode.
import { KyllError } from '../errors/index.js';

const SAFE_PATH = /^[a-zA-Z0-9./-]+$/;
// What Addressable keeps in a path: unreserved, sub-delims, ":", "@", "/" and "?" (the query it would split off).
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const encoder = new TextEncoder();

// Addressable::URI::URIREGEX up to the path: a scheme is what comes before the first `:` when no
// `/`, `?` or `#` comes first; `//` then starts an authority.
const SCHEME_PART = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)/;
const VALID_SCHEME = /^[a-z][a-z0-9.+-]*$/i;
// Addressable::URI::PORT_MAPPING's schemes (URI#ip_based?).
const IP_BASED = new Set(['http', 'https', 'ftp', 'tftp', 'sftp', 'ssh', 'svn+ssh', 'telnet', 'nntp', 'gopher', 'wais', 'ldap', 'prospero']);

/**
 * What Addressable::URI.encode refuses in a placeholder value, as it parses it as a URI first
 * (URI.parse, #scheme=, #validate, #to_s): a scheme that is not a letter then letters, digits,
 * `+ - .` ('the sci origin: a server'), a scheme-less path with a `:` in its first segment
 * (':x'), an IP-based scheme with nothing after it ('http:'). Jekyll stops there with
 * Addressable::URI::InvalidURIError; undefined when the value is fine.
 */
function addressableRefusal(path: string): string | undefined {
  const [, scheme, authority, rest] = SCHEME_PART.exec(path)!;
  if (scheme !== undefined) {
    if (!VALID_SCHEME.test(scheme)) return `Invalid scheme format: '${scheme}'`;
    // #validate: the host (what the authority holds past any user@ and before a :port) and the path empty.
    const host = authority?.replace(/^[^[\]]*@/, '').replace(/:[^:@[\]]*$/, '') ?? '';
    if (IP_BASED.has(scheme.toLowerCase()) && host === '' && rest === '') return `Absolute URI missing hierarchical segment: '${path}'`;
    return undefined;
  }
  // NORMPATH: no scheme, and a `:` before the first `/`.
  if (authority === undefined && /^[^/:]*:/.test(rest!)) return `Cannot assemble URI string with ambiguous path: '${rest}'`;
  return undefined;
}

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
