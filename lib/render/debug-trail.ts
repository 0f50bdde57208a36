// `--verbose`: the lines Jekyll logs at debug level as it reads, renders and writes
// (Jekyll.logger.debug in renderer.rb, convertible.rb, document.rb...), kept as diagnostics of
// level `debug`, "<topic> <message>", in the order they happen; the CLI prints them as Jekyll's
// LogAdapter does (cli/report.ts). Only a verbose build keeps them.
import type { Source } from '../source/source.js';
import type { Diagnostic, Layout, Site } from '../types.js';
import { documentRelativePath } from '../read/parse-document.js';
import { createEntryFilter, isSourceFolder } from '../site/entry-filter.js';

export type DebugLine = (topic: string, message: string) => void;

/** A trail that adds each line to `diagnostics`. */
export function debugTrail(diagnostics: Diagnostic[]): DebugLine {
  return (topic, message) => void diagnostics.push({ level: 'debug', code: 'DEBUG', message: `${topic} ${message}` });
}

const DATA_EXTENSIONS = ['yaml', 'yml', 'json', 'csv', 'tsv'];

/**
 * Reader#read's `Reading:` lines, in its order: the layouts (the site's, then the theme's it has
 * none of that name for: `/_layouts/x.html`), then read_directories from the top (in each folder
 * its posts, then its folders, then its pages, as the folder lists them), the other collections'
 * documents, the theme's asset pages, and the data files (DataReader: each folder's files by extension, then its folders).
 */
export function readingLines(debug: DebugLine, site: Site, source: Source, place?: (diagnostic: Diagnostic) => void): void {
  const layouts = Object.values(site.layouts);
  const root = source.root.replace(/\/+$/, '');
  const own = (l: Layout): boolean => l.path === undefined || l.path.startsWith(`${root}/`);
  const order = (p: string): number => source.readOrder?.(p) ?? Number.MAX_SAFE_INTEGER;
  const byListing = (a: string, b: string): number => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0);
  const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  const excluded = exclusions(debug, site, source, byListing);

  // LayoutReader filters Dir["**/*.*"] of the layouts folder, each name taken from the site's root
  const layoutsDir = String(site.config.layouts_dir ?? '_layouts').replace(/^\/+|\/+$/g, '');
  for (const e of excluded.glob(layoutsDir, 'layouts')) excluded.check(e.rel, e.folder, `/${e.rel}`);
  for (const l of [...layouts.filter(own), ...layouts.filter((l) => !own(l))]) debug('Reading:', `/${l.relativePath}`);
  const posts = new Map<string, string[]>();
  // PostReader reads every file of the folder (Document#read: `Reading:`), then says which it leaves
  // out ("Skipping:"): the read's lines about those files follow the folder's `Reading:` lines.
  const readPaths = site.postFilesRead ?? (site.collections.posts?.docs ?? []).map((d) => d.relativePath);
  const postFolder = new Map<string, string>();
  for (const path of readPaths) {
    const relativePath = documentRelativePath(path, site.config);
    const at = relativePath.search(/(?:^|\/)_(?:posts|drafts)\//);
    const dir = at <= 0 ? '' : relativePath.slice(0, at);
    posts.set(dir, [...(posts.get(dir) ?? []), relativePath]);
    postFolder.set(path, dir).set(relativePath, dir);
  }
  const aboutPosts = new Map<string, Diagnostic[]>();
  for (const d of place ? (site.diagnostics ?? []) : []) {
    const dir = d.file === undefined ? undefined : postFolder.get(d.file);
    if (dir !== undefined) aboutPosts.set(dir, [...(aboutPosts.get(dir) ?? []), d]);
  }
  const pages = new Map<string, string[]>();
  // (a page the site has no file for is the theme's: ThemeAssetsReader reads those after the collections)
  const listed = new Set(source.list());
  const themePages = site.pages.filter((p) => !listed.has(p.relativePath)).map((p) => p.relativePath);
  for (const p of site.pages) if (listed.has(p.relativePath)) pages.set(dirOf(p.relativePath), [...(pages.get(dirOf(p.relativePath)) ?? []), p.relativePath]);
  const folders = new Map<string, Set<string>>();
  for (const dir of [...posts.keys(), ...pages.keys()]) {
    for (let d = dir; d !== ''; d = dirOf(d)) {
      const parent = dirOf(d);
      if (!folders.has(parent)) folders.set(parent, new Set());
      folders.get(parent)!.add(d);
    }
  }
  const visit = (dir: string): void => {
    // read_directories: the folder's entries through EntryFilter, then its posts, folders, pages
    const walked = excluded.folder(dir);
    // PostReader: _posts, then _drafts (with --drafts), each as Dir["**/*"] lists it
    const mine = posts.get(dir) ?? [];
    const drafts = (p: string): boolean => p.slice(dir === '' ? 0 : dir.length + 1).startsWith('_drafts/');
    const within = (name: string): string => (dir === '' ? name : `${dir}/${name}`);
    for (const e of excluded.glob(within('_posts'), 'posts')) excluded.check(e.rel, e.folder, `/${e.rel}`);
    for (const p of mine.filter((p) => !drafts(p)).sort()) debug('Reading:', p);
    if (site.config.show_drafts) for (const e of excluded.glob(within('_drafts'), 'posts')) excluded.check(e.rel, e.folder, `/${e.rel}`);
    for (const p of mine.filter(drafts).sort()) debug('Reading:', p);
    for (const d of aboutPosts.get(dir) ?? []) place!(d);
    const subs = new Set([...(walked ?? []), ...(folders.get(dir) ?? [])]);
    for (const sub of [...subs].sort(byListing)) visit(sub);
    for (const p of [...(pages.get(dir) ?? [])].sort(byListing)) debug('Reading:', p);
  };
  visit('');
  const collectionsDir = String(site.config.collections_dir ?? '').replace(/^\/+|\/+$/g, '');
  for (const [label, col] of Object.entries(site.collections)) {
    if (label === 'posts') continue;
    // Collection#filtered_entries: Dir.glob("**/*", FNM_DOTMATCH), named from the collection's folder
    const dir = collectionsDir === '' ? `_${label}` : `${collectionsDir}/_${label}`;
    for (const e of excluded.glob(dir, 'dots')) excluded.check(e.rel, e.folder, e.rel);
    for (const p of col.docs.map((d) => d.relativePath).sort()) debug('Reading:', p);
  }
  for (const p of themePages) debug('Reading:', p);
  const dataDir = String(site.config.data_dir ?? '_data').replace(/^\/+|\/+$/g, '');
  const dataFiles = (dir: string): void => {
    const inside = source.list().filter((p) => p.startsWith(`${dir}/`));
    const direct = inside.filter((p) => !p.slice(dir.length + 1).includes('/') && !p.slice(dir.length + 1).startsWith('.'));
    for (const ext of DATA_EXTENSIONS) for (const p of direct.filter((p) => p.endsWith(`.${ext}`)).sort()) debug('Reading:', p);
    const subs = new Set(inside.map((p) => p.slice(dir.length + 1)).filter((r) => r.includes('/') && !r.startsWith('.')).map((r) => r.slice(0, r.indexOf('/'))));
    for (const s of [...subs].sort()) dataFiles(`${dir}/${s}`);
  };
  dataFiles(dataDir);
}

