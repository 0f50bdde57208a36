// The site's cache folder, site.rb#cache_dir: in_source_dir(config["cache_dir"]), a folder of the
// source whatever the setting says (`/tmp/x` and `../x` included), `.jekyll-cache` by default.
import path from 'node:path';
import { sourceRelativeDir } from '../config/site-dir.js';

/** The site's cache folder (Site#cache_dir), `.jekyll-cache` unless `cache_dir` names another. */
export function siteCacheDir(root: string, config: Readonly<Record<string, unknown>>): string {
  const resolved = path.resolve(root);
  // (`cache_dir: ""` is the source itself, as `.`)
  return path.join(resolved, sourceRelativeDir(resolved, config.cache_dir == null ? '.jekyll-cache' : String(config.cache_dir)));
}
