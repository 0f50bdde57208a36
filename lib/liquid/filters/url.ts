// Jekyll's URL filters (jekyll/filters/url_filters.rb) and Liquid's url_encode/url_decode
// (CGI.escape / CGI.unescape), uri_escape (Addressable::URI.normalize_component), cgi_escape.
import type { SiteConfig } from '../../types.js';
import { LiquidFailure } from '../errors.js';
import { rubyObjectToS, rubyToS } from '../ruby/to-s.js';
import { rubyClass } from './array.js';
import { implicitName } from './spaceship.js';
import { noMethod } from './no-method.js';
import { absoluteUrl as jekyllAbsoluteUrl, invalidScheme, isAbsoluteUrl, relativeUrl as jekyllRelativeUrl, uriEscape as normalizeComponentUri } from '../../url/jekyll-url.js';
import { addressableRefusal } from '../../url/addressable-parse.js';
import { binaryTextsMade } from '../../values/binary-text.js';
import { isJekyllDrop, isLiquidDrop } from '../../values/document-drop-mark.js';
import { siteCodec, type TextCodec } from '../../read/text-codec.js';

const UTF8 = new TextEncoder();


/** Percent-encode what `allowed` does not match; keep existing `%XX` escapes. */
function encodeExcept(s: string, allowed: RegExp): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out += `%${s.slice(i + 1, i + 3).toUpperCase()}`;
      i += 2;
    } else if (allowed.test(ch)) {
      out += ch;
    } else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      // a byte of a binary String (base64_decode's) is escaped as it is
      const bytes = cp >= 0xdc80 && cp <= 0xdcff && binaryTextsMade() ? [cp - 0xdc00] : UTF8.encode(String.fromCodePoint(cp));
      for (const b of bytes) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

// `input.url if input.respond_to?(:url)`: a drop with a url (a document's); a Hash has no such
// method, a page's (Page#to_liquid is a Hash) included: its to_s goes on (`{{ page | absolute_url }}`
// fails on the scheme its inspect seems to have).
function urlOf(input: unknown): string {
  const s = input && typeof input === 'object' && 'url' in input && !Array.isArray(input) && (isJekyllDrop(input) || isLiquidDrop(input)) ? rubyToS((input as { url: unknown }).url) : rubyObjectToS(input);
  checkScheme(s);
  return s;
}

/** Both filters start with Addressable::URI.parse(input.to_s).absolute?, which raises on what it cannot read. */
export function checkScheme(s: string): void {
  const refusal = s.includes(':') ? addressableRefusal(s) : undefined;
  if (refusal !== undefined) throw new LiquidFailure('plain', refusal);
}

/** URLFilters#relative_url: nil stays nil; the computation is shared with the plugins (lib/url/jekyll-url.ts). */
export function relativeUrl(config: SiteConfig, input: unknown): string | null {
  return input === null || input === undefined ? null : jekyllRelativeUrl(urlOf(input), config);
}

/** URLFilters#absolute_url. */
export function absoluteUrl(config: SiteConfig, input: unknown): string | null {
  return input === null || input === undefined ? null : jekyllAbsoluteUrl(urlOf(input), config);
}

/** CGI.escape: everything but `A-Za-z0-9_.-~` percent-encoded, spaces as `+`. */
export function cgiEscape(input: unknown): string {
  const s = rubyToS(input);
  return encodeExcept(s.replace(/%/g, '%25'), /[A-Za-z0-9_.\-~ ]/).replace(/ /g, '+');
}

// ignoreBOM: an encoded U+FEFF is a character of the text (CGI.unescape keeps its bytes);
// fatal: bytes that are not UTF-8 make a String that fails valid_encoding?.
const UTF8_DECODER = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** The byte of a `%XX` escape at `i` of `s`, or undefined where there is none. */
function escapedByte(s: string, i: number): number | undefined {
  return s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3)) ? parseInt(s.slice(i + 1, i + 3), 16) : undefined;
}

/**
 * CGI.unescape, or undefined when its bytes are not UTF-8. Text between the escapes is ASCII or
 * whole characters, so each run of escapes is valid exactly when the whole result is.
 */
