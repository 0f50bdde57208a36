// buildCollections: the whole source read into a typed Site, nothing rendered
// (Jekyll's read phase: reader.rb, collection.rb, post_reader.rb).
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { DefaultsPrecedenceError, defaultsFor, foundDefaultsFor } from '../config/front-matter-defaults.js';
import { readData } from '../read/data.js';
import { csvOptions } from '../read/csv-options.js';
import { readKeepingBytes, readUtf8 } from '../read/decode.js';
import { fileReadCodec, siteCodec } from '../read/text-codec.js';
import { KyllError } from '../errors/index.js';
import { jekyllFilename, stripBom, tryReadFrontMatter, unreadableMessage } from '../read/front-matter.js';
import { SkippedPost, documentRelativePath, isYamlFile, parseDocument, type ClockUse } from '../read/parse-document.js';
import { configuredDir } from '../config/site-dir.js';
import { parsePage, publishablePage, unpublishedData } from '../read/parse-page.js';
import type { LocalizedRead } from '../read/localized.js';
import { fsSource } from '../source/fs-source.js';
import { ensureSourceFolder } from '../source/source-folder.js';
import type { Source } from '../source/source.js';
import type { JekyllTime } from '../time/jekyll-time.js';
import type { Collection, Data, Diagnostic, Document, Layout, Page, Post, Site, SiteConfig, StaticFile } from '../types.js';
import { compareDatedDocuments, compareDocuments, indexPostsBy } from './indexes.js';
import { collectionStaticFile, plainStaticFile } from './static-files.js';
import { isLayoutEntry, takeInventory } from './inventory.js';
import { createEntryFilter, type EntryFilter } from './entry-filter.js';
import { siteTime } from './site-time.js';
import { applySymlinkRules } from './symlinks.js';
import { destinationSkipper } from './pruned-folders.js';
import { sortDocs } from './sort-docs.js';
import { unhashedMetadata, unhashedSortBy, unhashedWriteError } from './collection-metadata.js';
import { rubySort } from './ruby-sort.js';
import { themeForConfig } from './theme.js';
import { addThemeAssets, underLinkedFolder } from './theme-assets.js';
import { withThemeConfig } from '../config/theme-config.js';
import { withThemeData } from './theme-data.js';
import { memoAt, remembered, type ReadMemo } from './read-memo.js';
import { compareRubyStrings as compareStrings } from '../values/ruby-string-order.js';
import { setKey } from '../values/own-keys.js';
import { rubyTruthy } from '../values/truthy.js';
import { runSteps, type Steps } from './steps.js';

export interface BuildCollectionsOptions {
  /** The site folder, or a Source (e.g. `memorySource({...})` to build in memory). */
  source: string | Source;
  /** Overrides merged over `_config.yml`, like command-line flags. */
  config?: Data;
  /** Config files relative to the source, later winning (`--config a.yml,b.yml`); default `_config.yml`. */
  configFiles?: readonly string[];
  /** Environment to read SOURCE_DATE_EPOCH and JEKYLL_ENV from; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** A theme's files (layouts, includes), consulted after the site's own. */
  theme?: Source;
}

export function openSource(source: string | Source, destination?: string): Source {
  if (typeof source !== 'string') return source;
  ensureSourceFolder(source);
  const skip = destinationSkipper(source, destination);
  return fsSource(source, skip);
}

export function buildCollections(options: BuildCollectionsOptions): Site {
  const env = options.env ?? process.env;
  const opened = openSource(options.source, options.config?.destination as string | undefined);
  const loaded = loadConfig(opened, { configFiles: options.configFiles, overrides: options.config, env });
  const theme = options.theme ?? themeForConfig(loaded, env, typeof options.source === 'string' ? options.source : undefined, undefined, opened);
  const config = withThemeConfig(loaded, theme);
  const time = siteTime(env, config);
  return readSite(applySymlinkRules(opened, config), config, time, theme);
}

/**
 * The read phase proper, given a loaded config and the build's time; with
 * `readMemo`, files read before and unchanged since are not read again (read-memo.ts).
 */
export function readSite(source: Source, config: SiteConfig, time: JekyllTime, theme?: Source, readMemo?: ReadMemo): Site {
  return runSteps(readSiteSteps(source, config, time, theme, readMemo));
}

