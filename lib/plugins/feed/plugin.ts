// jekyll-feed 0.17.0: one Atom feed per collection and category (and tag when
// asked), written after every post is rendered (lib/jekyll-feed/generator.rb).
import type { Data } from '../../types.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext, RenderedSiteView } from '../plugin.js';
import { JEKYLL_VERSION } from '../shared/constants.js';
import { pageWithoutAFileUrl } from '../shared/page-without-a-file.js';
import { sourceHas } from '../shared/source-files.js';
import { isHash, prop, toS, truthy } from '../shared/values.js';
import { feedEntries, renderAtom, type FeedSpec } from './atom.js';
import { registerFeedMeta } from './meta-tag.js';
import { FEED_TEMPLATE } from './template-text.js';
import { failureInPage } from '../../liquid/errors.js';
import { implicitName, rubyClass } from '../../liquid/filters/spaceship.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { rubyInspect as inspectRuby } from '../../liquid/ruby/to-s.js';
import { postsByValue } from '../../site/indexes.js';
import { KyllError } from '../../errors/kyll-error.js';
import { RubySet } from '../../values/ruby-set.js';

interface CollectionMeta {
  path?: string;
  categories: string[];
}

function feedConfig(config: Data): Data {
  const feed = config.feed;
  return isHash(feed) ? feed : {};
}

/**
 * generator.rb#config is `site.config["feed"] || {}`, read with `config["..."]`: Jekyll 4.3.1 stops
 * on a `feed:` that is neither a mapping nor false/nil (true, a number, a list, a date), where kyll
 * made the default feed. A text feed only indexes the text (`"x"["path"]`), and stops when
 * normalize_posts_meta assigns a `path` it does not contain (IndexError).
 */
function checkFeedSetting(feed: unknown): void {
  if (feed === undefined || feed === null || feed === false || isHash(feed)) return;
  if (typeof feed === 'string' && feed.includes('path')) return;
  const why = typeof feed === 'string' ? 'string not matched (IndexError)'
    : (typeof feed === 'number' && Number.isInteger(feed)) || Array.isArray(feed) ? 'no implicit conversion of String into Integer (TypeError)'
    : noMethodText('[]', feed);
  throw new KyllError('INVALID_CONFIG', `jekyll-feed: feed in _config.yml is ${inspectRuby(feed)}, not a mapping (Jekyll 4.3.1 stops with ${why})`, { file: '_config.yml' });
}

/** generator.rb#file_exists? joins a feed's path to the source (Jekyll.sanitized_path), which only text has. */
function checkFeedPath(v: unknown, key: string): void {
  if (typeof v === 'string' || !truthy(v)) return;
  throw new KyllError('INVALID_CONFIG', `jekyll-feed: ${key} in _config.yml is ${inspectRuby(v)}, not a path (Jekyll 4.3.1 stops with ${noMethodText('start_with?', v)})`, { file: '_config.yml' });
}

// generator.rb#collections and #normalize_posts_meta ("posts" added last unless listed).
export function feedCollections(config: Data): Map<string, CollectionMeta> {
  const feed = feedConfig(config);
  const raw = feed.collections;
  const entries: Array<[string, Data]> = Array.isArray(raw)
    ? raw.map((c) => [toS(c), {}])
    : isHash(raw)
      ? Object.entries(raw).map(([k, v]) => [k, collectionMeta(k, v)])
      : [];
  const map = new Map<string, CollectionMeta>();
  for (const [name, meta] of entries) {
    checkFeedPath(meta.path, `feed.collections.${name}.path`);
    map.set(name, { path: truthy(meta.path) ? toS(meta.path) : undefined, categories: categoryList(meta.categories, `feed.collections.${name}.categories`) });
  }
  const posts = map.get('posts') ?? { categories: [] };
  if (posts.path === undefined) checkFeedPath(feed.path, 'feed.path');
  if (posts.path === undefined && truthy(feed.path)) posts.path = toS(feed.path);
  if (posts.categories.length === 0 && truthy(feed.categories)) posts.categories = categoryList(feed.categories, 'feed.categories');
  if (!map.has('posts')) map.set('posts', posts);
  return map;
}

/**
 * generator.rb#collections reads `meta["categories"]` of every collection, and #normalize_posts_meta
 * `hash["posts"]["path"]` after `hash["posts"] ||= {}`: Jekyll 4.3.1 stops on a collection given
 * anything but a mapping (`docs: true`: undefined method `[]' for true:TrueClass).
 */
function collectionMeta(name: string, v: unknown): Data {
  if (isHash(v)) return v;
  if (name === 'posts' && (v === undefined || v === null || v === false)) return {};
  throw new KyllError('INVALID_CONFIG', `jekyll-feed: feed.collections.${name} in _config.yml is ${rubyInspect(v)}, not a mapping: write it as {} or with path and categories keys (Jekyll 4.3.1 stops with ${indexFailure(v)})`, { file: '_config.yml' });
}

