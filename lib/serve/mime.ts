// Content-Type for a served file. Jekyll's servlet takes types from its vendored
// mime-db table and adds `charset=<encoding>` to those mime-db marks as text
// (Jekyll::Commands::Serve::Servlet#conditionally_inject_charset); the mime-types
// package reads the same mime-db table, so the types and charsets agree.
import mime from 'mime-types';

/**
 * The Content-Type header for a file name; `application/octet-stream` when the extension is
 * unknown (WEBrick's default). The charset is the site's `encoding:` as written (a GBK site's
 * pages are GBK), Jekyll's default `utf-8` without one.
 */
export function contentType(fileName: string, encoding = 'utf-8'): string {
  const type = mime.lookup(fileName);
  if (!type) return 'application/octet-stream';
  return mime.charset(type) ? `${type}; charset=${encoding}` : type;
}

export function isHtml(type: string): boolean {
  return type.startsWith('text/html');
}
