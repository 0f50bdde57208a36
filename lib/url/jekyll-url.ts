// Jekyll's relative_url/absolute_url (jekyll/filters/url_filters.rb) and the parts
// of Addressable::URI#normalize and .normalize_component they depend on; used by
// the Liquid filters and by the plugins that write URLs (feed, seo, sitemap...).
import type { SiteConfig } from '../types.js';

const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
// Addressable::URI::NormalizeCharacterClasses: PCHAR for a path segment, FRAGMENT, and QUERY for one
// `&`-separated pair (no `&` or `;`, and a `%` is encoded unless it starts the `%2B` left encoded).
const PCHAR_CLASS = new RegExp(`[^${UNRESERVED}${escapeClass(SUB_DELIMS)}:@]`, 'gu');
const FRAGMENT_CLASS = new RegExp(`[^${UNRESERVED}${escapeClass(SUB_DELIMS)}:@/?]`, 'gu');
const QUERY_PAIR_CLASS = new RegExp(`[^${UNRESERVED}!$'()*+,=:@/?%]|%(?!2B)`, 'gu');

// A path of characters normalization keeps as they are (no `%`, no `//`
// authority, no query or fragment), after an optional lower-case `scheme://host`
// with no port: with no dot segment the URL comes back unchanged.
const PLAIN_PATH = /^(?:[a-z][a-z0-9+.\-]*:\/\/[a-z0-9\-.]+(?=\/))?(?:\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?$/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
const RUBY_STRIP = /^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g;

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\-^]/g, '\\$&');
}

function percentEncode(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
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
 * Addressable::URI.normalize_component: every %XX is decoded (but `%2B` when `keepPlus`), the text is
 * NFKC-normalized (IDNA.unicode_normalize_kc: `，` becomes `,`, `（` `(`, `　` a space), then what `cls`
 * matches is encoded. Bytes that are not UTF-8 make unicode_normalize raise: encode_component then
 * encodes what is neither reserved nor unreserved, unnormalized.
 */
function normalizeComponent(input: string, cls: RegExp, keepPlus = false): string {
  if (!/[^A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/.test(input)) return input.replace(cls, percentEncode); // nothing to decode or normalize
  const bytes = Buffer.from(input, 'utf8');
  const decoded: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes[i] === 0x25 && i + 2 < bytes.length ? String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!).toUpperCase() : '';
    if (!/^[0-9A-F]{2}$/.test(hex)) decoded.push(bytes[i]!);
    else if (keepPlus && hex === '2B') (decoded.push(0x25, 0x32, 0x42), (i += 2)); // left encoded, upcased
    else (decoded.push(parseInt(hex, 16)), (i += 2));
  }
  let text: string;
  try {
    text = UTF8.decode(Uint8Array.from(decoded)).normalize('NFKC');
  } catch {
    return decoded.map((b) => (b < 0x80 && KEPT.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  }
  return text.replace(cls, percentEncode);
}

/** Addressable::URI.normalize_component with its default class (reserved and unreserved kept): Jekyll's uri_escape. */
export function uriEscape(input: string): string {
  return normalizeComponent(input, RESERVED_CLASS);
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
  // #normalized_path strips the path (String#strip: whitespace and NUL at either end), then normalizes each segment.
  let path = removeDotSegments((rawPath ?? '').replace(RUBY_STRIP, '').split('/').map((segment) => normalizeComponent(segment, PCHAR_CLASS)).join('/'));
  if (authority !== undefined) {
    let host = authority.toLowerCase();
    if (scheme?.toLowerCase() === 'https') host = host.replace(/:443$/, '');
    if (scheme?.toLowerCase() === 'http') host = host.replace(/:80$/, '');
    out += `//${host}`;
    if (path === '' && scheme !== undefined) path = '/';
  }
  out += path;
  // #normalized_query, #normalized_fragment: an empty one is nil, so `/a/?` and `/a/#` lose the `?`/`#`.
  // #normalized_query normalizes each `&`-separated pair, leaving `%2B` encoded.
  if (query) out += `?${query.split('&').map((pair) => normalizeComponent(pair, QUERY_PAIR_CLASS, true)).join('&')}`;
  if (fragment) out += `#${normalizeComponent(fragment, FRAGMENT_CLASS)}`;
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
