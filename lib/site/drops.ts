// The Liquid view of the model, as Jekyll's drops expose it (drops/*.rb).
// Drops are plain objects made once per build; the renderer fills in
// `content` and `output` as documents are rendered, as Jekyll mutates its
// documents, so that later templates (feeds, indexes) see rendered HTML.
import { rubyPagePath } from '../read/page-path.js';
import { carryTypedKeys, keepRubyOrder, rubyKeys } from '../values/typed-keys.js';
import type { Collection, Data, Document, Page, Post, Site, SiteConfig, StaticFile } from '../types.js';
import { deepMerge, isPlainHash } from '../config/merge.js';
import { unhashedOutputError } from './collection-metadata.js';
import { defaultsFor, foundDefaultsFor } from '../config/front-matter-defaults.js';
import { fileTime, JekyllTime } from '../time/index.js';
import { newestFirst } from './indexes.js';
import { computedOnFirstRead, noteFirstDates, type FirstRead } from './first-dated.js';
import { indexDrop, type IndexKey } from './index-drops.js';
import { belowCollectionsDir, isYamlFile } from '../read/parse-document.js';
import { hasGivenExcerpt } from '../read/excerpt.js';
import { DOCUMENT_DROP, markJekyllDrop, markRubyObject, markRubyObjectToS, onToLiquid, RUBY_TO_S } from '../values/document-drop-mark.js';
import { hasKey, setKey } from '../values/own-keys.js';
import { collectionFileKey, collectionFilesDropped } from './static-files.js';
import { inspectString, rubyInspect, rubyObjectToS, rubyToS } from '../liquid/ruby/to-s.js';
import { markCollectionDrop, markSiteDrop } from './site-json.js';
import { SITE_DATA } from './site-data.js';
import { rubyTruthy } from '../values/truthy.js';
import { sanitizeCollectionLabel } from './collection-label.js';
import { sourceRelativeDir } from '../config/site-dir.js';
import { sourceAsGiven } from '../config/source-as-given.js';
import { compareRubyStrings } from '../values/ruby-string-order.js';
import { lazyHtmlPages } from './html-pages.js';
import { methodsOverData } from './drop-methods.js';
import { lazyExcerpt } from './lazy-excerpt.js';

export type Drop = Record<string, unknown>;

/** Renders a document's excerpt when a template first asks for it (Jekyll's Excerpt#output is lazy). */
export type ExcerptRenderer = (doc: Document, drop: Drop) => string;

/** Something set up on first use (the Markdown converter, a YAML document's `draft`), and whether it is now. */
export interface SetUp {
  readonly on: boolean;
  set(on: boolean): void;
}

export interface Drops {
  readonly site: Drop;
  /** Drop of each document, page and generated page, by relative path. */
  readonly byPath: Map<string, Drop>;
  /** `site.posts` for the engine's own use (related posts), which a build that records reads does not count. */
  readonly posts: readonly Drop[];
  /**
   * Site#pages (pages, then generated pages) as plugins and the renderer see it: Liquid's
   * `site.pages` is the same list unless a collection is named `pages` (SiteDrop#[] then
   * gives that collection's documents).
   */
  readonly pages: Drop[];
  dropFor(doc: Document): Drop;
  /**
   * Keys the templates added to site.categories and site.tags (post_attr_hash's default block),
   * in order: a render worker sends the ones each document added (index-drops.ts).
   */
  readonly addedKeys: IndexKey[];
  /** Counts the keys added to (or taken out of) site.categories and site.tags so far: what printed them may be stale once it moves. */
  indexVersion(): number;
  /** Takes the keys in `addedKeys` out of site.categories and site.tags again, and empties it. */
  forgetAddedKeys(): void;
  /** The first reads that change what later reads show (first-dated.ts), in order, and the converters used. */
  readonly firstReads: FirstRead[];
  /** Does those reads again, as the output that did them would. */
  replayFirstReads(reads: readonly FirstRead[]): void;
  /** Of those, the dates and sorts (what changes the order of lists). */
  readonly orderReads: readonly FirstRead[];
  /** Things set up on first use (site.kramdown, `draft:<path>`), by name: a long-lived build sets them at each output's turn. */
  readonly setUps: Map<string, SetUp>;
  /** Notes that the output rendering now used `name` (once: a long-lived build empties firstReads before each output). */
  noteUse(name: string): void;
  /** Runs `read` without counting its reads of undated posts' dates as first reads (outside any render). */
  unnoted<T>(read: () => T): T;
}