/** What the loaded plugins change in the read. */
export interface ReadOptions {
  /** jekyll-data is loaded: the theme's `data_dir` folder is read as data too (theme-data.ts). */
  readonly themeDataDir?: boolean;
  /**
   * One language's build of jekyll-multiple-languages-plugin: permalinks and categories read
   * for `lang`, and the site's posts read from `postsFolder` (`_i18n/LANG`) instead of the root.
   */
  readonly localized?: LocalizedRead & { readonly postsFolder?: string };
}

/** readSite, yielding after each post, document and page it reads (steps.ts). */
export function* readSiteSteps(source: Source, config: SiteConfig, time: JekyllTime, theme?: Source, readMemo?: ReadMemo, options: ReadOptions = {}): Steps<Site> {
  const memo = memoAt(readMemo, time);
  const labels = Object.keys(config.collections);
  const inventory = takeInventory(source, {
    include: config.include,
    exclude: config.exclude,
    collectionLabels: labels,
    collectionsDir: configuredDir(config, 'collections_dir', '', source.root),
    collectionsDirSetting: String(config.collections_dir ?? ''),
    layoutsDir: configuredDir(config, 'layouts_dir', '_layouts', source.root),
    showDrafts: rubyTruthy(config.show_drafts),
    rootPostsFolder: options.localized?.postsFolder,
    safe: config.safe === true,
    dataDir: configuredDir(config, 'data_dir', '_data', source.root),
  });
  const localized = options.localized && { lang: options.localized.lang };

  const warnings: Diagnostic[] = [];
  const onWarning = (d: Diagnostic): void => void warnings.push(d);
  // Reader#read reads the layouts first (LayoutReader)
  const layouts = readLayouts(source, inventory.layouts, config, onWarning, theme);
  // Publisher#can_be_published?: data.fetch("published", true), so `published:` given as nil (`~`) leaves it out too
  const publishable = (doc: Document): boolean => rubyTruthy(config.unpublished) || !unpublishedData(doc.data);
  // Publisher#hidden_in_the_future? compares whole seconds (Time#to_i).
  const inFuture = (doc: Document): boolean => !rubyTruthy(config.future) && doc.date !== undefined && wholeSeconds(doc.date) > wholeSeconds(time);

  // Render workers may parse a share of the posts meanwhile: theirs come back into the memo (render/parallel-read.ts).
  memo?.prefetch?.(inventory.posts, config, time);
  // Posts (and drafts when shown): published, not in the future, sorted, limited.
  let posts: Post[] = [];
  // A file can be read more than once (a `_posts` inside an included `_posts`), as a post and as a draft too.
  const reads = [...inventory.posts.map((path) => [path, 'posts'] as const), ...inventory.drafts.map((path) => [path, 'drafts'] as const)];
  // reader.rb#retrieve_posts reads a folder's _posts, then its _drafts, before its subfolders'.
  if (inventory.drafts.length > 0) reads.sort((a, b) => compareRetrieveOrder(source, a, b));
  // The files are read in this order: a source may read them ahead on another thread (read/read-ahead.ts).
  if (!memo?.prefetch) source.willRead?.(reads.map(([path]) => path));
  const read = new Set<Post>();
  // PostReader#read_publishable reads a folder's posts (or drafts), then says which it leaves out
  // and why ("Skipping:"): those lines wait for the end of the folder.
  let skipped: Diagnostic[] = [];
  let folder: string | undefined;
  for (const [path, kind] of reads) {
    const at = postsFolder(path, kind);
    if (at !== folder) warnings.push(...skipped), (skipped = []), (folder = at);
    const own: Diagnostic[] = [];
    let post = remembered(memo, path, kind, own, (onWarning, clock) => readPostFile(source, path, kind, config, time, onWarning, clock, localized));
    for (const d of own) (d.code === POST_SKIPPED ? skipped : warnings).push(d);
    // A second read is a Document of its own (its own place, next and previous), even when the memo gives the first.
    if (post && read.has(post)) post = { ...post };
    if (post && inFuture(post)) skipped.push(futureSkip(documentRelativePath(path, config)));
    else if (post && publishable(post)) posts.push(post), read.add(post);
    yield;
  }
  warnings.push(...skipped);
  // reader.rb#sort_files!: docs.sort!
  rubySort(posts, rubyTruthy(config.future) ? compareDocuments : compareDatedDocuments);
  if (posts.length > new Set(posts.map((p) => p.relativePath)).size) posts = writtenOnce(posts);
  if (config.limit_posts > 0 && posts.length > config.limit_posts) posts = posts.slice(-config.limit_posts);

  // Reader#read: read_directories (posts, then pages) before the collections, the data last: the
  // first file that stops the build is the one Jekyll meets first.
  let pages: Page[] = [];
  const included: Page[] = [];
  // reader.rb#read_directories reads a folder's subfolders before its own pages (each folder's
  // entries in the file system's order, source.readOrder): the pages are read, and the first
  // invalid front matter met, in that order; read_included_excludes adds its pages after them.
  const readOrder = [...inventory.pages].sort((a, b) => compareReadOrder(source, a, b));
  for (const [list, into] of [[readOrder, pages], [inventory.includedPages, included]] as const) {
    for (const path of list) {
      // A page takes nothing from site.time: the memo keeps it across a clock change.
      const page = remembered(memo, path, 'pages', warnings, (onWarning) => {
        const { text, unreadable, refused } = readKeepingBytes(source, path, fileReadCodec(config));
        // Convertible#read_yaml: "Error reading file", and the page is built as it is (empty when File.read refused it).
        const filename = jekyllFilename(source.root, path);
        reportUnread(config, path, filename, 'Error reading file', unreadable, refused, onWarning);
        return parsePage(text, { path, config, defaults: foundDefaultsFor(config, path, 'pages'), onWarning, unreadable, localized, filename });
      });
      if (publishablePage(page, config)) into.push(page);
      yield;
    }
  }
  // sort_files! sorts by name, keeping the read order for equal names (sort_by! is stable here).
  if (included.length > 0) pages = [...pages, ...included];
  rubySort(pages, (a, b) => compareStrings(basename(a.relativePath), basename(b.relativePath)));

  const collections: Record<string, Collection> = {};
  const collectionFiles: StaticFile[] = [];
  for (const label of labels) {
    const meta = config.collections[label] ?? {};
    const output = label === 'posts' ? true : rubyTruthy(meta.output);
    let docs: Document[];
    if (label === 'posts') docs = posts;
    else {
      const unhashed = unhashedMetadata(config, label);
      docs = [];
      for (const path of inventory.collections[label]?.docs ?? []) {
        const doc = remembered(memo, path, `collection:${label}`, warnings, (onWarning, clock) => {
          const { text, unreadable, refused } = readKeepingBytes(source, path, fileReadCodec(config));
          // Document#handle_read_error: "could not read file", and the document is kept (with no content when File.read refused it).
          const filename = jekyllFilename(source.root, path);
          reportUnread(config, path, filename, 'could not read file', unreadable, refused, onWarning);
          return parseDocument(text, { path, collection: label, config, ...documentDefaults(config, documentRelativePath(path, config), label), time, onWarning, clock, unreadable, refused: refused !== undefined, localized, filename });
        });
        // Collection#read keeps a document unless Document#published? says no (`published` given
        // as false: not nil); Document#write? asks the Publisher, which leaves nil out too, and the future.
        // (a collection whose entry is no mapping: Document#write? fails, collection-metadata.ts)
        if (rubyTruthy(config.unpublished) || !publishedFalse(doc.data)) docs.push({ ...doc, ...(unhashed ? { writeError: unhashedWriteError(unhashed.value, label) } : {}), write: unhashed !== undefined || (output && publishable(doc) && !inFuture(doc)) });
        yield;
      }
      docs = sortDocs(docs, unhashed ? { sort_by: unhashedSortBy(unhashed.value, label) } : meta, label, onWarning);
    }
    const files = (inventory.collections[label]?.files ?? []).map((p) => collectionStaticFile(source, p, label, output, config));
    collectionFiles.push(...files);
    // A collection is a Hash entry (`__proto__` is a label like any other).
    setKey(collections, label, { label, output, permalink: meta.permalink as string | undefined, docs, files, metadata: meta });
  }

  // reader.rb sorts the site's static files, then collection.rb appends each collection's.
  const staticFiles = inventory.staticFiles.map((path) => plainStaticFile(source, path, config));
  staticFiles.sort((a, b) => compareStrings(a.relativePath, b.relativePath));
  staticFiles.push(...collectionFiles);
  if (theme) addThemeAssets(theme, config, pages, staticFiles, onWarning);

  const tables = { csv: csvOptions(config, 'csv_reader'), tsv: csvOptions(config, 'tsv_reader') };
  const data = readData(source, { dataDir: configuredDir(config, 'data_dir', '_data', source.root), zone: config.timezone, ...tables });
  return {
    config,
    time,
    posts,
    pages,
    collections,
    staticFiles,
    layouts,
    data: theme ? withThemeData(theme, config, data, { zone: config.timezone, ...tables, dataDir: options.themeDataDir }) : data,
    categories: indexPostsBy(posts, 'categories'),
    tags: indexPostsBy(posts, 'tags'),
    diagnostics: warnings,
    postFilesRead: reads.map(([path]) => path),
  };
}

