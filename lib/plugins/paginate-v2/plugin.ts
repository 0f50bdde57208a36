// jekyll-paginate-v2 3.0.0: every page whose front matter has `pagination:
// enabled: true` becomes a series of pages over a collection's documents
// (generator/paginationGenerator.rb, paginationModel.rb, paginator.rb,
// paginationPage.rb). Options: the site's `pagination:` under the page's own.
// The copies are named `.html` (File.extname ""), so they are never converted from Markdown.
import type { Data, Document, Page, Site } from '../../types.js';
import { KyllError } from '../../errors/index.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { deepMerge } from '../../config/merge.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext } from '../plugin.js';
import type { FirstRead } from '../../site/first-dated.js';
import { outputPathFor } from '../shared/source-files.js';
import { outputExtFor } from '../../url/url-to-path.js';
import { extname } from '../../url/permalink.js';
import { fileJoin } from '../shared/text.js';
import { isHash, prop, toS, truthy } from '../shared/values.js';
import { pathIndexer, type PathIndex } from '../shared/path-index.js';
import { autopageTemplates, textOrStop, type PaginationTemplate } from './autopages.js';
import { stringIndex } from '../shared/documents.js';
import { implicitName } from '../../liquid/filters/spaceship.js';
import { SortFailure, docsInCollections, indexDocs, selectDocs, settingToI, type IndexedDocs } from './select.js';

const DEFAULTS: Data = {
  enabled: false, collection: 'posts', offset: 0, per_page: 10, permalink: '/page:num/', title: ':title - page :num',
  page_num: 1, sort_reverse: false, sort_field: 'date', limit: 0, trail: { before: 0, after: 0 }, indexpage: null,
  extension: 'html', debug: false, legacy: false,
};


const num = (s: string, n: number, max: number): string => s.replace(':num', String(n)).replace(':max', String(max));
const trailingSlash = (p: string): string => (p.endsWith('/') ? p : `${p}/`);
// Utils.ensure_full_path.
const fullPath = (url: string, index: string, ext: string): string => (url.endsWith('/') ? url + index + ext : url.includes('.') ? url : url + index);

/** Page#dir: the URL when it ends in a slash, else its folder. */
function pageDir(url: string): string {
  if (url.endsWith('/')) return url;
  const d = url.slice(0, url.lastIndexOf('/') + 1);
  return d === '' ? '/' : d;
}

/** Paginator#to_liquid's hash: `posts` second, after `per_page` (what `paginator | jsonify` shows). */
function withPosts(pager: Data, posts: unknown[]): Data {
  return { per_page: pager.per_page, posts, ...pager };
}

interface Pager {
  page: number;
  pagePath: string;
  data: Data;
}

// PaginationModel#paginate's sort! raises out of the generator, and Jekyll stops.
function sortedDocs(template: PaginationTemplate, config: Data, shared: SharedLookups): Document[] {
  try {
    return selectDocs(shared.documents(config.collection), config, shared.noteDated);
  } catch (e) {
    if (!(e instanceof SortFailure)) throw e;
    throw new KyllError('PLUGIN_ERROR', `jekyll-paginate-v2: ${e.message}`, { file: template.relativePath }, {
      hint: e.hint ?? `sort_field '${toS(config.sort_field)}' has values Ruby cannot order (true and false, a number and a String, a String and a non-String): give every document the same kind of value.`,
    });
  }
}

/** Whether a copy's front matter holds a `path` itself (even nil), not through the template's front matter defaults. */
function ownsPath(data: Data, template: Page): boolean {
  return Object.prototype.hasOwnProperty.call(data, 'path') && !template.defaultedKeys?.includes('path');
}

/**
 * The template's keys that only its defaults gave, hidden from the copies' Liquid (PaginationPage
 * copies its data with the default_proc), but for those the paginator sets on a copy (`setOnCopy`:
 * PaginationModel's newpage.data[...] = ..., title always), which are the copy's own.
 */
function hiddenDefaults(template: Page, setOnCopy: (key: string) => boolean): { hiddenKeys?: readonly string[] } {
  return template.defaultedKeys ? { hiddenKeys: template.defaultedKeys.filter((k) => !setOnCopy(k)) } : {};
}

/**
 * PaginationModel#paginate: `config['indexpage'].split('.')[0]`, then `indexPageName + indexPageExt`.
 * Ruby's split drops trailing empty fields, so "" (or only dots) gives nil and Jekyll 4.3.1 stops
 * on the `+` (NoMethodError); a value that is not text has no split.
 */