/**
 * DocumentDrop (drops/document_drop.rb) for posts and collection documents.
 * Keys come in the order Jekyll's Drop#to_h lists them (what `jsonify` shows):
 * the drop's own methods, then the rest of the data, `draft` first as
 * Document#initialize sets it before reading the front matter.
 */
function documentDrop(doc: Document, renderExcerpt: ExcerptRenderer, setUps: Map<string, SetUp>, noteUse: (name: string) => void): Drop {
  const data = doc.data;
  const drop: Drop = {};
  Object.defineProperty(drop, DOCUMENT_DROP, { value: true });
  markJekyllDrop(drop);
  drop.name = data.name ?? basename(doc.relativePath);
  drop.id = (doc as Post).id ?? doc.url.replace(/\.html$/, '');
  drop.relative_path = doc.relativePath;
  defineExcerpt(drop, doc, renderExcerpt);
  drop.title = data.title;
  drop.categories = data.categories;
  drop.collection = doc.collection;
  // nil until the collection is sorted, and for the last document: a key Liquid finds (strict_variables)
  drop.next = null;
  drop.tags = data.tags;
  drop.previous = null;
  drop.content = doc.content;
  // nil until rendered, a key Liquid finds (strict_variables): DocumentDrop delegates `output` to the document
  drop.output = null;
  drop.path = doc.relativePath;
  drop.url = doc.url;
  drop.date = doc.date ?? data.date;
  // DocumentDrop#content_methods (`draft` is data), listed only for a front matter key of that name
  const methods = Object.hasOwn(data, 'content_methods') ? Object.keys(drop) : [];
  if (isYamlFile(doc.relativePath)) {
    if (!('draft' in data)) {
      const name = `draft:${doc.relativePath}`;
      setUps.set(name, draftOnFirstDate(drop, (doc as { draft?: boolean }).draft === true, () => noteUse(name)));
    }
  } else if ('draft' in data) drop.draft = data.draft;
  // Drop#keys: its methods, then the data's keys in their Ruby order (an Integer key `4:` after `title:`)
  const order = Object.keys(drop);
  for (const k of rubyKeys(data)) {
    if (hasKey(drop, k)) continue;
    setKey(drop, k, data[k]);
    order.push(k);
  }
  carryTypedKeys(data, drop);
  keepRubyOrder(drop, order);
  methodsOverData(drop, methods);
  if (doc.urlError) for (const key of ['id', 'url']) raiseOnRead(drop, key, doc.urlError);
  return markRubyObject(drop, `#<Jekyll::Document ${doc.relativePath} collection=${doc.collection}>`);
}

/** Document#url (and #id, made from it) raise when a template reads them, not before. */
function raiseOnRead(drop: Drop, key: string, error: Error): void {
  Object.defineProperty(drop, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      throw error;
    },
    set: (v: unknown) => Object.defineProperty(drop, key, { value: v, enumerable: true, configurable: true, writable: true }),
  });
}

/**
 * A YAML document's data is its file (Document#read): Document#date, first read through the
 * drop, runs draft?, which stores `draft` after the file's keys. A jsonify that reads the date
 * lists the keys before: its hash has no draft yet. Each read is noted (`used`), and the key is
 * a setup a long-lived build sets back to each output's turn (build/walk.ts#setUpsBefore).
 */
function draftOnFirstDate(drop: Drop, draft: boolean, used: () => void): SetUp {
  let date = drop.date;
  const set = (on: boolean): void => {
    if (!on) delete drop.draft;
    else if (!hasKey(drop, 'draft')) setKey(drop, 'draft', draft);
  };
  Object.defineProperty(drop, 'date', {
    enumerable: true,
    configurable: true,
    get: () => {
      set(true);
      used();
      return date;
    },
    set: (v: unknown) => {
      date = v;
    },
  });
  return {
    get on() {
      return hasKey(drop, 'draft');
    },
    set,
  };
}

