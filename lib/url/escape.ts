// Jekyll::URL.escape_path / unescape_path (jekyll/url.rb), which use Addressable::URI.encode / unencode.

const SAFE_PATH = /^[a-zA-Z0-9./-]+$/;
// What Addressable keeps in a path: unreserved, sub-delims, ":", "@", "/" and "?" (the query it would split off).
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const encoder = new TextEncoder();

/** Percent-encode a URL path the way Jekyll does for placeholder values: `/a b` → `/a%20b`, `中` → `%E4%B8%AD`, `#` → `%23`. */
export function escapePath(path: string): string {
  if (path === '' || SAFE_PATH.test(path)) return path;
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
  return Buffer.from(bytes).toString('utf8');
}
