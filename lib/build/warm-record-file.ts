// Where a build leaves its warm record (warm.ts): its own module, so that the `kyll` command can
// look for it before it loads the engine (cli/launch-engine.ts) without loading the cache code.
import fs from 'node:fs';
import path from 'node:path';

/** The warm record of the site folder `root` (in disk-cache.ts#cacheDir). */
export function warmRecordFile(root: string): string {
  return path.join(root, '.jekyll-cache', 'kyll', 'warm.json');
}

/** Whether the last build left a record (then a warm build is likely: check it before starting threads). */
export function hasWarmRecord(root: string): boolean {
  return fs.existsSync(warmRecordFile(root));
}
