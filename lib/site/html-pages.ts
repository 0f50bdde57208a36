// SiteDrop#html_pages (jekyll/drops/site_drop.rb): the pages whose output is HTML
// (Page#html?), or else whose URL ends in `/`, selected when a template first asks
// (`@site_html_pages ||=`). A page whose URL cannot be made fails that template, not the build's start.
import type { Data } from '../types.js';
import { permalinkExt } from '../url/permalink.js';
import { outputExtFor } from '../url/url-to-path.js';

type Drop = Data;

const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm']);

/** A generated page's Page#ext, kept on its drop out of Liquid's sight (its name may not show it: an Archive's `name` drops it). */
export const PAGE_EXT = Symbol('kyll.pageExt');

/** Puts a generated page's own extension on its drop, for site.html_pages. */
export function setPageExt(drop: Drop, ext: string): void {
  Object.defineProperty(drop, PAGE_EXT, { value: ext, enumerable: false, configurable: true });
}

/** Defines `site.html_pages` on `siteDrop`, chosen from `pages` when first read (a selection that raises is made again next time, as `||=`). */
export function lazyHtmlPages(siteDrop: Drop, pages: readonly Drop[], markdownExt: unknown): void {
  let chosen: Drop[] | undefined;
  Object.defineProperty(siteDrop, 'html_pages', {
    enumerable: true,
    configurable: true,
    get: () => (chosen ??= pages.filter((p) => isHtmlPage(p, markdownExt))),
    set: (v: Drop[]) => void (chosen = v),
  });
}

/** `page.html? || page.url.end_with?("/")`: the output extension first, the URL only when that is no HTML. */
export function isHtmlPage(p: Drop, markdownExt: unknown): boolean {
  const urlEndsInSlash = (): boolean => String(p.url ?? '').endsWith('/');
  // Renderer#permalink_ext calls end_with? on the permalink: one that is no string raises there,
  // which is the page's URL error (read/permalink-value.ts), raised by reading its url.
  if (p.permalink != null && p.permalink !== false && typeof p.permalink !== 'string') return urlEndsInSlash();
  const permalink = typeof p.permalink === 'string' && !p.permalink.endsWith('/') ? p.permalink : '';
  // Renderer#output_ext: a permalink's own extension wins over the converter's (page.rb's
  // HTML_EXTENSIONS), so `/feed.aspx` or `/.well-known/security.txt` is no HTML page.
  const own = permalinkExt(permalink);
  if (own !== undefined) return HTML_EXTENSIONS.has(own) || urlEndsInSlash();
  // Page#html? reads the output extension: a page without one (jekyll-paginate-v2's pages named
  // ".html", ext "") is no HTML page at an .html URL, unless its permalink gives one.
  const name = String(p.name ?? '');
  const known = (p as { [PAGE_EXT]?: unknown })[PAGE_EXT];
  const ext = typeof known === 'string' ? known : typeof p.ext === 'string' ? p.ext : /^\.*[^.]+$/.test(name) ? '' : undefined;
  if (ext === '') return urlEndsInSlash();
  // Renderer#converter_output_ext: Markdown only for the extensions markdown_ext lists.
  const nameExt = typeof known === 'string' ? known : (/\.[^.]*$/.exec(name)?.[0] ?? '');
  if (HTML_EXTENSIONS.has(outputExtFor(nameExt, typeof markdownExt === 'string' ? markdownExt : undefined))) return true;
  const url = String(p.url ?? '');
  return url.endsWith('/') || /\.(html?|xhtml)$/.test(url);
}
