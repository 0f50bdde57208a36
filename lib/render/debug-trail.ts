// `--verbose`: the lines Jekyll logs at debug level as it reads, renders and writes
// (Jekyll.logger.debug in renderer.rb, convertible.rb, document.rb...), kept as diagnostics of
// level `debug`, "<topic> <message>", in the order they happen; the CLI prints them as Jekyll's
// LogAdapter does (cli/report.ts). Only a verbose build keeps them.
import type { Source } from '../source/source.js';
import type { Diagnostic, Layout, Site } from '../types.js';
import { documentRelativePath } from '../read/parse-document.js';

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
  for (const l of [...layouts.filter(own), ...layouts.filter((l) => !own(l))]) debug('Reading:', `/${l.relativePath}`);

  const order = (p: string): number => source.readOrder?.(p) ?? Number.MAX_SAFE_INTEGER;
  const byListing = (a: string, b: string): number => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0);
  const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
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
    // PostReader: _posts, then _drafts (with --drafts), each as Dir["**/*"] lists it
    const mine = posts.get(dir) ?? [];
    const drafts = (p: string): boolean => p.slice(dir === '' ? 0 : dir.length + 1).startsWith('_drafts/');
    for (const p of [...mine.filter((p) => !drafts(p)).sort(), ...mine.filter(drafts).sort()]) debug('Reading:', p);
    for (const d of aboutPosts.get(dir) ?? []) place!(d);
    for (const sub of [...(folders.get(dir) ?? [])].sort(byListing)) visit(sub);
    for (const p of [...(pages.get(dir) ?? [])].sort(byListing)) debug('Reading:', p);
  };
  visit('');
  for (const [label, col] of Object.entries(site.collections)) {
    if (label === 'posts') continue;
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
