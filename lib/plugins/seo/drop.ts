// The values {% seo %} prints, computed as jekyll-seo-tag 2.8.0's drops compute
// them (lib/jekyll-seo-tag/drop.rb, author_drop.rb, image_drop.rb).
import { paginatorMessage } from './paginator-message.js';
import type { Data, SiteConfig } from '../../types.js';
import { dateToXmlSchema } from '../shared/dates.js';
import { absoluteUrl, isAbsoluteUrl, uriEscape } from '../../url/jekyll-url.js';
import { filterToS, isHash, or, path, prop, toS, truthy } from '../shared/values.js';
import { hiddenSiteData } from '../../site/site-data.js';
import { LiquidFailure } from '../../liquid/errors.js';
import { rubyClass } from '../../liquid/filters/spaceship.js';
import { noMethod } from '../../liquid/filters/no-method.js';
import { rubyIndex } from '../../values/hidden-data.js';
import { createSeoFormatter, type SeoFormatter } from './format.js';

export interface SeoInput {
  /** The Liquid `page`, `site` and `paginator` of the template being rendered. */
  readonly page: unknown;
  readonly site: unknown;
  readonly paginator: unknown;
  /** URL settings for absolute_url. */
  readonly config: Pick<SiteConfig, 'url' | 'baseurl'>;
  /** The site's time zone for date_to_xmlschema (undefined: the process zone). */
  readonly zone?: string;
  /** The tag's markup: `title=false` turns the <title> off. */
  readonly markup: string;
  readonly markdownify: (input: string) => string;
  /** The build's format_string (format.ts), made once per build; else one is made from `markdownify`. */
  readonly format?: SeoFormatter;
  /** The absolute_url filter through the build's Site#filter_cache (seo-tag's Filters instance). */
  readonly absoluteUrl?: (input: string) => string;
}

/** absolute_url on a String as the tag's filters give it. */
export function seoAbsoluteUrl(input: Pick<SeoInput, 'config' | 'absoluteUrl'>, s: string): string {
  return input.absoluteUrl ? input.absoluteUrl(s) : absoluteUrl(s, input.config);
}

export interface SeoAuthor {
  readonly hash: Data;
  readonly name: unknown;
  readonly twitter: string | undefined;
}

export interface SeoImage {
  /** The escaped absolute URL. */
  readonly path: string;
  /** image.rb's image_hash: `path` first, then the front matter's keys. */
  readonly hash: Data;
}

/** A memo field not computed yet. */
const UNSET: unique symbol = Symbol('unset');

const HOMEPAGE_OR_ABOUT = /^\/(about\/)?(index.html?)?$/;

/**
 * The values of one {% seo %}, each computed once on first use, as drop.rb
 * memoizes them (`@title ||= ...`): the tag and its JSON-LD ask for the same
 * title, URL, author and dates several times.
 */
export class SeoValues {
  private readonly formatText: SeoFormatter;
  // One field per memoized value (UNSET until computed): no Map, and no closure made per read.
  private memoSiteTitle: string | undefined | typeof UNSET = UNSET;
  private memoSiteDescription: string | undefined | typeof UNSET = UNSET;
  private memoSiteTagline: string | undefined | typeof UNSET = UNSET;
  private memoPageTitle: string | undefined | typeof UNSET = UNSET;
  private memoTitle: string | undefined | typeof UNSET = UNSET;
  private memoHomepageOrAbout: boolean | typeof UNSET = UNSET;
  private memoPageSeo: Data | typeof UNSET = UNSET;
  private memoName: string | undefined | typeof UNSET = UNSET;
  private memoDescription: string | undefined | typeof UNSET = UNSET;
  private memoAuthor: SeoAuthor | typeof UNSET = UNSET;
  private memoImage: SeoImage | undefined | typeof UNSET = UNSET;
  private memoDateModified: string | undefined | typeof UNSET = UNSET;
  private memoDatePublished: string | undefined | typeof UNSET = UNSET;
  private memoCanonicalUrl: unknown = UNSET;

  constructor(private readonly input: SeoInput) {
    this.formatText = input.format ?? createSeoFormatter(input.markdownify);
  }

  // drop.rb#format_string: markdownify, strip_html, normalize_whitespace, escape_once.
  format(value: unknown): string | undefined {
    if (!truthy(value) && value !== false) return undefined;
    // markdownify reads `input.to_s`: an array title is its inspect (`["a"]`), not joined
    return this.formatText(filterToS(value));
  }

  private get page(): unknown {
    return this.input.page;
  }

  private get site(): unknown {
    return this.input.site;
  }

  get siteTitle(): string | undefined {
    if (this.memoSiteTitle === UNSET) this.memoSiteTitle = this.format(or(prop(this.site, 'title'), prop(this.site, 'name')));
    return this.memoSiteTitle;
  }

  get siteDescription(): string | undefined {
    if (this.memoSiteDescription === UNSET) this.memoSiteDescription = this.format(prop(this.site, 'description'));
    return this.memoSiteDescription;
  }

