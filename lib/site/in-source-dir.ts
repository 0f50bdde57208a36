// An `include:` entry as Site#in_source_dir reads it (site.rb, Jekyll.sanitized_path): a path in the site folder.

/** Jekyll.sanitized_path(source, entry) relative to the source: File.expand_path(entry, "/"), kept in the site. */
export function inSourceDir(entry: string, root: string): string {
  const parts: string[] = [];
  for (const segment of entry.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  const clean = parts.join('/');
  // An absolute path already inside the source stays itself.
  const base = root.replace(/^\/+|\/+$/g, '');
  return base !== '' && clean.startsWith(`${base}/`) ? clean.slice(base.length + 1) : clean;
}
