// Jekyll's relative_url/absolute_url (jekyll/filters/url_filters.rb) and the parts
// of Addressable::URI#normalize and .normalize_component they depend on; used by
// the Liquid filters and by the plugins that write URLs (feed, seo, sitemap...).
import { domainToASCII } from 'node:url';
import type { SiteConfig } from '../types.js';
import { addressableNfkc } from './addressable-nfkc.js';
import { frontMatterToS } from '../values/front-matter-to-s.js';
import { rubyBytes } from '../values/binary-text.js';

// Addressable's NormalizeCharacterClasses: what each component encodes (after decoding every %XX).
// The query keeps `%2B` encoded (normalized_query's leave_encoded "+"), and encodes `;` and a
// `%` that is not the start of `%2B`; a segment encodes `/`, the fragment keeps `/`, `?`, `;`, `&`.
const PCHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@]/gu;
const QUERY = /[^A-Za-z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)/gu;
const FRAGMENT = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/gu;
const HOST = /[^A-Za-z0-9\-._~!$&'()*+,;=[:\]]/gu;

// A path of characters normalization keeps as they are (no `%`, no `//`
// authority, no query or fragment), after an optional lower-case `scheme://host`
// with no port: with no dot segment the URL comes back unchanged.
const PLAIN_PATH = /^(?:[a-z][a-z0-9+.\-]*:\/\/[a-z0-9\-.]+(?=\/))?(?:\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?$/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
// Addressable::URI.port_mapping's ports that normalization drops (the common schemes).
const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443', ftp: '21' };

function percentEncode(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * Addressable::URI.unencode: every %XX becomes its byte, except `%2B` when `leavePlus` (the query's).
 * (A binary String's bytes beyond ASCII, base64_decode's, are read as they are: `"abc" |
 * base64_url_safe_decode | relative_url` is "/i%B7".)
 */
function unencode(input: string, leavePlus: boolean): Uint8Array {
  const bytes = rubyBytes(input);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes[i] === 0x25 && i + 2 < bytes.length ? String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex) && !(leavePlus && /^2b$/i.test(hex))) (out.push(parseInt(hex, 16)), (i += 2));
    else out.push(bytes[i]!);
  }
  return Uint8Array.from(out);
}

/** Addressable's UTF-8 text of a component, NFKC-normalized (IDNA.unicode_normalize_kc); undefined when the bytes are not UTF-8. */
function normalizedText(input: string, leavePlus = false): string | undefined {
  if (!/[^\x00-\x24\x26-\x7f]/.test(input)) return input; // ASCII with no %: nothing to decode or normalize
  let text: string;
  try {
    text = UTF8.decode(unencode(input, leavePlus));
  } catch {
    return undefined;
  }
  return /[^\x00-\x7f]/.test(text) ? addressableNfkc(text) : text;
}

// Addressable::URI.encode_component with its default class (reserved + unreserved), byte by byte:
// normalize_component's fallback when the decoded bytes are not UTF-8.
function encodeBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => (b < 0x80 && KEPT.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Addressable::URI.normalize_component(component, cls): decode every %XX, NFKC, encode what `cls` matches. */
function normalizeComponent(input: string, cls: RegExp, leavePlus = false): string {
  const text = normalizedText(input, leavePlus);
  if (text === undefined) return encodeBytes(unencode(input, leavePlus));
  const out = text.replace(cls, percentEncode);
  return leavePlus ? out.replace(/%2b/g, '%2B') : out;
}

/**
 * Addressable::URI.parse's scheme check (uri.rb #scheme=): what comes before the first `:`
 * (with no `/`, `?` or `#` before it) must be a scheme; gives it when it is not one
 * (`2020-01-01 10:00`, a Hash's inspect holding an `http:` link), for the caller to raise
 * "Invalid scheme format".
 */
export function invalidScheme(s: string): string | undefined {
  const scheme = /^([^:/?#]+):/.exec(s)?.[1];
  return scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(scheme) ? scheme : undefined;
}

/** Addressable::URI.parse(s).absolute?: the string has a scheme. */
export function isAbsoluteUrl(input: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.\-]*:/.test(input);
}

// Addressable's RESERVED + UNRESERVED: what normalize_component leaves unencoded.
const RESERVED_CLASS = /[^A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/gu;
const KEPT = /[A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/;
// ignoreBOM: a leading U+FEFF is text to Addressable, not a mark to drop.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Addressable::URI.normalize_component: Jekyll's uri_escape. Every %XX is decoded first, the text
 * is NFKC-normalized (IDNA.unicode_normalize_kc: `，` becomes `,`, `　` a space), then what is
 * neither reserved nor unreserved is encoded; bytes that are not UTF-8 are encoded unnormalized.
 */
export function uriEscape(input: string): string {
  if (!/[^A-Za-z0-9\-._~!$&'()*+,;=:/?#[\]@]/.test(input)) return input; // nothing to decode or encode
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

/** Addressable's #normalized_path: stripped, each segment normalized (a decoded `/` is encoded again), dot segments removed. */
function normalizePath(path: string): string {
  return removeDotSegments(path.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '').split('/').map((seg) => normalizeComponent(seg, PCHAR)).join('/'));
}

/** Addressable's #normalized_authority: the host lower-cased, decoded, IDNA-encoded, without a single trailing dot; a default port dropped. */
function normalizeAuthority(authority: string, scheme: string | undefined): string {
  const m = /^(?:([^@]*)@)?(\[[^\]]*\]|[^:]*)(?::(\d*))?$/u.exec(authority);
  if (!m) return authority.toLowerCase();
  const [, userinfo, rawHost = '', port] = m;
  let host = rawHost.trim().toLowerCase();
  if (/[^\x00-\x7f%]/.test(host) || host.includes('%')) {
    const text = normalizedText(host) ?? host;
    host = /[^\x00-\x7f]/.test(text) ? domainToASCII(text) || text : text;
  }
  if (/[^.]\.$/.test(host)) host = host.slice(0, -1);
  host = normalizeComponent(host, HOST);
  const keepPort = port !== undefined && port !== '' && DEFAULT_PORTS[scheme ?? ''] !== port;
  return `${userinfo !== undefined ? `${userinfo}@` : ''}${host}${keepPort ? `:${port}` : ''}`;
}

/** Addressable::URI.parse(url).normalize.to_s for the URLs Jekyll builds. */
export function normalizeUrl(url: string): string {
  if (PLAIN_PATH.test(url) && !DOT_SEGMENT.test(url)) return url;
  // URIREGEX is a Ruby regexp: its fragment's `.*` stops at a line feed and `$` ends a line, so a
  // fragment ends at its first "\n" and the rest of the text is dropped (`a#b\nc` is `a#b`).
  const m = /^(?:([A-Za-z][A-Za-z0-9+.\-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#([^\n]*))?/u.exec(url);
  if (!m) return url;
  const [, rawScheme, authority, rawPath, query, fragment] = m;
  const scheme = rawScheme?.toLowerCase();
  let out = scheme !== undefined ? `${scheme}:` : '';
  let path = normalizePath(rawPath ?? '');
  if (authority !== undefined) {
    out += `//${normalizeAuthority(authority, scheme)}`;
    if (path === '' && scheme !== undefined) path = '/';
  }
  out += path;
  // #normalized_query, #normalized_fragment: an empty one is nil, so `/a/?` and `/a/#` lose the `?`/`#`.
  if (query) out += `?${query.split('&').map((pair) => normalizeComponent(pair, QUERY, true)).join('&')}`;
  if (fragment) out += `#${normalizeComponent(fragment, FRAGMENT)}`;
  return out;
}

function ensureLeadingSlash(s: string): string {
  return s === '' || s.startsWith('/') ? s : `/${s}`;
}

/** url_filters.rb#compute_relative_url. */
export function relativeUrl(s: string, config: Pick<SiteConfig, 'baseurl'>): string {
  if (isAbsoluteUrl(s)) return s;
  // sanitized_baseurl: `baseurl.to_s.chomp("/")`, a list or a mapping as its inspect (`["a"]`)
  const base = frontMatterToS(config.baseurl).replace(/\/$/, '');
  return normalizeUrl(ensureLeadingSlash(base) + ensureLeadingSlash(s));
}

/** url_filters.rb#compute_absolute_url. */
export function absoluteUrl(s: string, config: Pick<SiteConfig, 'baseurl' | 'url'>): string {
  if (isAbsoluteUrl(s)) return s;
  const siteUrl = frontMatterToS(config.url);
  if (siteUrl === '') return relativeUrl(s, config);
  return normalizeUrl(siteUrl + relativeUrl(s, config));
}