// An excerpt set in front matter is shown as its to_s (document_drop.rb#excerpt:
// `fallback_data["excerpt"].to_s`, so a list is its inspect, `["e", 1]`), and so is a
// false one when no excerpt is made (an empty excerpt_separator); else Jekyll's Excerpt,
// rendered the first time a template asks for it.
function defineExcerpt(drop: Drop, doc: Document, renderExcerpt: ExcerptRenderer): void {
  if (hasGivenExcerpt(doc.data) || (doc.data.excerpt === false && doc.excerptSource === undefined)) {
    drop.excerpt = rubyObjectToS(doc.data.excerpt);
    return;
  }
  if (doc.excerptSource === undefined) {
    drop.excerpt = ''; // nil.to_s
    return;
  }
  lazyExcerpt(drop, doc.relativePath, () => renderExcerpt(doc, drop));
}

/**
 * Page#to_liquid (page.rb ATTRIBUTES_FOR_LIQUID): front matter, then content, dir, name, path, url.
 * Convertible#to_liquid deep-merges the page's front matter defaults under its data, where a
 * nil keeps the default: `layout: null` renders without the default layout (page.data), yet
 * `page.layout` shows it, and a hash in front matter is merged into the default hash.
 * A page with an excerpt made from its text (`page_excerpts`, read/parse-page.ts) shows it
 * rendered, through `renderExcerpt` (given for such a page only), when first asked for.
 */
export function pageDrop(page: Pick<Page, 'data' | 'content' | 'url' | 'relativePath' | 'urlError'>, defaults?: Data, renderExcerpt?: (drop: Drop) => string): Drop {
  const drop: Drop = defaults && Object.keys(defaults).length > 0 ? deepMerge(defaults, page.data) : { ...page.data };
  carryTypedKeys(page.data, drop);
  const made = renderExcerpt !== undefined;
  // Page#generate_excerpt stores the excerpt in the page's data, after its front matter's keys.
  if (made && !hasKey(drop, 'excerpt')) drop.excerpt = null;
  drop.content = page.content;
  drop.dir = page.url.endsWith('/') ? page.url : page.url.slice(0, page.url.lastIndexOf('/') + 1);
  if (made) {
    lazyExcerpt(drop, page.relativePath, () => renderExcerpt(drop));
    // Page#to_liquid reads Page#excerpt: a template that looks this page up renders its excerpt
    // (and inside that excerpt, fails with 'stack level too deep', as Ruby does)
    onToLiquid(drop, () => void drop.excerpt);
  }
  else {
    // Page#excerpt: data["excerpt"] ? data["excerpt"].to_s : nil, merged over the front matter,
    // where a nil keeps what is there (nil, false).
    const excerpt = page.data.excerpt;
    drop.excerpt = excerpt == null ? null : excerpt === false ? excerpt : typeof excerpt === 'object' && !(excerpt instanceof Date) ? rubyInspect(excerpt) : rubyToS(excerpt);
  }
  drop.name = basename(page.relativePath);
  // Page#path: the front matter's `path` (nil too) or the file's (read/page-path.ts)
  drop.path = rubyPagePath(page);
  drop.url = page.url;
  // Convertible#to_s (a Page inside site.pages, printed by Array#join): content || ""
  markRubyObjectToS(drop, () => rubyToS(drop.content));
  // Page#to_liquid reads url (and dir, made from it) first: a template that reads this page fails.
  if (page.urlError) for (const key of ['dir', 'url']) raiseOnRead(drop, key, page.urlError);
  return drop;
}

/**
 * The page with its data but what only the defaults gave (FrontmatterDefaults#find's values, which
 * Ruby's data[key] answers and parsePage put in): Convertible#to_liquid merges the page's own keys
 * over #all's. A key a hook or plugin set since (another value) is the page's own.
 */
function withOwnData(page: Page, config: SiteConfig): Page {
  if (!page.defaultedKeys) return page;
  const found = foundDefaultsFor(config, page.relativePath, 'pages');
  const data = { ...page.data };
  for (const key of page.defaultedKeys) if (data[key] === found[key]) delete data[key];
  carryTypedKeys(page.data, data);
  return { ...page, data };
}

/**
 * StaticFileDrop (drops/static_file_drop.rb): a Drop, whose keys are its methods (in
 * Ruby's instance_methods order, as `jsonify` and a `for` loop show them), then the
 * front matter defaults' keys.
 */
/**
 * Each collection's static-file drops (Collection#files): the site's own drop of a file still in
 * site.static_files, a new one for a file a plugin took out of it (static-files.ts#staticFilesToWrite).
 */