type Entry = { readonly rel: string; readonly folder: boolean };

/**
 * EntryFilter#excluded?'s `--verbose` lines ("EntryFilter: excluded /Gemfile.lock"), as Jekyll's
 * readers ask it: each folder read_directories walks, its entries in readdir order; the Dir[]
 * globs of _posts, _drafts, the layouts and the collections, sorted. A source that cannot list a
 * folder's own entries (node_modules, .jekyll-cache) gives what its files show.
 */
function exclusions(debug: DebugLine, site: Site, source: Source, byListing: (a: string, b: string) => number) {
  const include = (site.config.include as unknown[] | undefined) ?? [];
  const exclude = (site.config.exclude as unknown[] | undefined) ?? [];
  const filter = createEntryFilter(include.map(String), exclude.map(String), isSourceFolder(source));
  let files: Map<string, Map<string, boolean>> | undefined;
  // A folder's entries (name, folder?) made from the listed files and empty folders.
  const fromFiles = (dir: string): Entry[] => {
    if (!files) {
      const made = new Map<string, Map<string, boolean>>();
      const add = (p: string, folder: boolean): void => {
        for (let at = p, isFolder = folder; at !== ''; isFolder = true, at = dirOfEntry(at)) {
          const parent = dirOfEntry(at);
          if (!made.has(parent)) made.set(parent, new Map());
          made.get(parent)!.set(at, isFolder);
        }
      };
      for (const p of source.list()) add(p, false);
      for (const p of source.emptyFolders?.() ?? []) add(p, true);
      files = made;
    }
    return [...(files.get(dir) ?? new Map<string, boolean>())].map(([rel, folder]) => ({ rel, folder })).sort((a, b) => byListing(a.rel, b.rel));
  };
  const entries = (dir: string): Entry[] => {
    const own = source.entries?.(dir);
    return own ? own.map((e) => ({ rel: dir === '' ? e.name : `${dir}/${e.name}`, folder: e.folder })) : fromFiles(dir);
  };
  const name = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1);
  const destination = typeof site.config.destination === 'string' ? site.config.destination.replace(/\/+$/, '') : undefined;
  const root = source.root.replace(/\/+$/, '');
  return {
    check(rel: string, folder: boolean, shown: string): void {
      if (filter.excludedEntry(rel, folder)) debug('EntryFilter:', `excluded ${shown}`);
    },
    /** The folder's entries through the filter (lines for the excluded); the folders read_directories enters next. */
    folder(dir: string): string[] | undefined {
      const list = source.entries || dir === '' || source.list().some((p) => p.startsWith(`${dir}/`)) ? entries(dir) : undefined;
      if (!list) return undefined;
      const subs: string[] = [];
      for (const e of list) {
        if (name(e.rel).endsWith('.')) continue;
        this.check(e.rel, e.folder, `/${e.rel}`);
        if (e.folder && filter.accepts(dirOfEntry(e.rel), name(e.rel)) && `${root}/${e.rel}` !== destination) subs.push(e.rel);
      }
      return subs;
    },
    /** Dir["**\/*"] (posts), with FNM_DOTMATCH (collections) or Dir["**\/*.*"] (layouts) under `dir`: depth first, each folder sorted. */
    glob(dir: string, kind: 'posts' | 'dots' | 'layouts'): Entry[] {
      const out: Entry[] = [];
      const walk = (at: string): void => {
        const list = entries(at).sort((a, b) => (name(a.rel) < name(b.rel) ? -1 : name(a.rel) > name(b.rel) ? 1 : 0));
        for (const e of list) {
          if (kind !== 'dots' && name(e.rel).startsWith('.')) continue;
          if (kind !== 'layouts' || name(e.rel).includes('.')) out.push({ rel: kind === 'layouts' ? e.rel.slice(dir.length + 1) : e.rel, folder: e.folder });
          if (e.folder) walk(e.rel);
        }
      };
      if (source.entries?.(dir) !== undefined || source.list().some((p) => p.startsWith(`${dir}/`))) walk(dir);
      return out;
    },
  };
}

function dirOfEntry(rel: string): string {
  return rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
}
