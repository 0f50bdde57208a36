// jekyll-paginate 1.1.0: splits site.posts over the index.html nearest to
// `paginate_path` (lib/jekyll-paginate/pagination.rb#generate, #paginate).
import path from 'node:path';
import type { Data, Document, Page, Post, Site } from '../../types.js';
import { sanitizeUrl } from '../../url/permalink.js';
import { escapePath, outputExtFor, pageUrl, urlToOutputPath } from '../../url/index.js';
import { defaultsFor } from '../../config/front-matter-defaults.js';
import { parsePage } from '../../read/parse-page.js';
import { jekyllFilename } from '../../read/front-matter.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext } from '../plugin.js';
import { outputPathFor } from '../shared/source-files.js';
import { prop, toS, truthy } from '../shared/values.js';
import { calculatePages, pagerData, paginatePath } from './pager.js';
import { newestFirst } from '../../site/indexes.js';
import { KyllError } from '../../errors/index.js';
import { isPlainHash, rubyInspect } from '../../liquid/ruby/to-s.js';
import { rubyClass } from '../../liquid/filters/spaceship.js';
import { noMethodText } from '../../liquid/filters/no-method.js';

const DEFAULT_PAGINATE_PATH = '/page:num';

// Pager.pagination_candidate? and Pager.in_hierarchy: a page named index.html
// in the folder of paginate_path or one of its parents, paths expanded against
// the source folder as File.expand_path does (so a paginate_path that climbs
// out of the source matches no page, and Jekyll skips pagination).
function isCandidate(page: Page, paginatePathSetting: string, sourceRoot: string): boolean {
  if (page.relativePath.split('/').pop() !== 'index.html') return false;
  const pageDir = path.posix.dirname(path.posix.resolve(sourceRoot, page.relativePath));
  const stop = path.posix.dirname(sourceRoot);
  let dir = path.posix.dirname(path.posix.resolve(sourceRoot, paginatePathSetting.replace(/^\/+/, '')));
  for (;;) {
    if (dir === path.posix.dirname(dir) || dir === stop) return false;
    if (pageDir === dir) return true;
    dir = path.posix.dirname(dir);
  }
}

/** The source folder as an absolute POSIX path (a memory source stands at `/site`). */
function sourceRootOf(site: Site): string {
  const src = String(site.config.source ?? '').replace(/\\/g, '/');
  return src.startsWith('/') ? path.posix.resolve(src) : '/site';
}

/** Pagination#template_page: the candidate with the longest path. */
export function templatePage(site: Site): Page | undefined {
  const format = paginatePathOf(site);
  const root = sourceRootOf(site);
  const candidates = site.pages.filter((p) => isCandidate(p, format, root));
  return candidates.reduce<Page | undefined>((best, p) => (!best || p.relativePath.length > best.relativePath.length ? p : best), undefined);
}

function paginatePathError(method: string, setting: unknown): KyllError {
  return new KyllError('INVALID_CONFIG', noMethodText(method, setting), { file: '_config.yml' }, { hint: "'paginate_path' must be a path with :num, such as /page:num/." });
}

function paginatePathOf(site: Site): string {
  const v = site.config.paginate_path;
  return truthy(v) ? toS(v) : DEFAULT_PAGINATE_PATH;
}

/**
 * Page#url of a copy of index.html whose dir is `dir`: the template "/:path/" filled with the
 * escaped dir (URL#generate_url_from_hash escapes every placeholder value, so a paginate_path
 * such as `/صفحه/:num/` gives `/%D8%B5.../2/`), then URL#sanitize_url.
 */
function indexUrl(dir: string): string {
  return sanitizeUrl(`/${escapePath(dir)}/`);
}

/**
 * Where pager `num` > 1 goes: Page#url and Page#destination of the Page.new copy whose dir is set
 * to its paginate path. Without a permalink that is the template "/:path/"; with one (the file's
 * front matter, else the front matter defaults of the copy's relative path, as its data's
 * default_proc finds them) the permalink, filled with that dir: `permalink: /` on index.html puts
 * every pager at `/`, where the last one written wins, as in Jekyll.
 */
function pagerPlace(dir: string, permalink: unknown, config: Site['config']): { url: string; outputPath: string } {
  if (permalink == null || permalink === false) {
    const url = indexUrl(dir);
    return { url, outputPath: outputPathFor(url) };
  }
  const outputExt = outputExtFor('.html', config.markdown_ext, String(permalink));
  const url = pageUrl({ dir: dir.replace(/^\/+/, ''), basename: 'index', outputExt, permalink, permalinkStyle: String(config.permalink ?? 'date') });
  return { url, outputPath: urlToOutputPath(url, outputExt, { page: true }) };
}

function visiblePosts(posts: readonly unknown[]): unknown[] {
  return posts.filter((p) => !truthy(prop(p, 'hidden')));
}

/**
 * site.posts as the generator reads it (SiteDrop#posts, site/indexes.ts#newestFirst): an undated post
 * an earlier generator dated (jekyll-archives, of normal priority) is sorted by its date.
 */