function collectionFileDrops(site: Site, staticDrops: readonly Drop[]): (label: string) => Drop[] {
  const inSite = (label: string): Drop[] => staticDrops.filter((f) => f.collection === label);
  if (collectionFilesDropped(site).length === 0) return inSite;
  const byKey = new Map<string, Drop>();
  site.staticFiles.forEach((f, i) => {
    if (f.collection !== null) byKey.set(collectionFileKey(f), staticDrops[i]!);
  });
  // StaticFile#to_liquid is memoized: site.documents and the collection show one drop per file.
  const dropOf = (f: StaticFile): Drop => {
    const key = collectionFileKey(f);
    let drop = byKey.get(key);
    if (!drop) byKey.set(key, (drop = staticFileDrop(f, site.time, site.config)));
    return drop;
  };
  return (label) => (hasKey(site.collections, label) ? site.collections[label]!.files.map(dropOf) : inSite(label));
}

export function staticFileDrop(file: StaticFile, time: JekyllTime, config: Partial<SiteConfig> = {}): Drop {
  const name = basename(file.relativePath);
  const dot = name.lastIndexOf('.');
  const drop: Drop = {
    name,
    basename: dot > 0 ? name.slice(0, dot) : name,
    extname: dot > 0 ? name.slice(dot) : '',
    // StaticFile#relative_path: site files carry a leading slash; collection files do not, and
    // start at their collection's `_label` folder (Collection#read_static_file, below collections_dir).
    path: file.collection ? belowCollectionsDir(file.relativePath, config) : `/${file.relativePath}`,
    // StaticFile#type: nil outside a collection, a key the drop has all the same (strict_variables finds it)
    collection: file.collection ?? null,
    // StaticFile#modified_time: File::Stat#mtime, a local Time (its to_s wherever a string filter takes it).
    // A file without a time (memory source) is as new as the build, as last-modified-at takes it.
    modified_time: JekyllTime.inZone(file.mtime === undefined ? time.getTime() : fileTime(file.mtime, time), time.localZone ?? undefined),
  };
  for (const [k, v] of Object.entries(file.data)) if (!hasKey(drop, k)) setKey(drop, k, v);
  markRubyObject(drop, `#<Jekyll::StaticFile @relative_path=${inspectString(drop.path as string)}>`);
  // StaticFileDrop has no #to_s of its own: `{{ file }}` and string filters print Liquid::Drop's, the class name
  Object.defineProperty(drop, RUBY_TO_S, { value: () => 'Jekyll::Drops::StaticFileDrop' });
  return markJekyllDrop(drop);
}

/** CollectionDrop (drops/collection_drop.rb): its methods, then the collection's metadata. */
function collectionDrop(col: Collection, docs: Drop[], files: Drop[], config: Site['config']): Drop {
  const label = sanitizeCollectionLabel(col.label);
  const sourceRoot = String(config.source);
  // Collection#directory: site.in_source_dir(File.join(collections_dir, relative_directory)).
  const container = typeof config.collections_dir === 'string' ? config.collections_dir : '';
  const inSource = sourceRelativeDir(sourceRoot, `${container.replace(/\/+$/, '')}/_${label}`);
  const drop: Drop = {
    label,
    files,
    docs,
    output: col.output,
    relative_directory: `_${label}`,
    // Collection#directory is absolute, inside site.source (and collections_dir).
    directory: `${sourceRoot.replace(/\/+$/, '')}/${inSource}`,
  };
  // (an entry that is no mapping has no keys to give; its `output`, Collection#write?, fails: collection-metadata.ts)
  if (!isPlainHash(col.metadata)) raiseOnRead(drop, 'output', unhashedOutputError(col.metadata, col.label));
  else for (const [k, v] of Object.entries(col.metadata)) if (!hasKey(drop, k)) setKey(drop, k, v);
  return markCollectionDrop(drop);
}

/** Builds every drop of the site once; `site.posts` newest first (SiteDrop#posts). */
export interface ExtraPage {
  readonly drop: Drop;
  /** The source path it stands for: a page it replaces takes that page's place in site.pages. */
  readonly replaces: string;
  /** How many of site.pages come before it (its generator ran after those); default all of them. */
  readonly after?: number;
}

