// jekyll-archives 2.2.1: pages listing the posts of each tag, category, year,
// month and day (lib/jekyll-archives.rb, lib/jekyll-archives/archive.rb).
// Only the kinds in `enabled` (a list, or true / "all") are made; each page
// renders its layout (`layouts.<type>` or `layout`, default `archive`) with
// page.type, page.title, page.date and page.posts, newest first.
import type { Data, Document, Site } from '../../types.js';
import { deepMerge } from '../../config/merge.js';
import { RubyDate } from '../../read/ruby-date.js';
import { dateParts } from '../../url/date-parts.js';
import { escapePath, unescapePath } from '../../url/escape.js';
import { civilToJd, ITALY, jdToCivil } from '../../time/civil.js';
import { rubyStringToI } from '../../values/ruby-integer.js';
import { extname, fillPageTemplate, sanitizeUrl } from '../../url/permalink.js';
import { slugify } from '../../url/slugify.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext } from '../plugin.js';
import { outputPathFor } from '../shared/source-files.js';
import { dropsInOrder, pathIndexer, type PathIndex } from '../shared/path-index.js';
import { compareDocuments, type DatedNow } from '../../site/indexes.js';
import { rubySort } from '../../site/ruby-sort.js';
import type { FirstRead } from '../../site/first-dated.js';
import { isHash, toS } from '../shared/values.js';
import { stringIndex } from '../shared/documents.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { rubyInspect } from '../../liquid/ruby/to-s.js';
import { implicitName } from '../../liquid/filters/spaceship.js';
import { KyllError } from '../../errors/index.js';

const DEFAULTS: Data = {
  layout: 'archive',
  enabled: [],
  permalinks: {
    year: '/:year/',
    month: '/:year/:month/',
    day: '/:year/:month/:day/',
    tag: '/tag/:name/',
    category: '/category/:name/',
  },
};

type ArchiveType = 'year' | 'month' | 'day' | 'tag' | 'category';
type DateTitle = { year: string; month?: string; day?: string };

interface Archive {
  readonly type: ArchiveType;
  /** A tag or category as the post gives it (a number stays a number), or the date parts. */
  readonly title: unknown;
  /** Newest first (posts.sort!.reverse!). */
  readonly posts: Document[];
}

// Archives#enabled?: `enabled` true or "all", or a list naming the kind.
function isEnabled(config: Data, kind: string): boolean {
  const e = config.enabled;
  return e === true || e === 'all' || (Array.isArray(e) && e.includes(kind));
}

/**
 * Site#post_attr_hash: each tag (or category) with its posts, in the order posts name them.
 * A post naming a tag twice is listed twice (Document#populate_tags keeps repeats).
 */
function postAttrHash(posts: readonly Document[], attr: string): Map<unknown, Document[]> {
  const hash = new Map<unknown, Document[]>();
  // a mapping is a Hash key by its contents (Hash#eql?): the first one met stands for its equals
  const firsts = new Map<string, unknown>();
  for (const post of posts) {
    const values = post.data[attr];
    if (!Array.isArray(values)) continue;
    for (const given of values) {
      let key: unknown = given;
      if (isHash(given)) {
        const id = rubyInspect(given);
        if (!firsts.has(id)) firsts.set(id, given);
        key = firsts.get(id);
      }
      const list = hash.get(key);
      if (list) list.push(post);
      else hash.set(key, [post]);
    }
  }
  return hash;
}

/** Hash.new { [] } grouped by a date part, in the order of `posts`. */
function groupBy(posts: readonly Document[], part: 'year' | 'month' | 'day'): Map<string, Document[]> {
  const hash = new Map<string, Document[]>();
  for (const post of posts) {
    const key = dateParts(post.date!)[part];
    const list = hash.get(key);
    if (list) list.push(post);
    else hash.set(key, [post]);
  }
  return hash;
}

/** `posts.sort!.reverse!` with Document#<=> as it stands then (`dated`: who has a date yet). */
function sortedNewestFirst(posts: readonly Document[], dated: DatedNow): Document[] {
  return rubySort([...posts], (a, b) => compareDocuments(a, b, dated)).reverse();
}

// Archives#read: tags, categories (Site#post_attr_hash, sorted while an undated post has no date and
// compares by its path), then the dates, which `years` asks of every post (dating the undated ones);
// years in post order, and inside a year the months (and days) as its newest-first list meets them.
function readArchives(config: Data, posts: readonly Document[], datedBefore: DatedNow): Archive[] {
  const archives: Archive[] = [];
  for (const [kind, type, attr] of [['tags', 'tag', 'tags'], ['categories', 'category', 'categories']] as const) {
    if (!isEnabled(config, kind)) continue;
    for (const [title, list] of postAttrHash(posts, attr)) archives.push({ type, title, posts: sortedNewestFirst(list, datedBefore) });
  }
  const allDated: DatedNow = () => true;
  for (const [year, inYear] of groupBy(posts, 'year')) {
    const yearPosts = sortedNewestFirst(inYear, allDated);
    if (isEnabled(config, 'year')) archives.push({ type: 'year', title: { year }, posts: yearPosts });
    for (const [month, inMonth] of groupBy(yearPosts, 'month')) {
      const monthPosts = sortedNewestFirst(inMonth, allDated);
      if (isEnabled(config, 'month')) archives.push({ type: 'month', title: { year, month }, posts: monthPosts });
      for (const [day, inDay] of groupBy(monthPosts, 'day')) {
        if (isEnabled(config, 'day')) archives.push({ type: 'day', title: { year, month, day }, posts: sortedNewestFirst(inDay, allDated) });
      }
    }
  }
  return archives;
}