function postsNewestFirst(site: Site, datedBefore: ReadonlySet<string> | undefined): readonly Document[] {
  return newestFirst(site.collections.posts?.docs ?? site.posts, (doc) => doc.dated !== false || datedBefore?.has(doc.relativePath) === true);
}

/**
 * The posts' drops in the order the generator read site.posts: Pagination#paginate sorts them
 * (SiteDrop#posts) at generate time, before any template has read an undated post's date, so such
 * a post (unless an earlier generator dated it) keeps its place by path (site/first-dated.ts) whatever the templates read before the
 * index page. The drops are taken from the posts collection (its documents' order) rather than
 * from the render payload's site.posts, which is sorted when a template first reads it.
 */
function generatorOrder(site: Site, datedBefore: ReadonlySet<string> | undefined): (collectionDrops: readonly unknown[]) => unknown[] {
  const docs = site.collections.posts?.docs ?? [];
  const at = new Map<Document, number>(docs.map((doc, i) => [doc, i]));
  const order = postsNewestFirst(site, datedBefore).map((doc) => at.get(doc) ?? -1);
  return (drops) => order.map((i) => drops[i]);
}

/** site.collections' posts documents (collection order), or undefined when they are not the site's posts one for one. */
function postsCollectionDrops(siteDrop: Data, site: Site): readonly unknown[] | undefined {
  const collections = Array.isArray(siteDrop.collections) ? siteDrop.collections : [];
  const docs = prop(collections.find((c) => prop(c, 'label') === 'posts'), 'docs');
  return Array.isArray(docs) && docs.length === site.collections.posts?.docs.length ? docs : undefined;
}

/** A stand-in for a post drop when the engine does not call `scopeFor`. */
function plainPostDrop(post: Document): Data {
  const id = (post as Partial<Post>).id ?? post.url.replace(/\.html$/, '');
  return { ...post.data, url: post.url, date: post.date, id, path: post.relativePath, content: post.content };
}

function generatePagination(ctx: PluginContext): GeneratorResult {
  const { site } = ctx;
  const perSetting = site.config.paginate;
  if (perSetting === undefined || perSetting === null || site.pages.length === 0) return {};
  // Pager.pagination_candidate?, for every page: ensure_leading_slash(paginate_path) reads its
  // `[0..0]`, which a string, an Integer, a list and a hash have (Ruby's NoMethodError otherwise)
  const pathSetting = site.config.paginate_path;
  const indexable = typeof pathSetting === 'string' || Array.isArray(pathSetting) || isPlainHash(pathSetting) || typeof pathSetting === 'bigint' || Number.isInteger(pathSetting);
  if (pathSetting !== null && pathSetting !== undefined && !indexable) throw paginatePathError('[]', pathSetting);
  const template = templatePage(site);
  if (!template) {
    ctx.warn("Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.");
    return {};
  }
  // Pagination#paginate: `site.config['paginate'].to_i`, which true, false, a list and a hash lack
  // (Jekyll 4.3.1 crashes there: the message ends with the class, as Ruby prints it)
  if (typeof perSetting === 'boolean' || Array.isArray(perSetting) || isPlainHash(perSetting)) {
    throw new KyllError('INVALID_CONFIG', `undefined method \`to_i' for ${rubyInspect(perSetting)}:${rubyClass(perSetting)} (NoMethodError)`, { file: '_config.yml' }, { hint: "'paginate' must be the number of posts a page." });
  }
  const perPage = Math.trunc(Number.parseInt(toS(perSetting), 10) || 0);
  const format = paginatePathOf(site);
  const fallbackPosts = visiblePosts(postsNewestFirst(site, ctx.datedByGenerators).map(plainPostDrop));
  // Pager.calculate_pages: (posts.size.to_f / 0).ceil is Float::INFINITY.ceil, or NaN's with no post
  if (perPage === 0) {
    throw new KyllError('INVALID_CONFIG', `${fallbackPosts.length > 0 ? 'Infinity' : 'NaN'} (FloatDomainError): jekyll-paginate cannot divide the posts into pages of ${rubyInspect(perSetting)}`, { file: '_config.yml' }, {
      hint: "'paginate' must be the number of posts a page (a whole number of at least 1).",
    });
  }
  const total = calculatePages(fallbackPosts.length, perPage);
  if (!Number.isFinite(total) || total < 1) return {};
  // Pager.paginate_path for the pages after the first: `paginate_path.sub(':num', ...)`
  if (total > 1 && pathSetting !== null && pathSetting !== undefined && typeof pathSetting !== 'string') throw paginatePathError('sub', pathSetting);
  const reread = rereadTemplate(ctx, template);
  // Page.new runs Page#initialize's :pages post_init hooks on the page it read (with
  // jekyll-last-modified-at: a Determinator of that file, one that may not exist).
  const again = total > 1 && ctx.initPage ? { ...reread, data: ctx.initPage({ relativePath: reread.relativePath, url: template.url, data: reread.data, content: reread.content }) } : reread;
  const pages: GeneratedPage[] = [];
  // site.posts without the hidden ones, the same for every pager: listed once, not once per page.
  const inGeneratorOrder = generatorOrder(site, ctx.datedByGenerators);
  let visibleOf: { all: unknown; posts: unknown[] } | undefined;
  const visibleDrops = (siteDrop: Data): unknown[] => {
    const collectionDocs = postsCollectionDrops(siteDrop, site);
    const all = collectionDocs ?? (Array.isArray(siteDrop.posts) ? siteDrop.posts : []);
    if (visibleOf?.all !== all) visibleOf = { all, posts: visiblePosts(collectionDocs ? inGeneratorOrder(collectionDocs) : all) };
    return visibleOf.posts;
  };
  for (let num = 1; num <= total; num++) {
    if (num > 1 && again.warning) ctx.warn(again.warning, template.relativePath);
    const scopeFor = (siteDrop: Data): Data => ({ paginator: pagerData(num, perPage, total, visibleDrops(siteDrop), format, template.url) });
    const scope = { paginator: pagerData(num, perPage, total, fallbackPosts, format, template.url) };
    const place = num === 1 ? { url: template.url, outputPath: template.outputPath } : pagerPlace(paginatePath(format, template.url, num)!, again.permalink, site.config);
    pages.push({
      // Page#relative_path, taken while the copy still had the template's URL folder as its dir
      relativePath: num === 1 ? template.relativePath : again.relativePath,
      url: place.url,
      outputPath: place.outputPath,
      // Pagination#paginate: pages 2+ are Page.new from the file, without what hooks set on the template's data.
      data: num === 1 ? template.data : again.data,
      content: num === 1 ? template.content : again.content,
      ext: template.ext,
      ...((num === 1 ? template : again).excerptSource === undefined ? {} : { excerptSource: (num === 1 ? template : again).excerptSource }),
      scope,
      scopeFor,
      ...(num === 1 ? { addsScopeOnly: true } : {}),
    });
  }
  return { pages, replaces: [template.relativePath] };
}

