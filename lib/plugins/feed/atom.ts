// The Atom document jekyll-feed 0.17.0 writes: lib/jekyll-feed/feed.xml after
// Generator::MINIFY_REGEX (all whitespace after `>` or `}` removed), rendered.
import type { Data, SiteConfig } from '../../types.js';
import { dateToXmlSchema } from '../shared/dates.js';
import { capitalize, normalizeWhitespace, stripHtml, xmlEscape } from '../shared/text.js';
import { absoluteUrl } from '../../url/jekyll-url.js';
import { checkScheme } from '../../liquid/filters/url.js';
import { filterToS, isHash, liquidDefault, path, prop, rubyStrip, truthy } from '../shared/values.js';
import { LiquidFailure } from '../../liquid/errors.js';
import { rubyToS } from '../../liquid/ruby/to-s.js';
import { toInteger } from '../../liquid/filters/math.js';

export interface FeedSpec {
  /** The feed page's URL, `/feed.xml`. */
  readonly url: string;
  readonly collection: string;
  readonly category?: string;
  readonly tag?: string;
  /** `feed.xslt.xml` exists in the source. */
  readonly xsl: boolean;
}

export interface FeedEnv {
  readonly config: Pick<SiteConfig, 'url' | 'baseurl'>;
  readonly zone?: string;
  readonly smartify: (input: string) => string;
  readonly jekyllVersion: string;
  /** The absolute_url filter through the build's Site#filter_cache (what the gem's template calls). */
  readonly absoluteUrl?: (input: string) => string;
}

/**
 * The posts of one feed: `site[collection]` or `site.tags[tag]`, filtered, newest first, limited.
 * `all`: `site[collection]`, undefined when the site has no such key.
 */
