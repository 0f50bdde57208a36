// "Does this file exist in the source?" as generators ask it before adding a page
// (File.exist?(site.in_source_dir(path)) in jekyll-feed and jekyll-redirect-from).
import type { Site } from '../../types.js';

export function sourceFileSet(site: Site): Set<string> {
  const files = new Set<string>();
  for (const p of site.pages) files.add(p.relativePath);
  for (const f of site.staticFiles) files.add(f.relativePath);
  for (const p of site.posts) files.add(p.relativePath);
  for (const c of Object.values(site.collections)) for (const d of c.docs) files.add(d.relativePath);
  return files;
}

export function existsInSource(files: Set<string>, path: string): boolean {
  return files.has(path.replace(/^\/+/, ''));
}

/** Page#destination for a page at `url`: `/a/` → `a/index.html`, `/info` → `info.html`. */
export function outputPathFor(url: string, outputExt = '.html'): string {
  let p = decodeURIComponentSafe(url).replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) p += 'index';
  return p.endsWith(outputExt) ? p : p + outputExt;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