function archivePage(archive: Archive, config: Data, indexOf: (list: readonly unknown[]) => PathIndex, warn: (message: string) => void): GeneratedPage {
  const template = archiveTemplate(config, archive.type);
  // Archive#layout: `@config["layouts"] && @config["layouts"][type]` (String#[] on a text: "my-year" has "year")
  const layouts = config.layouts;
  const byType = layouts !== undefined && layouts !== null && layouts !== false ? stringIndex(layouts, archive.type, 'jekyll-archives.layouts') : undefined;
  const layout = byType !== undefined && byType !== null && byType !== false ? byType : config.layout;
  const isDate = archive.type === 'year' || archive.type === 'month' || archive.type === 'day';
  const isName = typeof archive.title === 'string';
  // Archive#url_placeholders (a slug only for a String title), then
  // URL#generate_url_from_hash and sanitize_url.
  const hashTitle = !isDate && isHash(archive.title) ? (archive.title as Data) : undefined;
  const placeholders = isDate
    ? { ...(archive.title as DateTitle), type: archive.type }
    : { name: isName ? slugify(archive.title as string, null, false, warn) : null, type: archive.type };
  const url = sanitizeUrl(hashTitle ? hashTitleUrl(template, hashTitle, archive.type) : fillPageTemplate(template, placeholders));
  // Archive#relative_path: the URL unescaped, index.html for a folder.
  let relativePath = unescapePath(url).replace(/^\//, '');
  if (url.endsWith('/')) relativePath = relativePath === '' ? 'index.html' : `${relativePath.replace(/\/$/, '')}/index.html`;
  const ext = extname(relativePath);
  const name = relativePath.split('/').pop()!;
  const title = isName ? (archive.title as string) : null;
  const date = isDate ? dateOf(archive.title as DateTitle) : hashTitle ? hashTitleDate(hashTitle) : null;
  const paths = archive.posts.map((p) => p.relativePath);
  return {
    relativePath,
    url,
    outputPath: outputPathFor(url, ext),
    data: { layout },
    // Archive's `type` attribute is the archive type, so Convertible#defaults looks up that type.
    defaultsType: archive.type,
    content: '',
    ext,
    rubyInspect: archiveInspect(archive, layout),
    // Archive::ATTRIBUTES_FOR_LIQUID (Convertible#to_liquid: the data, then these; no content, dir nor excerpt).
    ownFields: true,
    pageFor: (siteDrop) => {
      // the entries of site.posts (newest first) whose path is one of the archive's
      const all: readonly unknown[] = Array.isArray(siteDrop.posts) ? siteDrop.posts : [];
      return {
        posts: dropsInOrder(all, indexOf(all), paths),
        type: archive.type,
        title,
        date,
        name: ext ? name.slice(0, -ext.length) : name,
        path: relativePath,
        url,
        permalink: null,
      };
    },
  };
}

/**
 * Archive#template, `@config["permalinks"][type]`, as URL#generate_url_from_hash takes it: a
 * template that is not text has no #index (a list passes through whole, written as its inspect);
 * none at all is Archive#url's ArgumentError.
 */
function archiveTemplate(config: Data, type: string): string {
  const t = stringIndex(config.permalinks, type, 'jekyll-archives.permalinks');
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return rubyInspect(t);
  const why = t === undefined || t === null ? 'Template "" provided is invalid. (ArgumentError)' : noMethodText('index', t);
  throw new KyllError('INVALID_CONFIG', `${why} (jekyll-archives.permalinks.${type} in _config.yml must be a permalink such as /${type}/:name/)`, { file: '_config.yml' });
}

// Archive#inspect: the title interpolated (a date archive's is its Hash of Symbol keys), @data holding the layout alone.
function archiveInspect(archive: Archive, layout: unknown): string {
  const isDate = archive.type === 'year' || archive.type === 'month' || archive.type === 'day';
  const title = isDate ? `{${Object.entries(archive.title as DateTitle).map(([k, v]) => `:${k}=>${rubyInspect(v)}`).join(', ')}}` : toS(archive.title);
  return `#<Jekyll:Archive @type=${archive.type} @title=${title} @data=${rubyInspect({ layout: layout ?? null })}>`;
}

// Archive#date: Date.new from the parts given.
/**
 * A tag or category given as a mapping (`tags: [{name: Foo}]`) is an Archive whose @title is a
 * Hash, which Archive takes for a date's parts: Archive#url_placeholders are its entries (then
 * :type), which URL#generate_url_from_hash fills in as they come (`:name` from a `name` key,
 * unslugified; a template with a placeholder left keeps it), escape_path stopping Jekyll 4.3.1
 * on a value that is no text (NoMethodError `empty?', or a TypeError for a list or mapping).
 */
function hashTitleUrl(template: string, title: Data, type: string): string {
  let result = template;
  for (const [key, value] of [...Object.entries(title), ['type', type] as const]) {
    if (!result.includes(':')) break;
    if (value === null || value === undefined) {
      result = result.replaceAll(`/:${key}`, '');
      continue;
    }
    if (typeof value !== 'string') {
      const why = Array.isArray(value) || isHash(value) ? `no implicit conversion of ${implicitName(value)} into String (TypeError)` : `${noMethodText('empty?', value)} (NoMethodError)`;
      throw new KyllError('PLUGIN_ERROR', `jekyll-archives: ${why}`, { file: '_config.yml' }, {
        hint: `a ${type} given as a mapping (${rubyInspect(title)}) makes a URL of its values, which must be text: write the ${type} as text.`,
      });
    }
    result = result.replaceAll(`:${key}`, escapePath(value));
  }
  return result;
}

/** Archive#date of a mapping title: Date.new(*values.map(&:to_i)), which stops Jekyll on a day no calendar has. */
function hashTitleDate(title: Data): RubyDate {
  const parts = Object.values(title).map((v) => (typeof v === 'string' ? rubyStringToI(v) : v === null || v === undefined ? 0 : Number(v)));
  const fail = (why: string): never => {
    throw new KyllError('PLUGIN_ERROR', `jekyll-archives: ${why}`, { file: '_config.yml' }, { hint: `a tag or category given as a mapping (${rubyInspect(title)}) is read as a date's parts: write it as text.` });
  };
  if (parts.length > 4) fail(`wrong number of arguments (given ${parts.length}, expected 0..4) (ArgumentError)`);
  if (parts.length === 0) return new RubyDate(-4712, 1, 1);
  const [year, rawMonth = 1, rawDay = 1] = parts as [number, number?, number?];
  const month = rawMonth < 0 ? rawMonth + 13 : rawMonth;
  if (month < 1 || month > 12) fail('invalid date (Date::Error)');
  const last = [31, 30, 29, 28].find((d) => sameDay(year, month, d)) ?? 31;
  const day = rawDay < 0 ? last + rawDay + 1 : rawDay;
  if (day < 1 || day > last || !sameDay(year, month, day)) fail('invalid date (Date::Error)');
  return new RubyDate(year, month, day);
}

// Whether year-month-day is a day of the calendar Date::ITALY counts in (no 1582-10-10).
function sameDay(year: number, month: number, day: number): boolean {
  const [y, m, d] = jdToCivil(civilToJd(year, month, day, ITALY), ITALY);
  return y === year && m === month && d === day;
}

function dateOf(t: DateTitle): RubyDate {
  return new RubyDate(Number(t.year), Number(t.month ?? 1), Number(t.day ?? 1));
}

function generateArchives(ctx: PluginContext): GeneratorResult {
  const site: Site = ctx.site;
  const given = site.config['jekyll-archives'];
  // Archives#initialize: deep_merge_hashes(DEFAULTS, config.fetch("jekyll-archives", {})), whose
  // Hash#merge! takes no other value (a nil given too): a TypeError when Jekyll sets the site up
  if (Object.hasOwn(site.config, 'jekyll-archives') && !isHash(given)) {
    throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(given)} into Hash`, { file: '_config.yml' });
  }
  const config = deepMerge(DEFAULTS, isHash(given) ? given : {});
  const posts = site.collections.posts?.docs ?? site.posts;
  const indexOf = pathIndexer();
  const datedBefore: DatedNow = (doc) => doc.dated !== false || ctx.datedByGenerators?.has(doc.relativePath) === true;
  const pages = readArchives(config, posts, datedBefore).map((a) => archivePage(a, config, indexOf, (message) => ctx.warn(message)));
  // Archives#generate: site.config["jekyll-archives"] = the merged options; site.config["archives"] = the pages.
  return { pages, config: (dropOf) => ({ 'jekyll-archives': config, archives: pages.map(dropOf) }), firstReads: firstReadsOf(config, posts, datedBefore) };
}

/**
 * What the generator fixes for later readers when a post is still undated: site.tags and
 * site.categories are post_attr_hash's memo, sorted when read here; then `years` dates every post.
 */
function firstReadsOf(config: Data, posts: readonly Document[], datedBefore: DatedNow): FirstRead[] {
  const undated = posts.filter((p) => !datedBefore(p));
  if (undated.length === 0) return [];
  const lists: FirstRead[] = (['tags', 'categories'] as const).filter((kind) => isEnabled(config, kind)).map((kind) => ['list', kind]);
  return [...lists, ...undated.map((p): FirstRead => ['date', p.relativePath])];
}

export const archivesPlugin: KyllPlugin = {
  name: 'jekyll-archives',
  generatorClass: 'Jekyll::Archives::Archives',
  generate: generateArchives,
};
