// Site#configure_cache → #hide_cache_dir_from_git (jekyll/site.rb): unless the site is safe or its
// disk cache is off, Jekyll makes its cache folder (`cache_dir`, in the source) with a .gitignore
// ignoring everything in it, before it reads anything. So a first build's reader already finds the
// folder (`--verbose`: "EntryFilter: excluded /.jekyll-cache") and later builds find it as they left it.
// kyll makes it once the destination guards have passed (a refused build touches nothing), and
// only for a build that writes a folder source (an in-memory render writes nowhere).
import fs from 'node:fs';
import path from 'node:path';
import { sourceRelativeDir } from '../config/site-dir.js';
import { openSource } from '../site/build-collections.js';
import type { Source } from '../source/source.js';
import type { Data } from '../types.js';
import { rubyTruthy as truthy } from '../values/truthy.js';

const GITIGNORE = '# ignore everything in this directory\n*\n';


/** Makes the folder and its .gitignore when they are missing; true when it made them. */
export function hideCacheDirFromGit(sourceRoot: string, config: Data): boolean {
  if (truthy(config.safe) || truthy(config.disable_disk_cache)) return false;
  // in_source_dir(""), like "." or "/", is the source itself: Jekyll 4.3.1 writes <source>/.gitignore.
  const dir = path.join(sourceRoot, sourceRelativeDir(path.resolve(sourceRoot), config.cache_dir == null ? '.jekyll-cache' : String(config.cache_dir)));
  const file = path.join(dir, '.gitignore');
  if (fs.existsSync(file)) return false;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, GITIGNORE);
    return true;
  } catch {
    // A source kyll cannot write to still builds (Jekyll would stop there with Errno::EACCES).
    return false;
  }
}

/** The site as loaded, its source listed again when the cache folder was made now (the reader finds it). */
export function withCacheDir<T extends { readonly opened: Source; readonly config: Data }>(loaded: T, source: string, destination: string | undefined): T {
  return hideCacheDirFromGit(source, loaded.config) ? { ...loaded, opened: openSource(source, destination) } : loaded;
}