/**
 * Site#each_site_file skips an item `==` to one it has written: a post read twice is
 * two Documents that Document#<=> finds equal (same date, same file), rendered both
 * but written once, as the first of them in the sorted posts.
 */
function writtenOnce(posts: Post[]): Post[] {
  const written = new Set<string>();
  return posts.map((post) => {
    const key = `${post.date?.getTime()}\0${post.relativePath}`;
    if (!written.has(key)) return written.add(key), post;
    return { ...post, write: false };
  });
}

const wholeSeconds = (t: Date): number => Math.floor(t.getTime() / 1000);

/** The code of PostReader's "Skipping:" lines, which come at the end of the folder's posts. */
const POST_SKIPPED = 'POST_SKIPPED';

/** Document#published?: `data.key?("published") && data["published"] == false`. */
function publishedFalse(data: Data): boolean {
  return Object.hasOwn(data, 'published') && data.published === false;
}

/** PostReader#publishable?: a post or draft after site.time is left out with a warning (not a collection's document). */
function futureSkip(relativePath: string): Diagnostic {
  return { level: 'warning', code: POST_SKIPPED, message: `Skipping: ${relativePath} has a future date`, file: relativePath };
}

/** The `_posts` or `_drafts` folder PostReader reads `path` with (reader.rb#retrieve_posts, once per folder). */
function postsFolder(path: string, kind: 'posts' | 'drafts'): string {
  const parts = path.split('/');
  const at = parts.indexOf(`_${kind}`);
  return `${kind}:${parts.slice(0, at + 1).join('/')}`;
}

