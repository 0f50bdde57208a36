// Site#configure_cache → #hide_cache_dir_from_git (jekyll/site.rb): unless the site is safe or its
// disk cache is off, Jekyll makes its cache folder (`cache_dir`, in the source) with a .gitignore
// ignoring everything in it, before it reads anything. So a first build's reader already finds the
// folder (`--verbose`: "EntryFilter: excluded /.jekyll-cache") and later builds find it as they left it.
// kyll makes it once the destination guards have passed (a refused build touches nothing), and
// only for a build that writes a folder source (an in-memory render writes nowhere).
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { diskCacheOff, siteCacheDir } from './cache-folder.js';
import { openSource } from '../site/build-collections.js';
import type { Source } from '../source/source.js';
import type { Data } from '../types.js';

const GITIGNORE = '# ignore everything in this directory\n*\n';


/** Makes the folder and its .gitignore when they are missing; true when it made them. */
export function hideCacheDirFromGit(sourceRoot: string, config: Data): boolean {
  if (diskCacheOff(config)) return false;
  // in_source_dir(""), like "." or "/", is the source itself: Jekyll 4.3.1 writes <source>/.gitignore.
  const dir = siteCacheDir(sourceRoot, config);
  const file = path.join(dir, '.gitignore');
  if (fs.existsSync(file)) return false;
  const blocked = notAFolder(path.resolve(sourceRoot), dir);
  // FileUtils.mkdir_p stops at the first entry of the path that is there but is no folder (a
  // file, a link to one or to nothing), before Jekyll reads or writes anything.
  if (blocked !== undefined) {
    throw new KyllError('WRITE_ERROR', `File exists @ dir_s_mkdir - ${blocked} (Errno::EEXIST)`, {}, {
      hint: `the cache folder (cache_dir: ${dir}) cannot be made there: move that file away, set cache_dir to another folder, or build with --disable-disk-cache`,
    });
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, GITIGNORE);
    return true;
  } catch {
    // A source kyll cannot write to still builds (Jekyll would stop there with Errno::EACCES).
    return false;
  }
}

/** The first entry from the source down to `dir` that exists but is not a folder (File.directory? follows links). */
function notAFolder(root: string, dir: string): string | undefined {
  let at = root;
  for (const part of path.relative(root, dir).split(path.sep).filter(Boolean)) {
    at = path.join(at, part);
    const st = statOf(at, fs.statSync);
    if (st === 'unknown') return undefined;
    if (st?.isDirectory()) continue;
    const own = st ?? statOf(at, fs.lstatSync);
    return own !== undefined && own !== 'unknown' ? at : undefined;
  }
  return undefined;
}

/** An entry's stat, undefined when there is none, 'unknown' when it cannot be looked at (then mkdir_p's own error is left to the attempt). */
function statOf(p: string, stat: typeof fs.statSync): fs.Stats | undefined | 'unknown' {
  try {
    return stat(p, { throwIfNoEntry: false });
  } catch (e) {
    // a loop of links is there but is no folder, as a dangling link is
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? fs.lstatSync(p) : 'unknown';
  }
}

/** The site as loaded, its source listed again when the cache folder was made now (the reader finds it). */
export function withCacheDir<T extends { readonly opened: Source; readonly config: Data }>(loaded: T, source: string, destination: string | undefined): T {
  return hideCacheDirFromGit(source, loaded.config) ? { ...loaded, opened: openSource(source, destination) } : loaded;
}