  private get siteTagline(): string | undefined {
    if (this.memoSiteTagline === UNSET) this.memoSiteTagline = this.format(prop(this.site, 'tagline'));
    return this.memoSiteTagline;
  }

  // drop.rb#page_title
  get pageTitle(): string | undefined {
    if (this.memoPageTitle === UNSET) this.memoPageTitle = this.format(this.pageValue('title')) ?? this.siteTitle;
    return this.memoPageTitle;
  }

  // drop.rb#title, with the paginator's "Page 2 of 3 for " prefix.
  get title(): string | undefined {
    if (this.memoTitle === UNSET) this.memoTitle = this.computeTitle();
    return this.memoTitle;
  }

  private computeTitle(): string | undefined {
    const siteTitle = this.siteTitle;
    const pageTitle = this.pageTitle;
    let title: string | undefined;
    if (siteTitle !== undefined && pageTitle !== siteTitle) title = `${pageTitle} | ${siteTitle}`;
    else if (this.siteDescription !== undefined && siteTitle !== undefined)
      title = `${siteTitle} | ${this.siteTagline ?? this.siteDescription}`;
    else title = pageTitle ?? siteTitle;
    const prefix = this.pageNumber();
    if (prefix === undefined) return title;
    // `page_number + @title`: a later pager of a site and page with no title at all adds nil to the
    // String, and the build stops there (Ruby's TypeError, a Liquid Exception in Jekyll)
    if (title === undefined) throw new LiquidFailure('plain', 'no implicit conversion of nil into String');
    return prefix + title;
  }

  // drop.rb#title?
  get showTitle(): boolean {
    return this.title !== undefined && !/title=false/i.test(this.input.markup);
  }

  // drop.rb's page["..."]: the page's hash, whose default_proc may answer what Liquid does not see
  private pageValue(key: string): unknown {
    return rubyIndex(this.page, key, prop);
  }

  private pageNumber(): string | undefined {
    const current = prop(this.input.paginator, 'page');
    if (!truthy(this.input.paginator) || !truthy(current)) return undefined;
    if (!(Number(current) > 1)) return undefined;
    const total = prop(this.input.paginator, 'total_pages');
    return paginatorMessage(or(prop(this.site, 'seo_paginator_message'), 'Page %<current>s of %<total>s for '), current, total);
  }

  get homepageOrAbout(): boolean {
    if (this.memoHomepageOrAbout === UNSET) this.memoHomepageOrAbout = HOMEPAGE_OR_ABOUT.test(toS(this.pageValue('url')));
    return this.memoHomepageOrAbout;
  }

  get pageSeo(): Data {
    if (this.memoPageSeo === UNSET) this.memoPageSeo = this.computePageSeo();
    return this.memoPageSeo;
  }

  private computePageSeo(): Data {
    const seo = this.pageValue('seo');
    return isHash(seo) ? seo : {};
  }

  private get siteSocial(): Data {
    const social = prop(this.site, 'social');
    return isHash(social) ? social : {};
  }

  // drop.rb#name
  get name(): string | undefined {
    if (this.memoName === UNSET) this.memoName = this.computeName();
    return this.memoName;
  }

  private computeName(): string | undefined {
    if (truthy(this.pageSeo.name)) return this.format(this.pageSeo.name);
    if (!this.homepageOrAbout) return undefined;
    if (truthy(this.siteSocial.name)) return this.format(this.siteSocial.name);
    return this.siteTitle;
  }

  // drop.rb#description: `page["description"] || page["excerpt"]`, the excerpt (rendered
  // on first read) only asked for when there is no description.
  get description(): string | undefined {
    if (this.memoDescription === UNSET) this.memoDescription = this.computeDescription();
    return this.memoDescription;
  }

  private computeDescription(): string | undefined {
    const description = this.pageValue('description');
    return this.format(truthy(description) ? description : this.pageValue('excerpt')) ?? this.siteDescription;
  }

  // author_drop.rb#resolved_author and #author_hash
  get author(): SeoAuthor {
    if (this.memoAuthor === UNSET) this.memoAuthor = this.computeAuthor();
    return this.memoAuthor;
  }

  private computeAuthor(): SeoAuthor {
    const authors = this.pageValue('authors');
    // the first of page.author, page.authors[0], site.author that prints as non-empty
    let resolved: unknown = this.pageValue('author');
    if (rubyToS(resolved) === '') resolved = Array.isArray(authors) ? authors[0] : undefined;
    if (rubyToS(resolved) === '') resolved = prop(this.site, 'author');
    if (rubyToS(resolved) === '') resolved = undefined;
    let hash: Data = {};
    if (isHash(resolved)) hash = resolved;
    else if (typeof resolved === 'string') {
      // author_drop.rb reads site.data by SiteDrop#data, a method: the data files even where the
      // drop's `data` key is a collection labelled `data` (SiteDrop#[])
      const extra = authorsOf(hiddenSiteData(this.site) ?? prop(this.site, 'data'));
      const found = isHash(extra) ? extra[resolved] : undefined;
      hash = { name: resolved, ...(isHash(found) ? found : {}) };
    }
    const twitter = or(hash.twitter, hash.name);
    return { hash, name: hash.name, twitter: typeof twitter === 'string' ? twitter.replace(/^@/, '') : undefined };
  }