/**
 * A post or draft file as PostReader reads it; undefined when PostReader#processable? leaves it
 * out: its content is not valid UTF-8 (reported as Document#handle_read_error does) or nil (a
 * `.yml` post, read as data only; defaults that stopped Document#read). Each gets Jekyll's debug
 * line, "Skipping: ...".
 */
export function readPostFile(
  source: Source,
  path: string,
  kind: 'posts' | 'drafts',
  config: SiteConfig,
  time: JekyllTime,
  onWarning: (d: Diagnostic) => void,
  clock?: ClockUse,
  localized?: LocalizedRead,
): Post | undefined {
  // PostReader#processable?: a post that is not UTF-8 is reported (Document#handle_read_error) and left out.
  const decoded = readUtf8(source, path, fileReadCodec(config));
  const relativePath = documentRelativePath(path, config);
  const skip = (why: string): undefined => void onWarning({ level: 'debug', code: POST_SKIPPED, message: `Skipping: ${why}`, file: path });
  if (!decoded.ok) {
    strictReadError(config, path, decoded.reason, decoded.line);
    // Jekyll.logger.error, and the build goes on.
    onWarning({ level: 'error', code: 'INVALID_ENCODING', message: `could not read file ${jekyllFilename(source.root, path)}: ${decoded.reason}`, file: path });
    return skip(`${relativePath} is not valid UTF-8`);
  }
  // Document#read: defaults by the path below collections_dir, and by the type of the collection
  // (Document#type is its label): a draft is of type `posts`, so `type: drafts` never reaches it.
  // Document#date: an undated draft is dated by its file's modification time (source_file_mtime).
  const draft = kind === 'drafts';
  const mtime = draft ? source.mtime(path) : undefined;
  try {
    // parsePost's parseDocument, which also takes the defaults' read error
    const filename = jekyllFilename(source.root, path);
    const post = parseDocument(decoded.text, { path, collection: 'posts', config, ...documentDefaults(config, relativePath, 'posts'), time, onWarning, clock, mtime, localized, filename }) as Post;
    return isYamlFile(path) ? skip(`Content in ${relativePath} is nil`) : post;
  } catch (e) {
    if (e instanceof SkippedPost) return skip(`Content in ${relativePath} is nil`);
    throw e;
  }
}

/** A document's defaults, or the error Document#read's merge_defaults meets (and rescues) there. */
function documentDefaults(config: SiteConfig, relativePath: string, label: string): { defaults: Data; defaultsError?: Error } {
  try {
    return { defaults: defaultsFor(config, relativePath, label) };
  } catch (e) {
    if (e instanceof DefaultsPrecedenceError) return { defaults: {}, defaultsError: e };
    throw e;
  }
}

