// A plugin converter decides the output extension of the files it converts
// (Renderer#output_ext: a permalink's extension first, else the converters'),
// so a page `notes.textile` converted to HTML is written as `notes.html` (or
// `notes/` with pretty permalinks). Pages and documents are read before the
// plugins are known; their URL and output path are worked out again here.
import type { Document, Site } from '../types.js';
import { extname } from '../url/permalink.js';
import { pageUrl } from '../url/placeholders.js';
import { urlToOutputPath } from '../url/url-to-path.js';
import { mapDocuments } from './hooks.js';
import type { PluginConverter } from './plugin.js';

export function withConverterOutputExts(site: Site, converters: readonly PluginConverter[]): Site {
  if (converters.length === 0) return site;
  return mapDocuments(site, (doc) => {
    const converter = converters.find((c) => c.matches(doc.ext));
    if (!converter) return doc;
    const permalink = doc.data.permalink == null || doc.data.permalink === false ? null : String(doc.data.permalink);
    // A permalink with an extension keeps it.
    if (permalink && !permalink.endsWith('/') && extname(permalink) !== '') return doc;
    const outputExt = converter.outputExt(doc.ext);
    if (outputExt === doc.outputExt) return doc;
    return { ...doc, ...retarget(doc, outputExt, permalink, String(site.config.permalink ?? 'date')) };
  });
}

function retarget(doc: Document, outputExt: string, permalink: string | null, style: string): Pick<Document, 'outputExt' | 'url' | 'outputPath'> {
  if (doc.kind === 'page') {
    const slash = doc.relativePath.lastIndexOf('/');
    const name = doc.relativePath.slice(slash + 1);
    const basename = name.slice(0, name.length - extname(name).length).replace(/\.+$/, '');
    const url = pageUrl({ dir: slash === -1 ? '' : doc.relativePath.slice(0, slash), basename, outputExt, permalink, permalinkStyle: style, where: doc.relativePath });
    return { outputExt, url, outputPath: urlToOutputPath(url, outputExt, { page: true }) };
  }
  // Documents: their URL template ends in :output_ext (or a folder, left as it is).
  const url = doc.url.endsWith(doc.outputExt) ? doc.url.slice(0, doc.url.length - doc.outputExt.length) + outputExt : doc.url;
  return { outputExt, url, outputPath: urlToOutputPath(url, outputExt) };
}
