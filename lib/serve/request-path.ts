// The path of a request as WEBrick reads it before any servlet sees it
// (HTTPRequest#parse): the URI parsed (the absolute form `http://host/p` too),
// its %XX unescaped (HTTPUtils.unescape, `%2F` included), then
// HTTPUtils.normalize_path: `//` → `/`, `/./` → `/`, `/x/..` → `/`. A `..` that
// would climb above the root, or a URI that does not parse, is a 400 "bad URI".

export interface RequestTarget {
  /** Unescaped and normalized, starting with `/`. */
  readonly path: string;
  /** `?` and what follows, as sent; '' when there is none. */
  readonly query: string;
}

/** Characters URI::RFC3986_Parser takes in a path: unreserved, sub-delims, `:`, `@`, `/` and `%XX`. */
const URI_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;

/** The request's path and query, or undefined for WEBrick's 400 "bad URI". */
export function requestTarget(url: string): RequestTarget | undefined {
  // URI#path leaves the fragment out; a client sends none, but one would not be a file name.
  const hash = url.indexOf('#');
  const noFragment = hash < 0 ? url : url.slice(0, hash);
  const q = noFragment.indexOf('?');
  let raw = q < 0 ? noFragment : noFragment.slice(0, q);
  const query = q < 0 ? '' : noFragment.slice(q);
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/.exec(raw);
  if (absolute) raw = raw.slice(absolute[0].length) || '/';
  if (!raw.startsWith('/') || !URI_PATH.test(raw)) return undefined;
  return normalizePath(unescape(raw.replace(/^\/+/, '/')), query);
}

/** HTTPUtils.unescape: every %XX is its byte; bytes that are no UTF-8 stay unmatched (U+FFFD finds no file). */
function unescape(s: string): string {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** HTTPUtils.normalize_path, its three rewrites in its order, then its check for a `..` left over. */
function normalizePath(p: string, query: string): RequestTarget | undefined {
  let out = p.replace(/\/+/g, '/');
  for (let prev = ''; prev !== out; ) [prev, out] = [out, out.replace(/\/\.(?:\/|$)/, '/')];
  for (let prev = ''; prev !== out; ) [prev, out] = [out, out.replace(/\/(?!\.\.\/)[^/]+\/\.\.(?:\/|$)/, '/')];
  return /\/\.\.(?:\/|$)/.test(out) ? undefined : { path: out, query };
}

/** UNESCAPED_PCHAR's complement: what escape_path leaves as it is. */
const PCHAR = /^[A-Za-z0-9\-_.!~*'():@&=+$,]$/;

/** HTTPUtils.escape_path: in each segment, every byte but unreserved ones and `:@&=+$,` as %XX (of the UTF-8 bytes). */
export function escapePath(p: string): string {
  const escapeByte = (b: number): string => (PCHAR.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
  return p
    .split('/')
    .map((seg) => Array.from(Buffer.from(seg, 'utf8'), escapeByte).join(''))
    .join('/');
}