/**
 * The order read_directories retrieves posts and drafts in: a folder's own (posts, then drafts)
 * before its subfolders', siblings as their folder lists them (by name without an order);
 * within a `_posts` or `_drafts` folder, as listed.
 */
function compareRetrieveOrder(source: Source, [a, kindA]: readonly [string, string], [b, kindB]: readonly [string, string]): number {
  const above = (path: string, kind: string): string[] => {
    const parts = path.split('/');
    return parts.slice(0, Math.max(0, parts.indexOf(`_${kind}`)));
  };
  const x = above(a, kindA);
  const y = above(b, kindB);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const xAt = source.readOrder?.(x.slice(0, i + 1).join('/'));
    const yAt = source.readOrder?.(y.slice(0, i + 1).join('/'));
    if (xAt !== undefined && yAt !== undefined) return xAt - yAt;
    return compareStrings(x[i]!, y[i]!);
  }
  if (x.length !== y.length) return x.length - y.length;
  return kindA === kindB ? 0 : kindA === 'posts' ? -1 : 1;
}

// Depth first, subfolders before files; siblings in the order their folder lists them
// (Dir.entries keeps readdir's order), by name when the source has no order.
function compareReadOrder(source: Source, a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const xDir = i < x.length - 1;
    const yDir = i < y.length - 1;
    if (xDir !== yDir) return xDir ? -1 : 1;
    const xAt = source.readOrder?.(x.slice(0, i + 1).join('/'));
    const yAt = source.readOrder?.(y.slice(0, i + 1).join('/'));
    if (xAt !== undefined && yAt !== undefined) return xAt - yAt;
    return compareStrings(x[i]!, y[i]!);
  }
  return x.length - y.length;
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

// layout_reader.rb: `_layouts/<name>.<ext>` is the layout `<name>`; the site's win over the theme's.
function readLayouts(source: Source, paths: readonly string[], config: SiteConfig, onWarning: (d: Diagnostic) => void, theme?: Source): Record<string, Layout> {
  const layouts: Record<string, Layout> = {};
  const dir = configuredDir(config, 'layouts_dir', '_layouts', source.root);
  const add = (src: Source, path: string, prefix: string): void => {
    const inner = path.slice(prefix.length + 1);
    const name = inner.replace(/\.[^./]+$/, '');
    const abs = jekyllFilename(src.root, path);
    // Convertible#read_yaml warns on a file that is not UTF-8 ("Error reading file ..."); the layout stops
    // the build only when a page uses it (Liquid's tokenizer raises "invalid byte sequence in UTF-8").
    // A UTF-16 file is not read at all (File.read raises before the content is set): its content
    // stays nil, which renders as nothing.
    const decoded = readUtf8(src, path, fileReadCodec(config));
    if (!decoded.ok) {
      strictReadError(config, path, decoded.reason, decoded.line);
      onWarning({ level: 'warning', code: 'INVALID_ENCODING', message: `Error reading file ${abs}: ${decoded.reason}`, file: path, line: decoded.line });
      const unreadable = decoded.utf16 ? {} : { unreadable: { reason: decoded.reason, line: decoded.line } };
      layouts[name] = { name, relativePath: path, path: abs, data: {}, content: '', contentLine: 1, ...unreadable };
      return;
    }
    // Layout#initialize reads through Convertible#read_yaml (`bom|utf-8`: a BOM is dropped); broken YAML is a warning.
    const text = stripBom(decoded.text);
    const read = tryReadFrontMatter(text, path, { codec: siteCodec(config), named: abs });
    if (!read.ok && (read.notMapping || config.strict_front_matter === true)) throw read.error;
    if (!read.ok) onWarning({ level: 'warning', code: 'YAML_EXCEPTION', message: unreadableMessage(read.error, abs, 'Error reading file'), file: path, line: read.error.line });
    const split = read.ok ? read.fm : { data: {}, content: read.content, contentLine: read.contentLine };
    layouts[name] = split
      ? { name, relativePath: path, path: abs, data: split.data, content: split.content, contentLine: split.contentLine }
      : { name, relativePath: path, path: abs, data: {}, content: text, contentLine: 1 };
  };
  // Dir["**/*.*"] lists a folder with a dot in its name too (`_layouts/v1.0/`): Layout#initialize
  // fails to read it, warns, and leaves a layout named like a file (`v1`) that renders nothing
  const folder = (src: Source, path: string, prefix: string): void => {
    const name = path.slice(prefix.length + 1).replace(/\.[^./]+$/, '');
    const abs = jekyllFilename(src.root, path);
    onWarning({ level: 'warning', code: 'FILE_NOT_FOUND', message: `Error reading file ${abs}: Is a directory`, file: path });
    layouts[name] = { name, relativePath: path, path: abs, data: {}, content: '', contentLine: 1 };
  };
  const read = (src: Source, files: readonly string[], prefix: string, filter: EntryFilter): void => {
    for (const entry of withLayoutFolders(src, files, prefix, filter)) {
      if (entry.folder) folder(src, entry.path, prefix);
      else add(src, entry.path, prefix);
    }
  };
  const filter = createEntryFilter(config.include, config.exclude);
  // layout_reader.rb#entries_in: Dir["**/*.*"] in the theme's layouts folder does not enter linked folders.
  const linkedDirs = new Map<string, boolean>();
  // In safe mode EntryFilter#symlink? also drops a linked layout whose real path is not under the site's source.
  const inLink = (p: string): boolean =>
    theme?.linkTarget !== undefined && (underLinkedFolder(theme, p, '_layouts', linkedDirs) || (config.safe === true && !(theme.linkTarget(p)?.startsWith(source.root) ?? true)));
  if (theme) read(theme, theme.list().filter((p) => p.startsWith('_layouts/') && isLayoutEntry(filter, p.slice('_layouts/'.length)) && !inLink(p)), '_layouts', filter);
  read(source, paths, dir, filter);
  return layouts;
}

