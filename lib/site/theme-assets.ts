// A gem theme's assets/ folder as Jekyll reads it (readers/theme_assets_reader.rb#read).
import path from 'node:path';
import { foundDefaultsFor } from '../config/front-matter-defaults.js';
import { jekyllFilename } from '../read/front-matter.js';
import { parsePage } from '../read/parse-page.js';
import type { Source } from '../source/source.js';
import type { Diagnostic, Page, SiteConfig, StaticFile } from '../types.js';
import { compareRubyStrings } from '../values/ruby-string-order.js';
import { hasFrontMatter } from './inventory.js';
import { plainStaticFile } from './static-files.js';

/**
 * theme_assets_reader.rb: the theme's assets/ become pages (with front matter)
 * or static files, after the site's own. append_unless_exists looks only in the
 * list the asset joins: a theme page is skipped for a site page at its path, a
 * theme static file for a site static file (a site's front-matter-less
 * assets/main.scss is copied as it is and minima's still compiles to main.css).
 * Find.find walks the folder without following links below it: a linked file is
 * left out with a warning (a dangling one too), a linked folder silently
 * (File.directory? follows the link, and Find does not enter it). theme.rb#path_for
 * resolves assets/ itself: when it is a link to a folder of the theme, the files
 * take that folder's path (`dist/` -> /dist/...), as read_theme_asset cuts the root
 * from the real path.
 */
export function addThemeAssets(theme: Source, config: SiteConfig, pages: Page[], staticFiles: StaticFile[], onWarning: (d: Diagnostic) => void): void {
  const pagePaths = new Set(pages.map((p) => p.relativePath));
  const filePaths = new Set(staticFiles.map((f) => f.relativePath));
  const linked: string[] = [];
  const linkedDirs = new Map<string, boolean>();
  const folder = assetsFolder(theme);
  const prefix = `${folder}/`;
  for (const path of theme.list()) {
    if (!path.startsWith(prefix)) continue;
    if (theme.linkTarget && underLinkedFolder(theme, path, folder, linkedDirs)) continue;
    if (theme.linkTarget?.(path) !== undefined) {
      linked.push(path);
      continue;
    }
    if (hasFrontMatter(theme, path)) {
      if (!pagePaths.has(path)) pages.push(parsePage(theme.readText(path), { path, config, defaults: foundDefaultsFor(config, path, 'pages'), filename: jekyllFilename(theme.root, path) }));
    } else if (!filePaths.has(path)) staticFiles.push({ ...plainStaticFile(theme, path, config), fromTheme: true });
  }
  if (theme.dangling) for (const p of theme.dangling()) if (p.startsWith(prefix) && !underLinkedFolder(theme, p, folder, linkedDirs)) linked.push(p);
  if (linked.length === 0) return;
  // theme.rb#path_for: the folder's File.realpath; Find.find yields each folder's entries sorted by name, depth first.
  const base = theme.realPath?.(folder) ?? `${theme.root}/${folder}`;
  for (const p of linked.sort(findOrder)) {
    onWarning({ level: 'warning', code: 'THEME_SYMLINK_IGNORED', message: `Theme reader: Ignored symlinked asset: ${base}/${p.slice(prefix.length)}`, file: p });
  }
}

/** The theme's assets folder as read_theme_asset names its files: `assets`, or the folder of the theme it links to. */
function assetsFolder(theme: Source): string {
  if (theme.linkTarget?.('assets') === undefined) return 'assets';
  const real = theme.realPath?.('assets');
  const rel = real === undefined ? '' : path.relative(theme.root, real);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? 'assets' : rel.split(path.sep).join('/');
}

/**
 * Whether a folder between `folder` (itself followed: theme.rb#path_for resolves it) and the file is
 * a link: Find.find and Dir.glob("**\/*") do not enter one.
 */
export function underLinkedFolder(theme: Source, file: string, folder: string, memo: Map<string, boolean>): boolean {
  const dir = path.posix.dirname(file);
  if (dir === folder || dir === '.') return false;
  let linked = memo.get(dir);
  if (linked === undefined) memo.set(dir, (linked = theme.linkTarget!(dir) !== undefined || underLinkedFolder(theme, dir, folder, memo)));
  return linked;
}

/** Find.find's order: the entries of a folder sorted by name, each folder's own before the next name. */
function findOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return compareRubyStrings(x[i]!, y[i]!);
  }
  return x.length - y.length;
}
