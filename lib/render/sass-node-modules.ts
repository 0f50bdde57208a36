// Sass files that reach into the site's node_modules by a path, not through
// `sass.load_paths`: `@import "../node_modules/bulma/sass"` in _sass/_main.scss,
// or `@import "node_modules/x/y"` in a page (scss.rb#filename puts the page in
// the site folder). libsass reads such a file from the disk, relative to the
// importing file; the site's listing prunes node_modules, so kyll serves the
// Sass and CSS files of each package a site's Sass file names (one package
// folder, `node_modules/<name>` or `node_modules/@scope/<name>`) beside the
// site's own files, at their paths under `/`.
import fs from 'node:fs';
import { fsSource } from '../source/fs-source.js';
import type { Source } from '../source/source.js';

/** One file served to libsass from a package: `from`'s file `path`, served as `/<name>`. */
export interface PackageStyleFile {
  readonly from: Source;
  readonly path: string;
  /** Its path in the site folder (`node_modules/bulma/sass/_index.scss`). */
  readonly name: string;
}

const STYLE_FILE = /\.(?:s[ac]ss|css)$/;
const PACKAGE_NAME = /node_modules\/((?:@[^/"'\s]+\/)?[^/"'\s;)]+)/g;

/** The style files of every node_modules package that a text of `styleFiles` names. */
export function nodeModuleStyleFiles(source: Source, styleFiles: readonly string[]): PackageStyleFile[] {
  if (!hasNodeModules(source)) return [];
  const packages = new Set<string>();
  for (const p of styleFiles) {
    const text = source.readText(p);
    if (!text.includes('node_modules/')) continue;
    for (const m of text.matchAll(PACKAGE_NAME)) packages.add(m[1]!);
  }
  const out: PackageStyleFile[] = [];
  for (const name of [...packages].sort()) out.push(...packageFiles(source, `node_modules/${name}`));
  return out;
}

function hasNodeModules(source: Source): boolean {
  const abs = source.absolute?.('node_modules');
  return abs === undefined ? source.list().some((p) => p.startsWith('node_modules/')) : fs.existsSync(abs);
}

// A package the listing holds (a memory source) is read through it; one it pruned, from the disk.
function packageFiles(source: Source, dir: string): PackageStyleFile[] {
  const listed = source.list().filter((p) => p.startsWith(`${dir}/`) && STYLE_FILE.test(p));
  if (listed.length > 0) return listed.map((p) => ({ from: source, path: p, name: p }));
  const abs = source.absolute?.(dir);
  if (abs === undefined) return [];
  const pkg = fsSource(abs);
  return pkg.list().filter((p) => STYLE_FILE.test(p)).map((p) => ({ from: pkg, path: p, name: `${dir}/${p}` }));
}

/**
 * A theme's style files, all of them: libsass finds any of them on disk from the theme's `_sass`
 * (`../assets/x`, `../assets/node_modules/bootstrap/scss/functions`), whatever text names it
 * (a page, a partial, or a scssify text in a layout). A theme's own node_modules is rare (a gem
 * ships few files), so none is left out.
 */
export function themeStyleFiles(theme: Source): string[] {
  return theme.list().filter((p) => STYLE_FILE.test(p));
}
