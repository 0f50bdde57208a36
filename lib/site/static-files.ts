// Static files: copied as they are (static_file.rb). Outside collections the
// URL is the source path itself (trailing dots of the stem dropped); inside an output
// collection it follows the collection's permalink with the file's own extension.
// Either way the file is written at the unescaped URL (StaticFile#destination), so a
// plain `a%20b.txt` is written as `a b.txt`.
import { defaultsFor } from '../config/front-matter-defaults.js';
import { belowCollectionsDir } from '../read/parse-document.js';
import type { Source } from '../source/source.js';
import type { Site, SiteConfig, StaticFile } from '../types.js';
import { basenameWithoutExt, cleanedRelativePath, collectionUrlTemplate, extname, fillPageTemplate, sanitizeUrl, urlDestination, withDestinationError } from '../url/index.js';

export function plainStaticFile(source: Source, relativePath: string, config: SiteConfig): StaticFile {
  // StaticFile#url outside a collection: cleaned_relative_path + extname, not escaped.
  const url = `/${cleanedRelativePath(relativePath, '')}${extname(relativePath)}`;
  const data = defaultsFor(config, relativePath, 'static_files');
  const defaults = url.slice(1) === relativePath ? data : defaultsFor(config, url, 'static_files');
  return {
    relativePath,
    outputPath: writable(defaults) ? urlDestination(url) : '',
    url,
    collection: null,
    mtime: source.mtime(relativePath),
    data,
    ...withDestinationError(url, relativePath),
  };
}

/** A file without front matter in `_<label>/`; written only when the collection is output. */
export function collectionStaticFile(source: Source, relativePath: string, label: string, output: boolean, config: SiteConfig): StaticFile {
  const dirStart = relativePath.indexOf(`_${label}/`);
  const collectionDir = relativePath.slice(0, dirStart + label.length + 1);
  const ext = extname(relativePath);
  // StaticFile#placeholders and #url: the template filled, trailing slash dropped, extension added.
  const template = collectionUrlTemplate(config.collections[label] ?? {}, String(config.permalink ?? 'date'));
  // Filled for every collection, written or not (StaticFile#write? reads #defaults, which reads #url),
  // so a name Addressable refuses stops the build.
  const filled = fillPageTemplate(template, {
    collection: label,
    path: cleanedRelativePath(relativePath, collectionDir),
    output_ext: '',
    name: basenameWithoutExt(relativePath),
    title: '',
  }, relativePath);
  const url = `${sanitizeUrl(filled).replace(/\/$/, '')}${ext}`;
  const written = output && writable(defaultsFor(config, url, label));
  return {
    relativePath,
    outputPath: written ? urlDestination(url) : '',
    // StaticFile#url follows the template whether or not the collection is written: jekyll-readme-index
    // (a README's folder) and jekyll-relative-links read it. (Liquid shows no url: StaticFileDrop has none.)
    url,
    collection: label,
    mtime: source.mtime(relativePath),
    // StaticFile#data: defaults by relative_path, which starts at `_label` (below collections_dir).
    data: defaultsFor(config, belowCollectionsDir(relativePath, config), label),
    ...(output ? withDestinationError(url, relativePath) : {}),
  };
}

// StaticFile#write?: `defaults.fetch("published", true)`, where #defaults are the front matter
// defaults for the file's URL (not its path): a `published` default of false or nil keeps it unwritten.
function writable(defaults: Record<string, unknown>): boolean {
  return !('published' in defaults) || (defaults.published !== false && defaults.published != null);
}

/**
 * The static files a build writes: site.static_files, then each collection's own static files
 * that a plugin took out of site.static_files (jekyll-optional-front-matter's and
 * jekyll-readme-index's `remove_originals`). Site#each_site_file writes those through
 * docs_to_write, since Site#documents holds every collection's `files` (site.rb#documents).
 */
export function staticFilesToWrite(site: Pick<Site, 'staticFiles' | 'collections'>): readonly StaticFile[] {
  const dropped = collectionFilesDropped(site);
  return dropped.length === 0 ? site.staticFiles : [...site.staticFiles, ...dropped];
}

/** A collection's static files no longer in site.static_files (a plugin removed them). */
export function collectionFilesDropped(site: Pick<Site, 'staticFiles' | 'collections'>): StaticFile[] {
  const dropped: StaticFile[] = [];
  let listed: Set<string> | undefined;
  for (const c of Object.values(site.collections)) {
    if (c.files.length === 0) continue;
    listed ??= new Set(site.staticFiles.filter((f) => f.collection !== null).map(collectionFileKey));
    for (const f of c.files) if (!listed.has(collectionFileKey(f))) dropped.push(f);
  }
  return dropped;
}

/** A collection's static file, the same whichever copy of the record a plugin kept. */
export function collectionFileKey(f: StaticFile): string {
  return `${f.collection}\0${f.relativePath}`;
}
