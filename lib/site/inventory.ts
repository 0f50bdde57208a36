// Sorts the source's files into what Jekyll makes of them (reader.rb,
// post_reader.rb, collection.rb): posts, drafts, pages, static files,
// collection documents and layouts. Only names are looked at here, plus the
// first line of a file to tell a page (front matter) from a static file.
import type { Source } from '../source/source.js';
import { createEntryFilter, isSourceFolder, type EntryFilter } from './entry-filter.js';
import { compareGlobOrder } from './glob-order.js';
import { sanitizeCollectionLabel } from './collection-label.js';
import { inReadOrder, missingLinkTarget } from '../source/dangling-links.js';
import { linkLoopError } from '../source/link-loops.js';
import { setKey } from '../values/own-keys.js';
import { checkUnreadableFolders } from './unreadable-folders.js';
import { checkUndecodableNames } from './undecodable-names.js';
import { checkSafeDanglingLinks } from './safe-dangling-links.js';
import { inSourceDir } from './in-source-dir.js';
import { hasYamlHeader } from '../read/front-matter.js';
import { KyllError } from '../errors/index.js';
import { noMethodText, SANITIZE_AND_JOIN } from '../liquid/filters/no-method.js';

export interface Inventory {
  /** Files under any `_posts` folder; the folders above it become categories. */
  readonly posts: readonly string[];
  readonly drafts: readonly string[];
  readonly pages: readonly string[];
  /** Files `include` names by path that the walk left out (reader.rb#read_included_excludes): pages after the walk's. */
  readonly includedPages: readonly string[];
  readonly staticFiles: readonly string[];
  /** label → files with front matter (documents) and without (static files of the collection). */
  readonly collections: Readonly<Record<string, { docs: string[]; files: string[] }>>;
  readonly layouts: readonly string[];
}

export interface InventoryOptions {
  include: readonly string[];
  exclude: readonly string[];
  collectionLabels: readonly string[];
  /** Where collection folders are: collections_dir resolved in the source ('' for the source itself). */
  collectionsDir: string;
  /** collections_dir as written: posts are read only below `/<it>` (reader.rb#outside_configured_directory?). */
  collectionsDirSetting?: string;
  /** layouts_dir resolved in the source. */
  layoutsDir: string;
  showDrafts: boolean;
  /**
   * Where the site's own posts are read from instead of the root `_posts` (jekyll-multiple-languages-plugin's
   * PostReader#read_posts reads `_i18n/LANG/_posts` for the root folder); `_posts` in subfolders stay.
   */
  rootPostsFolder?: string;
  /** `safe: true`: a link to nothing stops the build wherever the reader's EntryFilter meets it (safe-dangling-links.ts). */
  safe?: boolean;
  /** data_dir resolved in the source (for the safe-mode link check). */
  dataDir?: string;
}

// Document::DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER (document.rb)
const DATED = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
const DATELESS = /^(?:.+\/)*?([^/]*)(\.[^.]+)$/;
const HEAD_BYTES = 64;
const OPEN_LINE_SO_FAR = /^---[ \t\r\f\v]*$/;
// Keep a byte-order mark: a file that starts with one has no front matter for Jekyll.
const HEAD_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

export function hasFrontMatter(source: Source, path: string): boolean {
  // Utils.has_yaml_header? reads the first line only; a BOM makes it false. Its `\s*` takes
  // any whitespace before the newline, so a `---\r\r\n` line (an editor's doubled CR) opens front matter too.
  const bytes = source.readHead ? source.readHead(path, HEAD_BYTES) : source.readBytes(path).subarray(0, HEAD_BYTES);
  const head = HEAD_DECODER.decode(bytes);
  // It reads the whole first line: `---` and a run of blanks longer than the head may still end in a newline.
  if (bytes.length === HEAD_BYTES && OPEN_LINE_SO_FAR.test(head)) return hasYamlHeader(HEAD_DECODER.decode(source.readBytes(path)));
  return hasYamlHeader(head);
}