function indexPageName(v: unknown, file: string): string {
  const stop = (why: string): never => {
    throw new KyllError('INVALID_CONFIG', `${why} (jekyll-paginate-v2: pagination.indexpage of ${file} must be a file name, such as index)`, { file });
  };
  if (typeof v !== 'string') return stop(noMethodText('split', v));
  const first = v.split('.')[0]!;
  if (/^\.*$/.test(v)) return stop(noMethodText('+', null));
  return first;
}

function paginateTemplate(template: PaginationTemplate, config: Data, site: Site, shared: SharedLookups): GeneratedPage[] {
  const docs = sortedDocs(template, config, shared);
  const perPage = settingToI(config.per_page, 'per_page');
  // Utils.calculate_number_of_pages: (size.to_f / per_page.to_i).ceil, Float::INFINITY's or NaN's for 0
  if (perPage === 0) {
    throw new KyllError('INVALID_CONFIG', `${docs.length > 0 ? 'Infinity' : 'NaN'} (FloatDomainError): jekyll-paginate-v2 cannot divide the documents of ${template.relativePath} into pages of ${JSON.stringify(config.per_page ?? null)}`, { file: template.relativePath }, {
      hint: "pagination's per_page must be the number of documents a page (a whole number of at least 1).",
    });
  }
  // A negative per_page gives a negative count ((1..-3).each makes no page: the template is gone),
  // or -0 with no document (one page, as for 0).
  let total = Math.ceil(docs.length / perPage);
  // `config['limit'] && config['limit'].to_i > 0`
  const limit = truthy(config.limit) ? settingToI(config.limit, 'limit') : 0;
  if (limit > 0 && limit < total) total = limit;
  if (total === 0) total = 1;
  const indexName = config.indexpage == null ? '' : indexPageName(config.indexpage, template.relativePath);
  const indexExt = config.extension == null ? '' : toS(config.extension).startsWith('.') ? toS(config.extension) : `.${toS(config.extension)}`;
  const permalink = template.data.permalink;
  const firstUrl0 = trailingSlash(truthy(permalink) ? toS(permalink) : pageDir(template.url));
  // File.join(first_index_page_url, config['permalink']) takes only text (TypeError)
  if (typeof config.permalink !== 'string') throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(config.permalink)} into String (TypeError) (jekyll-paginate-v2: pagination.permalink of ${template.relativePath} must be text, such as /page:num/)`, { file: template.relativePath });
  const pagedUrl0 = fileJoin(firstUrl0, config.permalink);
  const title = truthy(template.data.title) ? template.data.title : site.config.title;
  // PaginationPage#initialize: process(indexpage + extension). Without an indexpage the name is
  // `.html`, whose File.extname is "": the copies then go through no converter (not even
  // Markdown's for `extension: md`) and have no output extension but their permalink's.
  const ext = extname(indexName + indexExt);
  const pagers: Pager[] = [];
  const pages: GeneratedPage[] = [];
  for (let n = 1; n <= total; n++) {
    // Paginator#initialize.
    const thisUrl = fullPath(n === 1 ? firstUrl0 : pagedUrl0, indexName || 'index', indexExt || '.html');
    const firstUrl = indexName ? fullPath(firstUrl0, indexName, indexExt) : firstUrl0;
    const pagedUrl = indexName ? fullPath(pagedUrl0, indexName, indexExt) : pagedUrl0;
    const pagePath = num(thisUrl, n, total);
    const slice = docs.slice((n - 1) * perPage, (n - 1) * perPage + perPage);
    const pagerData: Data = {
      per_page: perPage, total_posts: docs.length, total_pages: total, page: n, page_path: pagePath,
      previous_page: n !== 1 ? n - 1 : null,
      previous_page_path: n === 1 ? null : n === 2 ? num(firstUrl, 1, total) : num(pagedUrl, n - 1, total),
      next_page: n !== total ? n + 1 : null,
      next_page_path: n !== total ? num(pagedUrl, n + 1, total) : null,
      first_page: 1, first_page_path: num(firstUrl, 1, total),
      last_page: total, last_page_path: num(pagedUrl, total, total),
      page_trail: null,
    };
    const url = pagePath.endsWith('/') ? fileJoin(pagePath, indexName + indexExt) : pagePath.endsWith(indexExt) ? pagePath : pagePath + indexExt;
    // deep_merge_hashes(page.data, {}): a copy whose top level the copies change.
    const data: Data = deepMerge(template.data, {});
    // PaginationPage#initialize: an autopage's copies keep no content, and get `autopages`.
    if (isHash(template.data.autopage)) data.autopages = deepMerge(template.data.autopage, {});
    // ...then its pagination_info, before the paginator sets permalink, title and autogen (key order)
    data.pagination_info = { curr_page: n, total_pages: total };
    if (truthy(permalink)) data.permalink = pagePath;
    data.title = n > 1 && Object.prototype.hasOwnProperty.call(config, 'title') ? num(textOrStop(config.title, 'sub', 'pagination.title').replace(':title', toS(title)), n, total) : title;
    if (n > 1) data.autogen = 'jekyll-paginate-v2';
    const pager: Pager = { page: n, pagePath, data: pagerData };
    pagers.push(pager);
    const paths = slice.map((d) => d.relativePath);
    const outputExt = outputExtFor(ext, site.config.markdown_ext, truthy(data.permalink) ? toS(data.permalink) : undefined);
    pages.push({
      relativePath: template.relativePath,
      url,
      // Page#destination adds Renderer#output_ext where the url lacks it: the extension of the
      // copy's permalink (an autopage's `/tags/x/page-2.htm`, written page-2.htm.html.htm) or its name's
      outputPath: outputPathFor(url, outputExt),
      outputExt,
      data,
      content: isHash(template.data.autopage) ? '' : template.content,
      ext,
      scope: { paginator: withPosts(pagerData, slice.map((d: Document) => ({ ...d.data, url: d.url }))) },
      scopeFor: (siteDrop) => ({ paginator: withPosts(pager.data, paths.map((p) => dropByPath(siteDrop, p, shared.indexOf))) }),
      name: indexName + indexExt,
      // PaginationPage sets no @dir: Page#relative_path (and so page.path) is its name alone
      messagePath: indexName + indexExt,
      ...hiddenDefaults(template as Page, (k) => k === 'title' || (k === 'permalink' && truthy(permalink)) || (k === 'autogen' && n > 1)),
      rubyClass: 'Jekyll::PaginateV2::Generator::PaginationPage',
      // Page#path is data.fetch('path') { relative_path }: a `path` in the copied front matter wins
      // (and with it the LiquidRenderer cache entry the page's template shares).
      pageFor: () => ({ path: ownsPath(data, template as Page) ? data.path : indexName + indexExt }),
      // PaginationPage copies the template's data, and with it the template's PageExcerpt (page_excerpts)
      ...((template as { excerptSource?: string }).excerptSource === undefined ? {} : { excerptOf: template.relativePath }),
    });
  }
  // The trail: for each page, the pages around it ({num, path, title}).
  // config['trail']['before'] (String#[] on a text; a number takes no String index: TypeError)
  const trail = truthy(config.trail) && pages.length > 1 ? config.trail : undefined;
  // then `.to_i` of each (String#to_i: "2x" is 2; true or a list stop Jekyll 4.3.1)
  const before = Math.max(0, trail === undefined ? 0 : settingToI(stringIndex(trail, 'before', 'pagination.trail'), 'trail.before'));
  const after = Math.max(0, trail === undefined ? 0 : settingToI(stringIndex(trail, 'after', 'pagination.trail'), 'trail.after'));
  if (truthy(config.trail) && pages.length > 1 && (before > 0 || after > 0)) {
    const length = before + after + 1;
    for (const pager of pagers) {
      let start = Math.max(pager.page - before - 1, 0);
      const end = Math.min(start + length, pages.length);
      if (end - start < length) start = Math.max(start - (length - (end - start)), 0);
      pager.data.page_trail = pagers.slice(start, end).map((p, i) => ({ num: start + i + 1, path: p.pagePath, title: pages[p.page - 1]!.data.title ?? null }));
    }
  }
  return pages;
}

/** What every template of a run looks up in the same site: made once, not once per template (autopages make hundreds). */
interface SharedLookups {
  /** get_docs_in_collections for a `collection` setting, indexed by category, tag and locale. */
  documents(names: unknown): IndexedDocs;
  /** The paginators' posts are found in site.posts by path. */
  indexOf(list: readonly unknown[]): PathIndex;
  /** Notes the undated documents a template's sort dated (GeneratorResult#firstReads). */
  noteDated(docs: readonly Document[]): void;
  /** What the templates dated, in the order they did. */
  readonly firstReads: FirstRead[];
}

function sharedLookups(site: Site): SharedLookups {
  const byNames = new Map<string, IndexedDocs>();
  const firstReads: FirstRead[] = [];
  const dated = new Set<Document>();
  return {
    firstReads,
    noteDated(docs) {
      for (const doc of docs) {
        if (doc.dated !== false || dated.has(doc)) continue;
        dated.add(doc);
        firstReads.push(['date', doc.relativePath]);
      }
    },
    documents(names) {
      // the setting as docsInCollections reads it: a string, or a list of names
      const key = typeof names === 'string' ? `s${names}` : Array.isArray(names) ? `a${names.map(toS).join('\0')}` : '-';
      let indexed = byNames.get(key);
      if (!indexed) byNames.set(key, (indexed = indexDocs(docsInCollections(site, names))));
      return indexed;
    },
    indexOf: pathIndexer(),
  };
}

function dropByPath(siteDrop: Data, path: string, indexOf: (list: readonly unknown[]) => PathIndex): unknown {
  for (const list of [siteDrop.posts, siteDrop.documents]) {
    if (!Array.isArray(list)) continue;
    const at = indexOf(list).get(path);
    if (at) return list[at[0]!];
  }
  return null;
}

function generate(ctx: PluginContext): GeneratorResult {
  const site = ctx.site;
  const given = site.config.pagination;
  if (site.config.paginate !== undefined && site.config.paginate !== null) {
    // The gem's jekyll-paginate compatibility mode stopped working on 2018-01-01.
    throw new KyllError(
      'INVALID_CONFIG',
      given === undefined || given === null
        ? 'Legacy jekyll-paginate configuration compatibility mode has expired. Please upgrade to jekyll-paginate-v2 configuration.'
        : "The new jekyll-paginate-v2 and the old jekyll-paginate logic cannot both be configured in the site config at the same time. Please disable the old 'paginate:' config settings by either omitting the values or setting them to 'paginate:off'.",
      { file: '_config.yml' },
    );
  }
  // AutoPages.create_autopages runs first, whether pagination is enabled or not.
  const autopages = autopageTemplates(site, DEFAULTS, ctx);
  const defaults = deepMerge(DEFAULTS, isHash(given) ? given : {});
  if (!truthy(defaults.enabled)) return {};
  const templates: PaginationTemplate[] = [...site.pages, ...autopages].filter((p) => isHash(p.data.pagination) && truthy(p.data.pagination.enabled));
  if (templates.length === 0) {
    ctx.warn("Pagination: Is enabled, but I couldn't find any pagination page. Skipping pagination. Pages must have 'pagination: enabled: true' in their front-matter for pagination to work.");
    return {};
  }
  const pages: GeneratedPage[] = [];
  const shared = sharedLookups(site);
  for (const template of templates) {
    const config = deepMerge(defaults, template.data.pagination as Data);
    if (config.title_suffix != null && config.title == null) config.title = `:title${toS(config.title_suffix)}`;
    pages.push(...paginateTemplate(template, config, site, shared));
  }
  // PaginationModel#paginate: `site.pages.delete_if` the template, then `site.pages << newpage` for
  // each page (so they come last, after the pages read). Autopages stand for no source page.
  return { pages, removes: templates.filter((t) => !isHash(t.data.autopage)).map((t) => t.relativePath), firstReads: shared.firstReads };
}

export const paginateV2Plugin: KyllPlugin = {
  name: 'jekyll-paginate-v2',
  generatorClass: 'Jekyll::PaginateV2::Generator::PaginationGenerator',
  // PaginationGenerator's `priority :lowest` (generator/paginationGenerator.rb): it runs after the
  // generators of normal priority (jekyll-archives, jekyll-redirect-from), so its pages follow theirs.
  priority: 'lowest',
  generate,
  hooks: {
    documents: {
      // Utils.collect_all_docs stores each document's collection in its data as `__coll`
      // (while generating; no template runs before, so a post_init hook gives the same pages).
      post_init: (doc, ctx) => {
        const ap = ctx.site.config.autopages;
        if (!isHash(ap) || !truthy(ap.enabled) || !doc.collection || Object.prototype.hasOwnProperty.call(doc.data, 'pagination')) return;
        doc.data.__coll = doc.collection;
      },
    },
  },
};