export function feedEntries(spec: FeedSpec, site: Data, all: readonly Data[] | undefined): Data[] {
  const source = spec.tag !== undefined ? path(site, 'tags', spec.tag) : all;
  // feed.xml's `where`/`where_exp` hand nil on, and `sort: "date"` raises on it: Jekyll stops on a
  // `feed.tags.only` tag no post has, or a `feed.collections` name that is not a collection.
  if (source === undefined || source === null) throw new LiquidFailure('error', 'Cannot sort a null object.', undefined, undefined, 1);
  const posts: readonly unknown[] = toArray(source);
  let list = posts.filter((p): p is Data => p !== null && typeof p === 'object');
  if (spec.category !== undefined) {
    const cat = spec.category;
    list = list.filter((p) => asArray(prop(p, 'categories')).some((c) => filterToS(c) === cat));
  }
  if (!truthy(prop(site, 'show_drafts'))) list = list.filter((p) => prop(p, 'draft') !== true);
  // `sort: "date" | reverse`
  const sorted = list
    .map((p, i) => ({ p, i, t: dateMs(prop(p, 'date')) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((e) => e.p)
    .reverse();
  return sorted.slice(0, Math.max(0, postsLimit(site)));
}

/**
 * `{% for post in posts limit: posts_limit %}`: Liquid's Utils.to_integer, so a Float (`2.5`, `1e1`)
 * or text that is not a whole number is "invalid integer"; a negative limit leaves no entry
 * (Utils.slice_collection stops at once).
 */
function postsLimit(site: Data): number {
  try {
    return toInteger(liquidDefault(path(site, 'feed', 'posts_limit'), 10));
  } catch (e) {
    throw e instanceof LiquidFailure ? new LiquidFailure(e.kind, e.detail, e.code, undefined, 1) : e;
  }
}

function dateMs(v: unknown): number {
  return v instanceof Date ? v.getTime() : Number.NEGATIVE_INFINITY;
}

function toArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Ruby's Array(value). */
function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function renderAtom(spec: FeedSpec, site: Data, entries: readonly Data[], env: FeedEnv): string {
  const abs = (u: unknown): string => (env.absoluteUrl ?? ((s: string) => absoluteUrl(s, env.config)))(filterToS(u));
  const lang = prop(site, 'lang');
  const hasLang = truthy(lang);
  let out = '<?xml version="1.0" encoding="utf-8"?>';
  if (spec.xsl) out += `<?xml-stylesheet type="text/xml" href="${abs('/feed.xslt.xml')}"?>`;
  out += `<feed xmlns="http://www.w3.org/2005/Atom" ${hasLang ? `xml:lang="${rubyToS(lang)}"` : ''}>`;
  out += `<generator uri="https://jekyllrb.com/" version="${env.jekyllVersion}">Jekyll</generator>`;
  out += `<link href="${abs(spec.url)}" rel="self" type="application/atom+xml" />`;
  out += `<link href="${abs('/')}" rel="alternate" type="text/html" ${hasLang ? `hreflang="${rubyToS(lang)}" ` : ''}/>`;
  out += `<updated>${dateToXmlSchema(prop(site, 'time'), env.zone)}</updated>`;
  out += `<id>${xmlEscape(abs(spec.url))}</id>`;
  let title: unknown = liquidDefault(prop(site, 'title'), prop(site, 'name'));
  if (spec.collection !== 'posts') title = `${filterToS(title)} | ${capitalize(spec.collection)}`;
  if (spec.category !== undefined) title = `${filterToS(title)} | ${capitalize(spec.category)}`;
  if (truthy(title)) out += `<title type="html">${xmlEscape(env.smartify(filterToS(title)))}</title>`;
  const description = prop(site, 'description');
  if (truthy(description)) out += `<subtitle>${xmlEscape(filterToS(description))}</subtitle>`;
  const author = prop(site, 'author');
  if (truthy(author)) {
    out += `<author><name>${xmlEscape(filterToS(liquidDefault(prop(author, 'name'), author)))}</name>`;
    if (truthy(prop(author, 'email'))) out += `<email>${xmlEscape(filterToS(prop(author, 'email')))}</email>`;
    if (truthy(prop(author, 'uri'))) out += `<uri>${xmlEscape(filterToS(prop(author, 'uri')))}</uri>`;
    out += '</author>';
  }
  for (const post of entries) out += renderEntry(post, site, env);
  return `${out}</feed>`;
}

function renderEntry(post: Data, site: Data, env: FeedEnv): string {
  const abs = (u: unknown): string => (env.absoluteUrl ?? ((s: string) => absoluteUrl(s, env.config)))(filterToS(u));
  const lang = prop(post, 'lang');
  let out = `<entry${truthy(lang) ? ` xml:lang="${rubyToS(lang)}"` : ''}>`;
  const title = xmlEscape(normalizeWhitespace(stripHtml(env.smartify(filterToS(prop(post, 'title'))))));
  out += `<title type="html">${title}</title>`;
  out += `<link href="${abs(prop(post, 'url'))}" rel="alternate" type="text/html" title="${title}" />`;
  const date = prop(post, 'date');
  out += `<published>${dateToXmlSchema(date, env.zone)}</published>`;
  out += `<updated>${dateToXmlSchema(liquidDefault(prop(post, 'last_modified_at'), date), env.zone)}</updated>`;
  out += `<id>${xmlEscape(abs(prop(post, 'id')))}</id>`;
  const excerptOnly = liquidDefault(path(post, 'feed', 'excerpt_only'), path(site, 'feed', 'excerpt_only'));
  if (!truthy(excerptOnly)) {
    const content = rubyStrip(filterToS(prop(post, 'content')));
    out += `<content type="html" xml:base="${xmlEscape(abs(prop(post, 'url')))}"><![CDATA[${content}]]></content>`;
  }
  out += renderEntryAuthor(post, site);
  const category = prop(post, 'category');
  if (truthy(category)) out += `<category term="${xmlEscape(filterToS(category))}" />`;
  else if (truthy(prop(post, 'categories')))
    for (const c of asArray(prop(post, 'categories'))) out += `<category term="${xmlEscape(filterToS(c))}" />`;
  for (const tag of asArray(prop(post, 'tags'))) out += `<category term="${xmlEscape(filterToS(tag))}" />`;
  const summary = liquidDefault(prop(post, 'description'), prop(post, 'excerpt'));
  if (truthy(summary) && !isEmpty(summary))
    out += `<summary type="html"><![CDATA[${normalizeWhitespace(stripHtml(filterToS(summary)))}]]></summary>`;
  let image: unknown = liquidDefault(path(post, 'image', 'path'), prop(post, 'image'));
  if (truthy(image)) {
    // `unless post_image contains "://"`: Liquid's contains tests a Hash's keys, an Array's elements;
    // absolute_url then parses the value's to_s, which raises on an invalid scheme
    if (!containsText(image, '://')) {
      checkScheme(filterToS(image));
      // URLFilters#absolute_url keeps a String's URL in Site#filter_cache (shared by the builds of
      // jekyll-multiple-languages-plugin's languages), anything else in the render context's registers
      image = typeof image === 'string' ? abs(image) : absoluteUrl(filterToS(image), env.config);
    }
    const url = xmlEscape(filterToS(image));
    out += `<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="${url}" />`;
    out += `<media:content medium="image" url="${url}" xmlns:media="http://search.yahoo.com/mrss/" />`;
  }
  return `${out}</entry>`;
}

// The post_author assigns of feed.xml: post, then its first author, then the site's; site.data.authors.
function renderEntryAuthor(post: Data, site: Data): string {
  let author: unknown = liquidDefault(liquidDefault(prop(post, 'author'), path(post, 'authors', 'first')), prop(site, 'author'));
  const known = typeof author === 'string' ? path(site, 'data', 'authors', author) : undefined;
  author = liquidDefault(known, author);
  const email = prop(author, 'email');
  const uri = prop(author, 'uri');
  const name = liquidDefault(prop(author, 'name'), author);
  let out = `<author><name>${xmlEscape(filterToS(liquidDefault(name, '')))}</name>`;
  if (truthy(email)) out += `<email>${xmlEscape(filterToS(email))}</email>`;
  if (truthy(uri)) out += `<uri>${xmlEscape(filterToS(uri))}</uri>`;
  return `${out}</author>`;
}

/** Liquid's `!= empty`: empty strings, arrays and hashes. */
function isEmpty(v: unknown): boolean {
  if (typeof v === 'string') return v === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Liquid's `contains` with a text on the right: a substring of a String, a key of a Hash, an element of an Array. */
function containsText(v: unknown, text: string): boolean {
  if (typeof v === 'string') return v.includes(text);
  if (Array.isArray(v)) return v.includes(text);
  return isHash(v) ? Object.prototype.hasOwnProperty.call(v, text) : false;
}