  // image_drop.rb#path
  get image(): SeoImage | undefined {
    if (this.memoImage === UNSET) this.memoImage = this.computeImage();
    return this.memoImage;
  }

  private computeImage(): SeoImage | undefined {
    const meta = this.pageValue('image');
    const hash: Data = isHash(meta) ? { path: undefined, ...meta } : { path: typeof meta === 'string' ? meta : undefined };
    const raw = or(or(hash.path, hash.facebook), hash.twitter);
    if (!truthy(raw)) return undefined;
    // a path that is not a String reaches uri_escape as it is: Addressable raises on it
    if (typeof raw !== 'string') throw notAString(raw);
    return { path: uriEscape(isAbsoluteUrl(raw) ? raw : seoAbsoluteUrl(this.input, raw)), hash };
  }

  get dateModified(): string | undefined {
    if (this.memoDateModified === UNSET) this.memoDateModified = this.computeDateModified();
    return this.memoDateModified;
  }

  private computeDateModified(): string | undefined {
    const modified = or(this.pageSeo.date_modified, this.pageValue('last_modified_at'));
    // most often the page's date: the one date_published formats
    if (!truthy(modified)) return this.datePublished;
    return dateToXmlSchema(modified, this.input.zone);
  }

  get datePublished(): string | undefined {
    if (this.memoDatePublished === UNSET) this.memoDatePublished = this.computeDatePublished();
    return this.memoDatePublished;
  }

  private computeDatePublished(): string | undefined {
    const date = this.pageValue('date');
    return truthy(date) ? dateToXmlSchema(date, this.input.zone) : undefined;
  }

  // drop.rb#type
  get type(): unknown {
    if (truthy(this.pageSeo.type)) return this.pageSeo.type;
    if (this.homepageOrAbout) return 'WebSite';
    if (truthy(this.pageValue('date'))) return 'BlogPosting';
    return 'WebPage';
  }

  get links(): unknown {
    if (truthy(this.pageSeo.links)) return this.pageSeo.links;
    if (this.homepageOrAbout && truthy(this.siteSocial.links)) return this.siteSocial.links;
    return undefined;
  }

  get logo(): string | undefined {
    const logo = prop(this.site, 'logo');
    if (!truthy(logo)) return undefined;
    // UrlHelper#absolute_url? parses it with Addressable, which raises on anything but a String
    if (typeof logo !== 'string') throw notAString(logo);
    return uriEscape(isAbsoluteUrl(logo) ? logo : seoAbsoluteUrl(this.input, logo));
  }

  // drop.rb#page_locale: String#tr on the value, which anything but a String lacks (`lang: 123`)
  get locale(): string {
    const lang = or(or(this.pageValue('lang'), prop(this.site, 'lang')), 'en_US');
    const locale = or(or(this.pageValue('locale'), prop(this.site, 'locale')), lang);
    if (typeof locale !== 'string') throw noMethod('tr', locale);
    return locale.replace(/-/g, '_');
  }

  // drop.rb#canonical_url
  // A front matter canonical_url whose Ruby to_s is not empty is given as it is: a list is printed
  // joined in the template and stays a list in the JSON-LD.
  get canonicalUrl(): unknown {
    if (this.memoCanonicalUrl === UNSET) this.memoCanonicalUrl = this.computeCanonicalUrl();
    return this.memoCanonicalUrl;
  }

  private computeCanonicalUrl(): unknown {
    const canonical = this.pageValue('canonical_url');
    if (filterToS(canonical) !== '') return canonical;
    return seoAbsoluteUrl(this.input, toS(this.pageValue('url'))).replace(/\/index\.html$/, '/');
  }
}

/** Addressable's TypeError for a URL that is not a String (a Liquid Exception where the tag renders). */
// author_drop.rb#site_data_hash: `site.data["authors"]` on SiteDrop#data, which is `data:` from
// _config.yml when set (Site#site_data), any value: Array/Integer#[] want an Integer, true/Float have no [].
function authorsOf(data: unknown): unknown {
  if (Array.isArray(data) || typeof data === 'bigint' || (typeof data === 'number' && Number.isInteger(data))) {
    throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
  }
  if (data === true || typeof data === 'number') throw noMethod('[]', data, { line: 'return {} unless site.data["authors"].is_a?(Hash)', call: '["authors"]' });
  return path(data, 'authors');
}

function notAString(value: unknown): LiquidFailure {
  return new LiquidFailure('plain', `Can't convert ${rubyClass(value)} into String.`);
}

/** Ruby's `to_s` emptiness test for author sources: a Hash or Array prints as non-empty. */
function rubyToS(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return Array.isArray(value) && value.length === 0 ? '[]' : 'x';
  return toS(value);
}