export function takeInventory(source: Source, opts: InventoryOptions): Inventory {
  const filter = createEntryFilter(opts.include, opts.exclude, isSourceFolder(source));
  const posts: string[] = [];
  const drafts: string[] = [];
  const pages: string[] = [];
  const staticFiles: string[] = [];
  const layouts: string[] = [];
  const collections: Record<string, { docs: string[]; files: string[] }> = {};
  const colPrefix = opts.collectionsDir ? `${opts.collectionsDir}/` : '';
  const postsRoot = opts.collectionsDirSetting ?? opts.collectionsDir;
  const collectionDirs = new Map<string, string>();
  for (const label of opts.collectionLabels) {
    setKey(collections, label, { docs: [], files: [] });
    // CollectionReader::SPECIAL_COLLECTIONS: a collection labelled `posts` or `data` is never read as one
    // (posts come from the post reader; a `data` collection stays empty, its folder is the data reader's).
    if (label !== 'posts' && label !== 'data') collectionDirs.set(`${colPrefix}_${sanitizeCollectionLabel(label)}`, label);
  }
  const layoutsDir = opts.layoutsDir;

  // `missing`: a link whose target does not exist (dangling-links.ts): Jekyll fails where it opens one
  // to look for front matter (a page, a static file, a collection entry); it warns about a layout and
  // logs a post it cannot read, and goes on without them.
  const frontMatter = (f: string, missing: boolean): boolean => {
    if (missing) throw missingLinkTarget(source, f);
    return hasFrontMatter(source, f);
  };
  const rootPosts = opts.rootPostsFolder === undefined ? undefined : `${opts.rootPostsFolder}/_posts`;
  const place = (file: string, missing: boolean): void => {
    const parts = file.split('/');
    if (rootPosts !== undefined && file.startsWith(`${rootPosts}/`) && !missing) {
      const inner = file.slice(rootPosts.length + 1);
      if (acceptsInner(filter, rootPosts, inner) && DATED.test(inner)) posts.push(file);
    }
    // layout_reader.rb reads layouts_dir; the site walk still sees a folder whose name has no `_` (static files).
    if (file.startsWith(`${layoutsDir}/`) && !missing && isLayoutEntry(filter, file.slice(layoutsDir.length + 1))) layouts.push(file);
    // A collection folder: `_label/...` (under collections_dir when set).
    const label = collectionFor(file, collectionDirs);
    if (label !== undefined) {
      const slash = file.indexOf('/', colPrefix.length);
      // collection.rb#filtered_entries: EntryFilter (based at the collection's relative_directory,
      // `_label` without collections_dir) on each path inside it: special or backup by the path's
      // first or last name, `exclude` by `_label/path` (an excluded collections_dir does not hide it).
      if (!filter.accepts(file.slice(colPrefix.length, slash), file.slice(slash + 1))) return;
      (frontMatter(file, missing) ? collections[label]!.docs : collections[label]!.files).push(file);
      // read_directories still walks the folder when `include` lists it: its files are pages too.
    }
    // Walk the folders as read_directories does; `_posts`/`_drafts` are read where they sit.
    let dir = '';
    let accepted = true;
    for (let i = 0; i < parts.length - 1 && accepted; i++) {
      const seg = parts[i]!;
      if (seg === '_posts' || seg === '_drafts') {
        // Posts are read where they sit (post_reader.rb), inside collections_dir when it is set.
        const inner = parts.slice(i + 1).join('/');
        const inCollectionsDir = !postsRoot || `/${dir}`.startsWith(`/${postsRoot}`);
        if (inCollectionsDir && !missing && acceptsInner(filter, dir ? `${dir}/${seg}` : seg, inner)) {
          if (seg === '_posts' && DATED.test(inner) && !(rootPosts !== undefined && dir === '')) posts.push(file);
          else if (seg === '_drafts' && opts.showDrafts && DATELESS.test(inner)) drafts.push(file);
        }
        // read_directories also walks the folder itself when `include` lists it (EntryFilter#filter
        // keeps it): its files are then pages and static files as well (a `_drafts` page at /_drafts/name/).
      }
      if (!filter.accepts(dir, seg)) accepted = false;
      dir = dir ? `${dir}/${seg}` : seg;
    }
    if (!accepted) return;
    const name = parts[parts.length - 1]!;
    if (!filter.accepts(dir, name)) return;
    (frontMatter(file, missing) ? pages : staticFiles).push(file);
  };
  const folderRules = {
    filter,
    layoutsDir,
    showDrafts: opts.showDrafts,
    collectionOf: (file: string) => {
      for (const dir of collectionDirs.keys()) if (file.startsWith(`${dir}/`)) return { dir };
      return undefined;
    },
  };
  checkUnreadableFolders(source, folderRules);
  checkUndecodableNames(source, folderRules);
  if (opts.safe) {
    checkSafeDanglingLinks(source, {
      filter,
      layoutsDir,
      collectionDirs: [...collectionDirs].map(([dir, label]) => ({ dir, relative: `_${sanitizeCollectionLabel(label)}` })),
      dataDir: opts.dataDir ?? '_data',
      include: opts.include,
      showDrafts: opts.showDrafts,
      postsRoot: postsRoot ?? '',
      includePath: (entry) => inSourceDir(entry, source.root),
    });
  }
  const loops = source.linkLoops?.() ?? [];
  if (loops.length > 0) {
    // A link to a folder that holds it: Jekyll's walk follows it until Ruby raises ELOOP (link-loops.ts).
    for (const path of inReadOrder(source, loops.map((l) => l.path))) {
      const loop = loops.find((l) => l.path === path)!;
      if (!(opts.safe && loop.outside) && walked(filter, path)) throw linkLoopError(source, loop);
    }
  }
  for (const file of source.list()) place(file, false);
  for (const file of inReadOrder(source, source.dangling?.() ?? [])) place(file, true);
  // Collection#entries globs the collection's folder: its files come in glob order, not the walk's.
  for (const entry of Object.values(collections)) {
    entry.docs.sort(compareGlobOrder);
    entry.files.sort(compareGlobOrder);
  }
  const includedPages = readIncludedExcludes(source, opts.include, pages, staticFiles, (f) => hasFrontMatter(source, f));
  return { posts, drafts, pages, includedPages, staticFiles, collections, layouts };
}

