// Where a build leaves its warm record (warm.ts): its own module, so that the `kyll` command can
// look for it before it loads the engine (cli/launch-engine.ts) without loading the cache code.
import fs from 'node:fs';
import path from 'node:path';

/** The warm record in kyll's cache folder `dir` (cache-folder.ts#kyllCacheDir). */
export function warmRecordFile(dir: string): string {
  return path.join(dir, 'warm.json');
}

/** Whether kyll's cache folder `dir` holds a record of the last build. */
export function warmRecordIn(dir: string): boolean {
  return fs.existsSync(warmRecordFile(dir));
}

/**
 * Before the configuration is read (the build's threads start first): whether the last build of
 * the site folder `root` left a record in the default cache folder (then a warm build is likely).
 * A site with another `cache_dir` is taken for a cold one here, and its record is found later.
 */
export function hasWarmRecord(root: string): boolean {
  return warmRecordIn(path.join(root, '.jekyll-cache', 'kyll'));
}