export function cgiUnescape(input: unknown): string | undefined {
  const s = rubyToS(input).replace(/\+/g, ' ');
  const bytes: number[] = [];
  let out = '';
  let valid = true;
  const flush = (): void => {
    if (!bytes.length) return;
    try {
      out += UTF8_DECODER.decode(new Uint8Array(bytes.splice(0)));
    } catch {
      valid = false;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const byte = escapedByte(s, i);
    if (byte !== undefined) {
      bytes.push(byte);
      i += 2;
    } else {
      flush();
      out += s[i];
    }
  }
  flush();
  return valid ? out : undefined;
}

/**
 * CGI.unescape of a String of the site's other `encoding:` (a literal of a template read in it),
 * once its bytes are not UTF-8: it keeps them in that encoding (force_encoding(string.encoding)),
 * here decoded with the site's codec; undefined when they are not of that encoding either.
 */
function cgiUnescapeIn(input: string, codec: TextCodec): string | undefined {
  const s = input.replace(/\+/g, ' ');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const byte = escapedByte(s, i);
    if (byte !== undefined) {
      bytes.push(byte);
      i += 2;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    const own = codec.encode(ch);
    if (!own) return undefined;
    bytes.push(...own);
    i += ch.length - 1;
  }
  const decoded = codec.decode(Uint8Array.from(bytes));
  return decoded.ok ? decoded.text : undefined;
}

/** uri_escape: Addressable::URI.normalize_component. */
export function uriEscape(input: unknown): string {
  return normalizeComponentUri(rubyToS(input));
}

/**
 * Site#filter_cache: relative_url and absolute_url keep the URL of each String they are given,
 * made once per Site (Site#initialize), not per build: builds of the same Site one after another
 * (jekyll-multiple-languages-plugin's languages) give a text the URL its first build made.
 */
export interface FilterCache {
  readonly relative_url: Map<string, string | null>;
  readonly absolute_url: Map<string, string | null>;
}

export function createFilterCache(): FilterCache {
  return { relative_url: new Map(), absolute_url: new Map() };
}

/** absolute_url of a String through the cache, for the plugins that call the filter from Ruby (jekyll-feed's template). */
export function cachedAbsoluteUrl(cache: FilterCache, config: () => SiteConfig): (input: string) => string {
  return (input) => {
    let url = cache.absolute_url.get(input);
    if (url === undefined) cache.absolute_url.set(input, (url = absoluteUrl(config(), input)));
    return url ?? '';
  };
}

/**
 * compute_relative_url / compute_absolute_url `return input if Addressable::URI.parse(input.to_s).absolute?`
 * (after `input = input.url` where it has one): a value that is no String comes back as it is, so a
 * drop, whose to_s is its class name (`Jekyll::Drops::JekyllDrop`, a scheme and a path), goes on
 * to the next filter as the drop. Undefined when the filters go on to make a URL.
 */
function absoluteAsItIs(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  const value = typeof v === 'object' && 'url' in v && !Array.isArray(v) ? (v as { url: unknown }).url : v;
  if (typeof value === 'string' || value === null || value === undefined) return undefined;
  const s = rubyObjectToS(value);
  return invalidScheme(s) === undefined && isAbsoluteUrl(s) ? value : undefined;
}

export function urlFilters(config: SiteConfig, shared?: FilterCache): Record<string, (v: unknown) => unknown> {
  const codec = siteCodec(config);
  // The site's config does not change during a build: a text gives the same URL every time
  // (a layout links the same few paths on every page).
  const cached = (compute: (config: SiteConfig, v: unknown) => string | null, known = new Map<string, string | null>()) => {
    return (v: unknown): unknown => {
      if (typeof v !== 'string') return absoluteAsItIs(v) ?? compute(config, v);
      let url = known.get(v);
      if (url === undefined) {
        url = compute(config, v);
        if (known.size > 10_000 && !shared) known.clear();
        known.set(v, url);
      }
      return url;
    };
  };
  return {
    relative_url: cached(relativeUrl, shared?.relative_url),
    absolute_url: cached(absoluteUrl, shared?.absolute_url),
    // URLFilters#strip_index: nil for nil or an empty to_s, then String#sub (NoMethodError on anything else)
    strip_index: (v) => {
      if (v === null || v === undefined || rubyObjectToS(v) === '') return null;
      if (typeof v !== 'string') throw noMethod('sub', v, { line: 'input.sub(%r!/index\\.html?$!, "/")', call: '.sub' });
      // (Ruby's `$` is the end of any line)
      return v.replace(/\/index\.html?(?=\n|$)/, '/');
    },
    // Filters#cgi_escape is CGI.escape(input): anything but a String raises a TypeError
    cgi_escape: (v) => {
      if (typeof v !== 'string') throw new LiquidFailure('plain', `no implicit conversion of ${implicitName(v)} into String`);
      return cgiEscape(v);
    },
    url_encode: (v) => (v === null || v === undefined ? null : cgiEscape(v)),
    // Liquid's url_decode: a result that is not valid UTF-8 (nor, in a site of another
    // `encoding:`, of that one) raises Liquid::ArgumentError.
    url_decode: (v) => {
      if (v === null || v === undefined) return null;
      const text = cgiUnescape(v) ?? (codec && typeof v === 'string' ? cgiUnescapeIn(v, codec) : undefined);
      if (text === undefined) throw new LiquidFailure('error', `invalid byte sequence in ${codec?.name ?? 'UTF-8'}`);
      return text;
    },
    // Addressable::URI.normalize_component: nil stays nil, a non-String raises
    uri_escape: (v) => {
      if (v === null || v === undefined) return null;
      if (typeof v !== 'string') throw new LiquidFailure('plain', `Can't convert ${rubyClass(v)} into String.`);
      return uriEscape(v);
    },
  };
}
