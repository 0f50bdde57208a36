// Compiled Sass kept between builds, as Jekyll keeps converted Sass in its
// disk cache (jekyll/cache.rb, under `cache_dir`, off with
// `disable_disk_cache`). An entry is keyed by a hash of everything libsass
// reads: the page's text after Liquid, every partial it could import, the
// options, the compiler's version and the kyll build that kept it (build/kyll-identity.ts: its
// line comments and source maps are kyll's rewriting); so a hit is the same CSS byte for byte,
// and the folder can be deleted at any time.
import fs from 'node:fs';
import path from 'node:path';
import { kyllCacheDir } from '../build/cache-folder.js';
import { kyllVersion } from '../build/kyll-identity.js';
import type { SassOutput } from './sass.js';
// node:crypto when first used: a build with no warm record or cache to key never loads it (entries/code-cache.ts).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

// Bump when the entry format, the compiler or the naming of the warnings kept changes.
const FORMAT = 'kyll-sass-6 libsass-3.6.5-wasm-gcc-argument-order source-comments precision';

export interface SassCache {
  get(key: string): SassOutput | undefined;
  set(key: string, output: SassOutput): void;
  /** No entry at all yet (a first build, or the cache was deleted). */
  empty(): boolean;
}

/**
 * The cache under `<source>/<cache_dir>/kyll/sass`, or none when the disk cache
 * is off (a safe site, disable_disk_cache). `readOnly` for builds that write nothing (`write: false`): they use
 * what earlier builds kept but leave the source folder as it is.
 */
export function sassDiskCache(sourceRoot: string, config: Readonly<Record<string, unknown>>, readOnly = false): SassCache | undefined {
  // <cache_dir>/kyll/sass; none for a safe site or with disable_disk_cache (cache-folder.ts).
  const kyllDir = kyllCacheDir(sourceRoot, config);
  if (kyllDir === undefined) return undefined;
  const dir = path.join(kyllDir, 'sass');
  const file = (key: string): string => path.join(dir, `${key}.json`);
  return {
    empty() {
      try {
        return fs.readdirSync(dir).length === 0;
      } catch {
        return true;
      }
    },
    get(key) {
      let text: string;
      try {
        text = fs.readFileSync(file(key), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as { css?: unknown; map?: unknown; stderr?: unknown };
        if (typeof entry.css !== 'string' || (entry.map !== undefined && typeof entry.map !== 'string')) return undefined;
        // libsass's warnings, printed again on a hit as Jekyll prints them every build.
        const stderr = Array.isArray(entry.stderr) && entry.stderr.every((l) => typeof l === 'string') ? { stderr: entry.stderr as string[] } : {};
        return { css: entry.css, map: entry.map as string | undefined, ...stderr };
      } catch {
        return undefined; // A damaged entry is a miss; the next write replaces it.
      }
    },
    set(key, output) {
      if (readOnly) return;
      // A cache that cannot be written (read-only folder) only makes the next build slower.
      try {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = `${file(key)}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ css: output.css, map: output.map, stderr: output.stderr }));
        fs.renameSync(tmp, file(key));
      } catch {
        /* not cached */
      }
    },
  };
}

/** The key of one compilation: the inputs in order, each length-prefixed so that no two lists hash alike. */
export function sassCacheKey(parts: readonly string[]): string {
  const hash = crypto().createHash('sha256').update(FORMAT).update('\0').update(kyllVersion());
  for (const p of parts) hash.update(`\0${Buffer.byteLength(p)}\0`).update(p);
  return hash.digest('hex');
}
