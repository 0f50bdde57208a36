// "Does this file exist in the source?" as generators ask it before adding a page
// (File.exist?(site.in_source_dir(path)) in jekyll-feed and jekyll-redirect-from).
import type { Site } from '../../types.js';
import type { Source } from '../../source/source.js';

/**
 * File.exist? asks the disk, not the site: a feed.xml with `published: false`, or one
 * left out by `exclude`, still stops jekyll-feed from writing its own. The build's
 * source answers that; without one, the files the site read are the best guess.
 */
export function sourceHas(ctx: { readonly site: Site; readonly source?: Source }): (path: string) => boolean {
  const { source } = ctx;
  // File.exist? is true for a folder too: the source itself for "" (a feed path of ""), blog/ for /blog/
  if (source) {
    return (path) => {
      const p = path.replace(/^\/+/, '');
      const folder = p.replace(/\/+$/, '');
      return folder === '' || source.exists(p) || (source.entries?.(folder) ?? undefined) !== undefined;
    };
  }
  const files = readFiles(ctx.site);
  return (path) => files.has(path.replace(/^\/+/, ''));
}

function readFiles(site: Site): Set<string> {
  const files = new Set<string>();
  for (const p of site.pages) files.add(p.relativePath);
  for (const f of site.staticFiles) files.add(f.relativePath);
  for (const p of site.posts) files.add(p.relativePath);
  for (const c of Object.values(site.collections)) for (const d of c.docs) files.add(d.relativePath);
  return files;
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
