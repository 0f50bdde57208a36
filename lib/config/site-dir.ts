// Where a `*_dir` setting points, as Jekyll resolves it: site.in_source_dir(dir) →
// Jekyll.sanitized_path(source, dir) (jekyll/path_manager.rb#sanitize_and_join).
// `./x`, `x/`, `/x` and `<source>/x` are all the folder `x` of the source.
import path from 'node:path';
import type { Data } from '../types.js';

/**
 * The folder `dir` names, relative to the source root `root` (forward
 * slashes, no leading or trailing slash; '' for the source itself).
 */
export function sourceRelativeDir(root: string, dir: string): string {
  // sanitize_and_join: `~` is not expanded; File.expand_path(dir, "/") resolves `.` and `..`.
  const questionable = dir.startsWith('~') ? `/${dir}` : dir;
  const clean = path.posix.resolve('/', questionable.replace(/\\/g, '/'));
  const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (clean === base) return '';
  // An absolute path inside the source stays as it is; anything else is joined to the source.
  if (base.startsWith('/') && clean.startsWith(`${base}/`)) return clean.slice(base.length + 1);
  return clean.replace(/^\/+/, '').replace(/^\w:\//, '');
}

/** A `*_dir` key of the configuration (`layouts_dir`, `data_dir`, `includes_dir`...), resolved in the source. */
export function configuredDir(config: Data, key: string, fallback: string, root = String(config.source ?? '')): string {
  const value = config[key];
  const dir = typeof value === 'string' && value !== '' ? value : value == null ? fallback : String(value);
  return sourceRelativeDir(root, dir);
}