// What Ruby says for `v["categories"]` (or `v["path"]`) on a value that is not a Hash.
function indexFailure(v: unknown): string {
  if ((typeof v === 'number' && Number.isInteger(v)) || Array.isArray(v)) return 'no implicit conversion of String into Integer';
  if (typeof v === 'string') return 'a String index that cannot be assigned';
  return `undefined method \`[]' for ${rubyInspect(v)}:${rubyClass(v)}`;
}

/**
 * generator.rb#collections: `(meta["categories"] || []).to_set`, which only a list (or a Hash) has:
 * Jekyll 4.3.1 stops on a single category written as text (NoMethodError `to_set' for "news":String).
 */
function categoryList(v: unknown, key: string): string[] {
  // a Set already (a long-lived build generating again from the config this generator changed)
  if (v instanceof RubySet) return toList([...v.items]);
  if (v === undefined || v === null || v === false || Array.isArray(v) || isHash(v)) return toList(v);
  throw new KyllError('INVALID_CONFIG', `jekyll-feed: ${key} in _config.yml is ${JSON.stringify(v)}, not a list: write it as [${JSON.stringify(v)}] (Jekyll 4.3.1 stops with undefined method \`to_set' for ${rubyInspect(v)}:${rubyClass(v)})`, { file: '_config.yml' });
}

function rubyInspect(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : v === undefined || v === null ? 'nil' : String(v);
}

function toList(v: unknown): string[] {
  const list = Array.isArray(v) ? v.map(toS) : truthy(v) ? [toS(v)] : [];
  return [...new Set(list)];
}

/**
 * generator.rb#generate_feed_by_tag: `(tags["only"] || site.tags.keys) - (tags["except"] || [])`,
 * the tags as the posts give them: a tag that is not text (`tags: [2019]`, an Integer key of
 * site.tags) reaches `%r![^a-zA-Z0-9_]!.match?(tag)`, where Jekyll 4.3.1 stops (TypeError).
 */
function tagsPool(tc: Data, posts: Parameters<typeof postsByValue>[0]): string[] {
  const only: unknown = truthy(tc.only) ? tc.only : postsByValue(posts, 'tags').map(([k]) => k);
  const except: unknown = truthy(tc.except) ? tc.except : [];
  const stop = (why: string): never => {
    throw new KyllError('INVALID_CONFIG', `${why} (jekyll-feed: feed.tags.only and feed.tags.except in _config.yml are lists of tags, and the tags given as text)`, { file: '_config.yml' });
  };
  if (!Array.isArray(only)) return stop(noMethodText('-', only));
  if (!Array.isArray(except)) return stop(`no implicit conversion of ${implicitName(except)} into Array (TypeError)`);
  // Array#- compares with eql?: 2019 and "2019" are two values
  const id = (v: unknown): string => `${rubyClass(v)} ${typeof v === 'string' ? v : toS(v)}`;
  const dropped = new Set(except.map(id));
  const pool = only.filter((t) => !dropped.has(id(t)));
  for (const tag of pool) if (typeof tag !== 'string') stop(`no implicit conversion of ${implicitName(tag)} into String (TypeError)`);
  return [...new Set(pool as string[])];
}

// generator.rb#feed_path
function feedPath(collections: Map<string, CollectionMeta>, collection: string, category?: string): string {
  const prefix = collection === 'posts' ? '/feed' : `/feed/${collection}`;
  if (category !== undefined) return `${prefix}/${category}.xml`;
  return collections.get(collection)?.path ?? `${prefix}.xml`;
}

