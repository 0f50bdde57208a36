// The JSON-LD object, as lib/jekyll-seo-tag/json_ld_drop.rb builds it and
// JSONLDDrop#to_json writes it: keys sorted, nil values left out.
import type { Data } from '../../types.js';
import { truthy } from '../shared/values.js';
import type { SeoValues } from './drop.js';

const VALID_ENTITY_TYPES = ['BlogPosting', 'CreativeWork'];
const VALID_AUTHOR_TYPES = ['Organization', 'Person'];

/** The author's JSON: {"@type":...,"name":...[,"url":...]} as JSON.stringify writes that hash (its values are never nil). */
function author(seo: SeoValues): string | undefined {
  const a = seo.author;
  if (!truthy(a.name)) return undefined;
  const type = a.hash.type;
  if (truthy(type) && !VALID_AUTHOR_TYPES.includes(type as string)) return undefined;
  const url = a.hash.url;
  return `{"@type":${jsonValue(truthy(type) ? type : 'Person')},"name":${jsonValue(a.name)}${truthy(url) ? `,"url":${jsonValue(url)}` : ''}}`;
}

// json_ld_drop.rb#image: the URL alone, or the image's hash with url and @type last.
function image(seo: SeoValues): unknown {
  const img = seo.image;
  if (!img) return undefined;
  const keys = Object.keys(img.hash);
  if (keys.length === 1) return img.path;
  const hash: Data = {};
  for (const k of keys) if (k !== 'path') hash[k] = img.hash[k] ?? null;
  hash.url = img.path;
  hash['@type'] = 'imageObject';
  return hash;
}

function publisher(seo: SeoValues): Data | undefined {
  const logo = seo.logo;
  if (logo === undefined) return undefined;
  const out: Data = { '@type': 'Organization', logo: { '@type': 'ImageObject', url: logo } };
  if (truthy(seo.author.name)) out.name = seo.author.name;
  return out;
}

/** The JSON text printed inside `<script type="application/ld+json">`. */
export function jsonLd(seo: SeoValues): string {
  const type = seo.type;
  // the members in the order to_json writes them (keys sorted), nil ones left out;
  // '@context' is always there
  let out = '{"@context":"https://schema.org"';
  const member = (key: string, v: unknown): void => {
    if (v !== undefined && v !== null) out += `,"${key}":${jsonValue(v)}`;
  };
  member('@type', type);
  const authorJson = author(seo);
  if (authorJson !== undefined) out += `,"author":${authorJson}`;
  member('dateModified', seo.dateModified);
  member('datePublished', seo.datePublished);
  member('description', seo.description);
  member('headline', seo.pageTitle);
  member('image', image(seo));
  // {"@type":"WebPage","@id":...} as JSON.stringify writes it, without a hash to stringify per page
  if (VALID_ENTITY_TYPES.includes(type as string)) out += `,"mainEntityOfPage":{"@type":"WebPage","@id":${jsonValue(seo.canonicalUrl)}}`;
  member('name', seo.name);
  member('publisher', publisher(seo));
  member('sameAs', seo.links);
  member('url', seo.canonicalUrl);
  return `${out}}`;
}

// What JSON.stringify escapes in a string: quotes, backslashes, control characters and
// (well-formed JSON.stringify) lone surrogates; a string without any is itself in quotes.
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * One member's value as JSON.stringify writes it. Strings (most values, the description the
 * longest) without a character to escape are quoted as they are; hashes and arrays without an
 * undefined value take JSON.stringify's fast path, which a replacer turns off.
 */
function jsonValue(v: unknown): string {
  if (typeof v === 'string') return JSON_ESCAPED.test(v) ? JSON.stringify(v) : `"${v}"`;
  return holdsUndefined(v) ? withIntegers(JSON.stringify(v, nilForUndefined)) : JSON.stringify(v);
}

/**
 * Might a hash or array (the author, the page's entity, the publisher) hold an undefined
 * value, at any depth? Without one, JSON.stringify writes the same text without the
 * replacer, on its fast path.
 */
function holdsUndefined(v: unknown): boolean {
  if (v === undefined || typeof v === 'bigint') return true;
  if (v === null || typeof v !== 'object') return false;
  // what toJSON makes is not walked here: the replacer's way then
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return true;
  if (Array.isArray(v)) return v.some(holdsUndefined);
  for (const k in v) if (holdsUndefined((v as Record<string, unknown>)[k])) return true;
  return false;
}

// A hash's nil values stay in to_json's output as null (JSON.stringify would drop the key).
// An Integer beyond 2**53 (a BigInt) is written with its digits: marked here, unquoted by withIntegers.
function nilForUndefined(_key: string, v: unknown): unknown {
  return v === undefined ? null : typeof v === 'bigint' ? `\u0000${v}` : v;
}

function withIntegers(json: string): string {
  return json.includes('\\u0000') ? json.replace(/"\\u0000(-?\d+)"/g, '$1') : json;
}
