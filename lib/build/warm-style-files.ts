// The Sass and CSS files a build may read that the site's listing does not
// hold, for the warm key (warm-key.ts): the folders of `sass.load_paths` that
// are pruned from the listing or outside the site (node_modules/x/scss,
// ../shared), and the node_modules packages that the site's style files name
// by path. jekyll-sass-converter reads them on every build
// (scss.rb#sass_load_paths, libsass's imports); render/sass.ts#sassSettings
// serves the same files, so a package updated by npm makes the next build a full one.
import { sourceRelativeDir } from '../config/site-dir.js';
import { loadPathFiles, sassLoadPaths, sassLoadPathsFailure } from '../render/sass-load-paths.js';
import { nodeModuleStyleFiles } from '../render/sass-node-modules.js';
import type { Source } from '../source/source.js';
import type { Data } from '../types.js';

/** Files of a source other than the site's (a load path folder, a package), hashed under `label`. */
export interface OutsideFiles {
  readonly label: string;
  readonly source: Source;
  readonly paths: readonly string[];
}

const STYLE_FILE = /\.(?:s[ac]ss|css)$/;

/** The style files outside the site's listing that its Sass can import, grouped by the source they come from. */
export function outsideStyleFiles(source: Source, config: Data): OutsideFiles[] {
  const options = (config.sass ?? {}) as Record<string, unknown>;
  const safe = Boolean(config.safe);
  const out: OutsideFiles[] = [];
  if (options.load_paths != null && sassLoadPathsFailure(options, safe) === undefined) {
    const sassDir = sourceRelativeDir(source.root, String(options.sass_dir ?? '') || '_sass');
    for (const d of sassLoadPaths(source, options, sassDir, safe)) {
      if (d.from !== source) out.push({ label: `sass:${d.from.root}`, source: d.from, paths: loadPathFiles(d) });
    }
  }
  const own = source.list().filter((p) => STYLE_FILE.test(p));
  const packages = new Map<Source, string[]>();
  for (const f of nodeModuleStyleFiles(source, own)) {
    if (f.from === source) continue;
    const list = packages.get(f.from) ?? [];
    list.push(f.path);
    packages.set(f.from, list);
  }
  for (const [from, paths] of packages) out.push({ label: `sass:${from.root}`, source: from, paths });
  return out;
}
