// Where a URL is written: Document#destination and Page#destination (jekyll/document.rb, jekyll/page.rb).
import { KyllError } from '../errors/index.js';
import { unescapePath, unescapesToUtf8 } from './escape.js';
import { extname } from './permalink.js';
import { markdownExtList } from '../config/markdown-ext.js';

/**
 * The output path, relative to the destination, of a document (`page: false`)
 * or page (`page: true`) at `url`. The URL is unescaped; a trailing slash means
 * `index.html` (a page gets `index` + its output extension); otherwise the
 * output extension is appended unless the path already ends with it.
 */
export function urlToOutputPath(url: string, outputExt: string, options: { page?: boolean } = {}): string {
  let path = urlDestination(url);
  if (url.endsWith('/')) {
    path = options.page ? joinPath(path, 'index') : joinPath(path, 'index.html');
    if (options.page && !path.endsWith(outputExt)) path += outputExt;
    return path;
  }
  if (!path.endsWith(outputExt)) path += outputExt;
  return path;
}

// An empty, `.` or `..` segment (a leading slash aside).
const ODD_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/**
 * `site.in_dest_dir(dest, URL.unescape_path(url))` relative to dest, as Page, Document and StaticFile
 * #destination write it: `%XX` decoded (`a%20b` → `a b`, `%2F` → a folder), then
 * Jekyll.sanitized_path, whose File.expand_path(path, "/") drops empty and `.` segments and lets `..`
 * climb (`/a/x/../y` → `a/y`), never above the destination.
 */
export function urlDestination(url: string): string {
  const path = unescapePath(url);
  // `/a/b.html` and `/a/b/`: only the slashes at either end go.
  if (path.charCodeAt(0) === 0x2f && !ODD_SEGMENT.test(path)) return path.slice(1, path.endsWith('/') ? -1 : undefined);
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') kept.pop();
    else if (segment !== '' && segment !== '.') kept.push(segment);
  }
  return kept.join('/');
}

function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/**
 * The extension Jekyll writes for a source extension (Renderer#converter_output_ext):
 * Markdown (`markdown_ext`) → `.html`, Sass → `.css`, anything else unchanged (CoffeeScript too: Jekyll
 * 4.3 has no converter for it without the jekyll-coffeescript gem, so `.coffee` stays `.coffee`).
 * A permalink with an extension overrides it (Renderer#output_ext).
 */
export function outputExtFor(ext: string, markdownExt = 'markdown,mkdown,mkdn,mkd,md', permalink?: string | null): string {
  if (permalink && !permalink.endsWith('/')) {
    const fromPermalink = extname(permalink);
    if (fromPermalink !== '') return fromPermalink;
  }
  const lower = ext.toLowerCase();
  if (markdownExtList(markdownExt).includes(lower)) return '.html';
  if (lower === '.scss' || lower === '.sass') return '.css';
  return ext;
}

/** `{ destinationError }` when `url` has no place in the destination (destinationErrorFor), else `{}`. */
export function withDestinationError(url: string, file: string): { destinationError?: Error } {
  const destinationError = destinationErrorFor(url, file);
  return destinationError ? { destinationError } : {};
}

/**
 * Why `url` has no place in the destination, or undefined: Addressable's unencode turns each `%XX`
 * into its byte, and when those bytes are not UTF-8 (a WordPress upload named `%C5%F2.png`),
 * Jekyll.sanitized_path's `squeeze!` raises Ruby's ArgumentError once Site#cleanup asks where the
 * file goes, after the render: the build stops there (render/render-site.ts).
 */
export function destinationErrorFor(url: string, file: string): KyllError | undefined {
  // A NUL byte (`%00`, or one in a permalink) stops File.expand_path in the same place, first.
  if (url.includes('\0') || (url.includes('%00') && unescapePath(url).includes('\0'))) {
    return new KyllError('INVALID_PERMALINK', `path name contains null byte (ArgumentError): the URL ${url.replace(/\0/g, '\\0')} of ${file} unescapes to a NUL byte`, { file }, {
      hint: 'no file name can hold a NUL byte: take the %00 (or \\0) out of the permalink or the file name',
    });
  }
  if (unescapesToUtf8(url)) return undefined;
  return new KyllError('INVALID_ENCODING', `invalid byte sequence in UTF-8 (ArgumentError): the URL ${url} of ${file} unescapes to bytes that are not UTF-8`, { file }, {
    hint: "Jekyll writes a file at its URL with each %XX decoded to a byte; rename the file (or change its permalink) so that its %XX escapes spell UTF-8, or use %25 for a literal '%'",
  });
}