export function buildDrops(
  site: Site,
  renderExcerpt: ExcerptRenderer,
  extraPages: readonly ExtraPage[] = [],
  replaced: ReadonlySet<string> = new Set(),
  /** Replaced pages that no generated page stands in for (deleted from site.pages). */
  removed: ReadonlySet<string> = new Set(),
  /** Front matter generators merged into source documents and pages (GeneratorResult#merges). */
  merges: ReadonlyArray<{ readonly relativePath: string; readonly data: Data }> = [],
): Drops {
  const byPath = new Map<string, Drop>();
  const byDoc = new Map<Document, Drop>();
  const colDocs: Record<string, Drop[]> = {};
  const firstReads: FirstRead[] = [];
  const setUps = new Map<string, SetUp>();
  // Where each name was last noted: the Markdown converter notes its use at every conversion, so
  // the check is one look, not a scan of firstReads (which a long-lived build empties per output).
  const notedAt = new Map<string, number>();
  const noteUse = (name: string): void => {
    const at = notedAt.get(name);
    if (at !== undefined && firstReads[at]?.[0] === 'setup' && firstReads[at]?.[1] === name) return;
    notedAt.set(name, firstReads.length);
    firstReads.push(['setup', name]);
  };
  for (const [label, col] of Object.entries(site.collections)) {
    const drops = col.docs.map((doc) => {
      const d = documentDrop(doc, renderExcerpt, setUps, noteUse);
      byPath.set(doc.relativePath, d);
      byDoc.set(doc, d);
      return d;
    });
    // next/previous follow the collection's order (document.rb next_doc/previous_doc).
    drops.forEach((d, i) => {
      d.next = drops[i + 1] ?? null;
      d.previous = drops[i - 1] ?? null;
    });
    setKey(colDocs, label, drops);
  }
  const pages = site.pages.map((p) => {
    // Site#pages holds Jekyll::Page objects (generated pages have other classes).
    const d = markRubyObject(pageDrop(withOwnData(p, site.config), defaultsFor(site.config, p.relativePath, 'pages'), p.excerptSource === undefined ? undefined : (drop) => renderExcerpt(p, drop)), `#<Jekyll::Page @relative_path=${inspectString(p.relativePath)}>`);
    byPath.set(p.relativePath, d);
    byDoc.set(p, d);
    return d;
  });
  for (const m of merges) {
    const drop = byPath.get(m.relativePath);
    // doc.data.merge!: a data key changes; what the drop takes from the Document itself does not.
    if (drop) for (const [k, v] of Object.entries(m.data)) if (!DOCUMENT_OWN_KEYS.has(k)) setKey(drop, k, v);
  }
  const staticFiles = site.staticFiles.map((f) => staticFileDrop(f, site.time, site.config));
  // Collection#files: a collection keeps the static files a plugin took out of site.static_files.
  const filesOf = collectionFileDrops(site, staticFiles);
  // SiteDrop#posts sorts the posts again (`b <=> a`) when first read (indexes.ts#newestFirst).
  const postDocs = site.collections.posts?.docs ?? [];
  const posts = newestFirst(postDocs).map((doc) => byDoc.get(doc)!);
  const orderReads: FirstRead[] = [];
  const noted = { push: (r: FirstRead) => (firstReads.push(r), orderReads.push(r)) };
  const firstDates = noteFirstDates(postDocs, (doc) => byDoc.get(doc)!, noted);
  const datedNow = firstDates?.datedNow;
  // site.categories / site.tags (post_attr_hash), with the keys templates add (index-drops.ts).
  const addedKeys: IndexKey[] = [];
  const forgetters: Array<() => void> = [];
  let indexVersion = 0;
  const indexChanged = (): void => void indexVersion++;
  const group = (attr: 'categories' | 'tags'): Drop => indexDrop(site.posts, attr, (p) => byDoc.get(p)!, datedNow, addedKeys, forgetters, indexChanged) as Drop;

  // Generated pages go after the source pages, except those standing in for a
  // page they replace (jekyll-paginate's index.html), which take its place.
  const standIns = new Map<string, Drop>();
  for (const e of extraPages) if (replaced.has(e.replaces) && !removed.has(e.replaces) && !standIns.has(e.replaces)) standIns.set(e.replaces, e.drop);
  const slots: Array<Drop | undefined> = site.pages.map((p, i) => (replaced.has(p.relativePath) ? standIns.get(p.relativePath) : pages[i]));
  const appended = extraPages.filter((e) => !standIns.has(e.replaces) || standIns.get(e.replaces) !== e.drop);
  const allPages = interleave(slots, appended).filter((d): d is Drop => d !== undefined);
  // SiteDrop#data is Site#site_data: `config["data"] || data`, a truthy `data:` in _config.yml over the data files.
  const siteData = rubyTruthy(site.config.data) ? site.config.data : site.data;
  const siteDrop: Drop = {
    ...site.config,
    source: sourceAsGiven(site.config),
    time: site.time,
    pages: allPages,
    posts,
    static_files: staticFiles,
    html_pages: undefined,
    collections: Object.values(site.collections)
      // SiteDrop#collections: sort_by(&:label), the sanitized label
      .sort((a, b) => (compareRubyStrings(sanitizeCollectionLabel(a.label), sanitizeCollectionLabel(b.label)) < 0 ? -1 : 1))
      .map((c) => collectionDrop(c, colDocs[c.label] ?? [], filesOf(c.label), site.config)),
    // Site#documents: each collection's documents, then its static files.
    documents: Object.keys(site.collections).flatMap((label) => [...(colDocs[label] ?? []), ...filesOf(label)]),
    data: siteData,
    categories: group('categories'),
    tags: group('tags'),
  };
  lazyHtmlPages(siteDrop, allPages, site.config.markdown_ext);
  for (const [label, drops] of Object.entries(colDocs)) if (label !== 'posts') setKey(siteDrop, label, drops);
  if (hasKey(colDocs, 'data')) Object.defineProperty(siteDrop, SITE_DATA, { value: siteData });
  // SiteDrop#[] answers a collection's label before its own methods: a collection named
  // `related_posts` is what site.related_posts gives in every document (render-document.ts sets it per document).
  if (hasKey(colDocs, 'related_posts')) {
    const docs = colDocs.related_posts;
    Object.defineProperty(siteDrop, 'related_posts', { enumerable: true, configurable: true, get: () => docs, set: () => {} });
  }
  if (datedNow) {
    // An undated post: its place in these lists depends on which dates were read before them (first-dated.ts).
    computedOnFirstRead(siteDrop, 'posts', () => newestFirst(postDocs, datedNow).map((doc) => byDoc.get(doc)!), noted);
    computedOnFirstRead(siteDrop, 'categories', () => group('categories'), noted);
    computedOnFirstRead(siteDrop, 'tags', () => group('tags'), noted);
  }
  // Drop#keys: SiteDrop's methods (in Ruby's instance_methods order), then the config's keys.
  const siteKeys = [...new Set([...SITE_DROP_METHODS, ...Object.keys(site.config)])];
  markSiteDrop(siteDrop, siteKeys);
  return {
    site: siteDrop,
    byPath,
    posts,
    pages: allPages,
    dropFor: (doc) => byDoc.get(doc) ?? byPath.get(doc.relativePath)!,
    addedKeys,
    indexVersion: () => indexVersion,
    firstReads,
    orderReads,
    setUps,
    noteUse,
    unnoted: (read) => (firstDates ? firstDates.unnoted(read) : read()),
    replayFirstReads: (reads) => {
      for (const [what, name] of reads) void (what === 'date' ? firstDates?.date(name) : what === 'list' ? siteDrop[name] : setUps.get(name)?.set(true));
    },
    forgetAddedKeys: () => {
      for (const forget of forgetters) forget();
      addedKeys.length = 0;
    },
  };
}

/** DocumentDrop's delegators to the Document (drops/document_drop.rb), not to its data. */
const DOCUMENT_OWN_KEYS = new Set(['id', 'relative_path', 'path', 'url', 'date', 'content', 'output', 'excerpt', 'collection', 'next', 'previous']);

const SITE_DROP_METHODS = ['posts', 'time', 'html_pages', 'config', 'documents', 'pages', 'data', 'categories', 'related_posts', 'tags', 'static_files', 'collections'];

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export type { Data };


/** The source pages with each appended page after the first `after` of them, appended ones in their order. */
function interleave(slots: ReadonlyArray<Drop | undefined>, appended: readonly ExtraPage[]): Array<Drop | undefined> {
  const at = (e: ExtraPage): number => Math.min(e.after ?? slots.length, slots.length);
  if (appended.every((e) => at(e) === slots.length)) return [...slots, ...appended.map((e) => e.drop)];
  const out: Array<Drop | undefined> = [];
  let next = 0;
  for (let i = 0; i <= slots.length; i++) {
    while (next < appended.length && at(appended[next]!) <= i) out.push(appended[next++]!.drop);
    if (i < slots.length) out.push(slots[i]);
  }
  out.push(...appended.slice(next).map((e) => e.drop));
  return out;
}
