// Saving one file of kyll's cache (the warm record, the --incremental state): written beside its
// place and renamed over it, so that a reader never sees half a file. The cache may be deleted at
// any time and a build that cannot save it is still a good build: when the folder cannot take the
// file (cache_dir, or its kyll folder, is a file or a dangling link; a read-only or full disk; a
// folder where the file goes), nothing is saved, nothing is left behind, and the next build is a
// full one. Jekyll itself never writes kyll's folder (jekyll/cache.rb keeps its own Jekyll/Cache).
import fs from 'node:fs';
import path from 'node:path';

/** Writes `dir/name` with what `contents` gives; false (and no file left behind) when it could not. */
export function saveCacheFile(dir: string, name: string, contents: () => string | Uint8Array): boolean {
  const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, contents());
    fs.renameSync(tmp, path.join(dir, name));
    return true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was written there
    }
    return false;
  }
}
