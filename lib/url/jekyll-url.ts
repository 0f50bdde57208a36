// Jekyll's relative_url/absolute_url (jekyll/filters/url_filters.rb) and the parts
// of Addressable::URI#normalize and .normalize_component they depend on; used by
// the Liquid filters and by the plugins that write URLs (feed, seo, sitemap...).
import type { SiteConfig } from '../types.js';

const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PATH_CLASS = new RegExp(`[^${UNRESERVED}${escapeClass(SUB_DELIMS)}:@/%]`, 'gu');
const QUERY_CLASS = new RegExp(`[^${UNRESERVED}${escapeClass(SUB_DELIMS)}:@/?%]`, 'gu');

// A path of characters normalization keeps as they are (no `%`, no `//`
// authority, no query or fragment), after an optional lower-case `scheme://host`
// with no port: with no dot segment the URL comes back unchanged.
const PLAIN_PATH = /^(?:[a-z][a-z0-9+.\-]*:\/\/[a-z0-9\-.]+(?=\/))?(?:\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?$/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\-^]/g, '\\$&');
}

function percentEncode(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Percent-encode what `cls` rejects; decode %XX of unreserved characters, upcase the rest. */
function normalizeComponent(input: string, cls: RegExp): string {
  const tidied = input.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
  });
  return tidied.replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(cls, percentEncode);
}

/** Addressable::URI.parse(s).absolute?: the string has a scheme. */
export function isAbsoluteUrl(input: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.\-]*:/.test(input);
}

// Addressable's RESERVED + UNRESERVED: what normalize_component leaves unencoded.
const RESERVED_CLASS = new RegExp(`[^${UNRESERVED}${escapeClass(SUB_DELIMS)}:/?#\\[\\]@]`, 'gu');
const KEPT = /[A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Addressable::URI.normalize_component: Jekyll's uri_escape. Every %XX is decoded first, the text
 * is NFKC-normalized (IDNA.unicode_normalize_kc: `，` becomes `,`, `　` a space), then what is
 * neither reserved nor unreserved is encoded; bytes that are not UTF-8 are encoded unnormalized.
 */
export function uriEscape(input: string): string {
  if (!/[^A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/.test(input)) return input; // nothing to decode or encode
  const bytes = Buffer.from(input, 'utf8');
  const decoded: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const m = bytes[i] === 0x25 && i + 2 < bytes.length ? /^[0-9A-Fa-f]{2}$/.exec(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!)) : null;
    if (m) (decoded.push(parseInt(m[0], 16)), (i += 2));
    else decoded.push(bytes[i]!);
  }
  let text: string;
  try {
    text = UTF8.decode(Uint8Array.from(decoded)).normalize('NFKC');
  } catch {
    return decoded.map((b) => (b < 0x80 && KEPT.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  }
  return text.replace(RESERVED_CLASS, percentEncode);
}

/** RFC 3986 remove_dot_segments, as Addressable's normalized_path applies it. */
function removeDotSegments(path: string): string {
  if (!DOT_SEGMENT.test(path)) return path;
  const out: string[] = [];
  const segments = path.split('/');
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '.') {
      if (last) out.push('');
    } else if (seg === '..') {
      if (out.length > 1) out.pop();
      if (last) out.push('');
    } else out.push(seg);
  });
  return out.join('/');
}

/** Addressable::URI.parse(url).normalize.to_s for the URLs Jekyll builds. */
export function normalizeUrl(url: string): string {
  if (PLAIN_PATH.test(url) && !DOT_SEGMENT.test(url)) return url;
  const m = /^(?:([A-Za-z][A-Za-z0-9+.\-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/su.exec(url);
  if (!m) return url;
  const [, scheme, authority, rawPath, query, fragment] = m;
  let out = '';
  if (scheme !== undefined) out += `${scheme.toLowerCase()}:`;
  let path = removeDotSegments(normalizeComponent(rawPath ?? '', PATH_CLASS));
  if (authority !== undefined) {
    let host = authority.toLowerCase();
    if (scheme?.toLowerCase() === 'https') host = host.replace(/:443$/, '');
    if (scheme?.toLowerCase() === 'http') host = host.replace(/:80$/, '');
    out += `//${host}`;
    if (path === '' && scheme !== undefined) path = '/';
  }
  out += path;
  // #normalized_query, #normalized_fragment: an empty one is nil, so `/a/?` and `/a/#` lose the `?`/`#`.
  if (query) out += `?${normalizeComponent(query, QUERY_CLASS)}`;
  if (fragment) out += `#${normalizeComponent(fragment, QUERY_CLASS)}`;
  return out;
}

function ensureLeadingSlash(s: string): string {
  return s === '' || s.startsWith('/') ? s : `/${s}`;
}

/** url_filters.rb#compute_relative_url. */
export function relativeUrl(s: string, config: Pick<SiteConfig, 'baseurl'>): string {
  if (isAbsoluteUrl(s)) return s;
  const base = config.baseurl === undefined || config.baseurl === null ? '' : String(config.baseurl).replace(/\/$/, '');
  return normalizeUrl(ensureLeadingSlash(base) + ensureLeadingSlash(s));
}

/** url_filters.rb#compute_absolute_url. */
export function absoluteUrl(s: string, config: Pick<SiteConfig, 'baseurl' | 'url'>): string {
  if (isAbsoluteUrl(s)) return s;
  const siteUrl = config.url === undefined || config.url === null ? '' : String(config.url);
  if (siteUrl === '') return relativeUrl(s, config);
  return normalizeUrl(siteUrl + relativeUrl(s, config));
}