/**
 * What pages 2+ are made of: Pagination#paginate makes them with Page.new(site, site.source,
 * page.dir, page.name), which reads <source><Page#dir>index.html again, Page#dir being the
 * template's URL folder. That is the template's own file only when its URL keeps its folder
 * as written: under a folder the URL escapes (`博客/` is `/%E5%8D%9A%E5%AE%A2/`), or with a
 * permalink elsewhere, it names another page's file, or none: then Convertible#read_yaml warns
 * "Error reading file" and the pages have no front matter and no content (written empty unless
 * a front matter default gives them a layout).
 * A file there that is no page (`published: false`, excluded, without front matter) is read as it is.
 */
function rereadTemplate(ctx: PluginContext, template: Page): Reread {
  const url = template.url;
  const dir = url.endsWith('/') ? url : `${path.posix.dirname(url).replace(/\/?$/, '/')}`;
  const file = `${dir}index.html`.replace(/^\/+/, '');
  const config = ctx.site.config;
  // data["permalink"]: the file's front matter (a page's data holds its defaults already), else the defaults
  const withPlace = (r: { data: Data; content: string; excerptSource?: string; warning?: string }): Reread => ({
    ...r,
    relativePath: file,
    permalink: Object.hasOwn(r.data, 'permalink') ? r.data.permalink : defaultsFor(config, file, 'pages').permalink,
  });
  if (file === template.relativePath) return withPlace(read(template));
  const other = ctx.site.pages.find((p) => p.relativePath === file);
  if (other) return withPlace(read(other));
  // a file that is no page (unpublished, excluded, a static file): Page.new reads it all the same
  if (ctx.source?.exists(file)) {
    const onWarning = (w: { message: string; file?: string }): void => ctx.warn(w.message, w.file);
    return withPlace(read(parsePage(ctx.source.readText(file), { path: file, config, onWarning, filename: jekyllFilename(ctx.source.root, file) })));
  }
  // no file there: Convertible#read_yaml warns and leaves no front matter and no content, but
  // the copy's data still answers with the front matter defaults of its path (Page#initialize's
  // default_proc), so a default layout wraps the empty page
  const abs = `${String(config.source ?? '').replace(/\/+$/, '')}/${file}`;
  return withPlace({ data: parsePage('', { path: file, config }).data, content: '', warning: `Error reading file ${abs}: No such file or directory @ rb_sysopen - ${abs}` });
}

/** What pages 2+ are made of, with the copy's relative path and the permalink its data gives. */
interface Reread {
  readonly data: Data;
  readonly content: string;
  readonly excerptSource?: string;
  readonly warning?: string;
  readonly relativePath: string;
  readonly permalink: unknown;
}

function read(page: Page): { data: Data; content: string; excerptSource?: string } {
  const out = { data: page.readData ?? page.data, content: page.content };
  return page.excerptSource === undefined ? out : { ...out, excerptSource: page.excerptSource };
}

export const paginatePlugin: KyllPlugin = {
  name: 'jekyll-paginate',
  generatorClass: 'Jekyll::Paginate::Pagination',
  // its Generator's `priority :lowest` (jekyll-paginate/pagination.rb): it runs after the others
  priority: 'lowest',
  generate: generatePagination,
};