function generateFeeds(ctx: PluginContext): GeneratorResult {
  const { site } = ctx;
  const config = site.config;
  checkFeedSetting(config.feed);
  // generator.rb#disabled_in_development?
  if (truthy(feedConfig(config).disable_in_development) && ctx.environment === 'development') {
    ctx.debug?.('Jekyll Feed:', 'Skipping feed generation in development');
    return {};
  }
  const exists = sourceHas(ctx);
  const xsl = exists('feed.xslt.xml');
  const specs: Array<FeedSpec & { path: string }> = [];
  const collections = feedCollections(config);
  for (const [name, meta] of collections) {
    ctx.debug?.('Jekyll Feed:', `Generating feed for ${name}`);
    for (const category of [...meta.categories, undefined]) {
      const p = feedPath(collections, name, category);
      if (!exists(p)) specs.push({ path: p, url: leadingSlash(p), collection: name, category, xsl });
    }
  }
  // generator.rb#generate_feed_by_tag
  const tagsConfig = feedConfig(config).tags;
  if (truthy(tagsConfig) && Object.keys(site.tags).length > 0) {
    const tc: Data = isHash(tagsConfig) ? tagsConfig : {};
    const base = truthy(tc.path) ? toS(tc.path) : '/feed/by_tag/';
    for (const tag of tagsPool(tc, site.posts)) {
      if (/[^a-zA-Z0-9_]/.test(tag)) continue;
      ctx.debug?.('Jekyll Feed:', `Generating feed for posts tagged ${tag}`);
      const p = `${base}${tag}.xml`;
      if (!exists(p)) specs.push({ path: p, url: leadingSlash(p), collection: 'posts', tag, xsl });
    }
  }
  const smartify = (s: string): string => ctx.smartify(s);
  const env = { config, zone: config.timezone, smartify, jekyllVersion: JEKYLL_VERSION, absoluteUrl: ctx.absoluteUrl };
  const pages = specs.map(({ path, ...raw }): GeneratedPage => {
    // Page#url fills `/:path/:basename:output_ext` with the feed path as basename, escaped as any
    // placeholder (URL.escape_path: `/feed/新闻.xml` → `/feed/%E6%96%B0%E9%97%BB.xml`), then
    // URL#sanitize_url: `/../x.xml` → `/x.xml` (also the feed's self link). It is written unescaped.
    // A `permalink` from the front matter defaults is its permalink (shared/page-without-a-file.ts).
    // Page#process and #template: a path ending in `/` has no extension (written as `feed/index`),
    // and an `index.html` is its folder's URL (`/`).
    const place = pageWithoutAFileUrl(config, path);
    const spec = { ...raw, url: place.url };
    return {
      relativePath: raw.url.slice(1),
      // PageWithoutAFile.new(site, __dir__, "", path): its name is the feed path as given (`/feed.xml`)
      name: path,
      url: spec.url,
      outputPath: place.outputPath,
      ext: '.xml',
      rubyClass: 'JekyllFeed::PageWithoutAFile',
      // generator.rb#make_page: the template is its content until it renders in its turn
      content: FEED_TEMPLATE,
      // Page#initialize's post_init hooks see {} (read_yaml); make_page then merges these keys
      data: { ...ctx.initPage?.({ relativePath: raw.url.slice(1), url: spec.url, data: {}, content: '' }), layout: null, sitemap: false, xsl: spec.xsl, collection: spec.collection, category: spec.category ?? null, tags: spec.tag ?? null },
      render: (view: RenderedSiteView) => {
        try {
          return renderAtom(spec, view.siteDrop, feedEntries(spec, view.siteDrop, postsOf(view, spec.collection)), env);
        } catch (e) {
          // a filter of feed.xml's template that raises: "Liquid Exception: ... in feed.xml"
          throw failureInPage(e, raw.url.slice(1));
        }
      },
    };
  });
  const feed = config.feed;
  return isHash(feed) ? { pages, config: () => ({ feed: feedAfterGenerate(feed) }) } : { pages };
}

/**
 * site.config's own feed hash as the generator leaves it (Liquid's site.feed). A `collections`
 * mapping is changed in place: normalize_posts_meta gives its `posts` (added when missing) a `path`
 * and `categories` (nil when none is set), and #collections makes every collection's `categories`
 * a Set (`to_set`), which templates cannot read (ruby-set.ts). Then `config["path"] ||=` the posts
 * path, so site.feed has a `path` key, nil when none was set. A `collections` list is left as it is.
 */
function feedAfterGenerate(feed: Data): Data {
  const out: Data = { ...feed };
  const raw = feed.collections;
  // the posts path normalize_posts_meta sets: the collection's own, else feed.path
  let postsPath: unknown = feed.path ?? null;
  if (isHash(raw)) {
    const collections: Data = {};
    for (const [name, meta] of Object.entries(raw)) collections[name] = isHash(meta) ? { ...meta } : meta;
    const posts: Data = isHash(collections.posts) ? (collections.posts as Data) : {};
    collections.posts = posts;
    if (!truthy(posts.path)) posts.path = feed.path ?? null;
    if (!truthy(posts.categories)) posts.categories = feed.categories ?? null;
    for (const meta of Object.values(collections)) if (isHash(meta)) meta.categories = new RubySet(setItems(meta.categories));
    out.collections = collections;
    postsPath = posts.path;
  }
  if (!truthy(out.path)) out.path = postsPath;
  return out;
}

/** `(categories || []).to_set`: a list's items, a mapping's [key, value] pairs (categoryList refused the rest). */
function setItems(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isHash(v)) return Object.entries(v);
  return [];
}

/** `site[collection]`: site.posts, or the documents of another collection; undefined when the site has no such key. */
function postsOf(view: RenderedSiteView, collection: string): readonly Data[] | undefined {
  if (collection === 'posts') return view.posts;
  const docs = prop(view.siteDrop, collection);
  if (Array.isArray(docs)) return docs as Data[];
  if (docs === undefined || docs === null) return undefined;
  return view.documents.filter((d) => prop(d, 'collection') === collection);
}

function leadingSlash(p: string): string {
  return p.startsWith('/') ? p : `/${p}`;
}

export const feedPlugin: KyllPlugin = {
  name: 'jekyll-feed',
  generatorClass: 'JekyllFeed::Generator',
  // its Generator's `priority :lowest` (jekyll-feed/generator.rb): it runs after the others
  priority: 'lowest',
  registerLiquid: registerFeedMeta,
  generate: generateFeeds,
};