/**
 * reader.rb#read_included_excludes: after the walk, each `include` entry that names a file (as
 * Site#in_source_dir cleans it: `./x`, `a//b` and `a/../b` read as paths) is read even where the
 * walk would not go, inside an excluded, dot or underscore folder (`docs/.well-known/x.txt`,
 * `_drafts/x.md`): a page when it has front matter, else a static file, unless the walk read it
 * already. Folders are left to the walk. Returns the new pages; static files are added to `statics`.
 */
function readIncludedExcludes(source: Source, include: readonly string[], pages: readonly string[], statics: string[], frontMatter: (file: string) => boolean): string[] {
  const added: string[] = [];
  let files: Set<string> | undefined;
  for (const entry of include as readonly unknown[]) {
    // Site#in_source_dir(nil) is the site folder, a folder: skipped; any other non-String has no start_with?
    if (entry == null) continue;
    if (typeof entry !== 'string') {
      throw new KyllError('INVALID_CONFIG', noMethodText('start_with?', entry, SANITIZE_AND_JOIN), { file: '_config.yml' }, { hint: 'Each entry of `include:` must be a file or folder name.' });
    }
    const path = inSourceDir(entry, source.root);
    if (path === '') continue;
    files ??= new Set(source.list());
    if (!files.has(path)) continue;
    if (frontMatter(path)) {
      if (!pages.includes(path) && !added.includes(path)) added.push(path);
    } else if (!statics.includes(path)) statics.push(path);
  }
  return added;
}

/** Whether read_directories reaches `path`: EntryFilter keeps every folder on the way and the entry itself. */
function walked(filter: ReturnType<typeof createEntryFilter>, path: string): boolean {
  let dir = '';
  for (const seg of path.split('/')) {
    if (!filter.accepts(dir, seg)) return false;
    dir = dir ? `${dir}/${seg}` : seg;
  }
  return true;
}

function collectionFor(file: string, dirs: Map<string, string>): string | undefined {
  for (const [dir, label] of dirs) if (file.startsWith(`${dir}/`)) return label;
  return undefined;
}

// Entries inside `_posts` are globbed (`**/*`, no dotfiles) and filtered by their inner path.
function acceptsInner(filter: ReturnType<typeof createEntryFilter>, magicDir: string, inner: string): boolean {
  return !inner.split('/').some((s) => s.startsWith('.')) && filter.accepts(magicDir, inner);
}

/**
 * LayoutReader#entries_in: the files of the layouts folder, subfolders included, whose name has a
 * dot (its glob skips dotfiles and dot-folders), through EntryFilter with no base folder: `_x.html`,
 * `#x.html`, `x.html~` are left out, and `exclude` is matched against the path inside the layouts
 * folder as if it were from the source (`exclude: [drafts]` drops `_layouts/drafts/x.html`).
 */
export function isLayoutEntry(filter: EntryFilter, inner: string): boolean {
  const name = inner.slice(inner.lastIndexOf('/') + 1);
  return name.indexOf('.') > 0 && !inner.split('/').some((s) => s.startsWith('.')) && filter.accepts('', inner);
}
