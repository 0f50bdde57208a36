// The site's cache folder, site.rb#cache_dir: in_source_dir(config["cache_dir"]), a folder of the
// source whatever the setting says (`/tmp/x` and `../x` included), `.jekyll-cache` by default.
// kyll keeps its own records (warm record, --incremental state, compiled Sass) in its `kyll`
// folder, so that they follow `cache_dir` as Jekyll's cache does (Site#configure_cache:
// Jekyll::Cache.cache_dir = in_source_dir(cache_dir, "Jekyll/Cache")), go with `kyll clean`, and are
// not written at all where Jekyll keeps no disk cache (a safe site, disable_disk_cache).
import path from 'node:path';
import { sourceRelativeDir } from '../config/site-dir.js';
import { rubyTruthy as truthy } from '../values/truthy.js';

/** The site's cache folder (Site#cache_dir), `.jekyll-cache` unless `cache_dir` names another. */
export function siteCacheDir(root: string, config: Readonly<Record<string, unknown>>): string {
  const resolved = path.resolve(root);
  // (`cache_dir: ""` is the source itself, as `.`)
  return path.join(resolved, sourceRelativeDir(resolved, config.cache_dir == null ? '.jekyll-cache' : String(config.cache_dir)));
}

/** Site#configure_cache: no disk cache for a safe site or with disable_disk_cache (Jekyll::Cache.disable_disk_cache!). */
export function diskCacheOff(config: Readonly<Record<string, unknown>>): boolean {
  return truthy(config.safe) || truthy(config.disable_disk_cache);
}

/** kyll's folder in the site's cache folder (`<cache_dir>/kyll`), or undefined when the disk cache is off. */
export function kyllCacheDir(root: string, config: Readonly<Record<string, unknown>>): string | undefined {
  return diskCacheOff(config) ? undefined : path.join(siteCacheDir(root, config), 'kyll');
}