/**
 * The layout entries in Dir["**\/*.*"]'s order: each folder under `prefix` whose name has a dot
 * (and that EntryFilter keeps) comes just before its contents.
 */
function withLayoutFolders(src: Source, files: readonly string[], prefix: string, filter: EntryFilter): Array<{ path: string; folder: boolean }> {
  const folders = new Set<string>();
  const addFolders = (p: string, lastIsFolder: boolean): void => {
    if (!p.startsWith(`${prefix}/`) || !p.includes('.', prefix.length + 1)) return;
    const parts = p.slice(prefix.length + 1).split('/');
    for (let i = 1; i < parts.length + (lastIsFolder ? 1 : 0); i++) {
      const inner = parts.slice(0, i).join('/');
      if (isLayoutEntry(filter, inner)) folders.add(`${prefix}/${inner}`);
    }
  };
  for (const p of src.list()) addFolders(p, false);
  // an empty folder (`_layouts/post.html/`) is listed by the glob as well, though no file shows it
  for (const p of src.emptyFolders?.() ?? []) addFolders(p, true);
  const entries = files.map((path) => ({ path, folder: false }));
  if (folders.size === 0) return entries;
  for (const path of folders) entries.push({ path, folder: true });
  return entries.sort((a, b) => comparePaths(a.path, b.path));
}

// Ruby's sorted glob: folder by folder, a name's entries after the name itself
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/**
 * A page or document whose text could not be read (not of the site's encoding, or refused by
 * File.read): an error under strict_front_matter, else Jekyll's warning (`what` is its wording:
 * Convertible#read_yaml's "Error reading file", Document#handle_read_error's "could not read file").
 */
function reportUnread(
  config: Readonly<Record<string, unknown>>,
  path: string,
  filename: string,
  what: string,
  unreadable: { reason: string; line?: number } | undefined,
  refused: string | undefined,
  onWarning: (d: Diagnostic) => void,
): void {
  const reason = unreadable?.reason ?? refused;
  if (reason === undefined) return;
  strictReadError(config, path, reason, unreadable?.line);
  // Document#handle_read_error logs at error level (`Error:` its topic), Convertible#read_yaml warns
  onWarning({ level: what === 'could not read file' ? 'error' : 'warning', code: 'INVALID_ENCODING', message: `${what} ${filename}: ${reason}`, file: path, line: unreadable?.line });
}

// Convertible#read_yaml and Document#handle_read_error raise the read's error again under
// `strict_front_matter` (a file File.read refuses, or text that is not UTF-8): the build stops.
function strictReadError(config: Readonly<Record<string, unknown>>, path: string, reason: string, line?: number): void {
  if (config.strict_front_matter === true) throw new KyllError('INVALID_ENCODING', reason, { file: path, line });
}
