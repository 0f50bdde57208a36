// Where a plugin's PageWithoutAFile.new(site, base, "", name) is written (jekyll-feed's feeds,
// jekyll-sitemap's sitemap.xml and robots.txt). Such a page sets no permalink of its own, but
// Page#initialize gives its data the front matter defaults of its relative path and type `pages`
// (a default_proc): a default `permalink` (`/:path/:basename/` for every page) is its permalink
// too, and Page#url and Page#destination follow it: `/feed/`, written as feed/index.xml.
import { defaultsFor } from '../../config/front-matter-defaults.js';
import { extname, outputExtFor, pageUrl, urlToOutputPath } from '../../url/index.js';
import type { SiteConfig } from '../../types.js';

export interface PageWithoutAFileUrl {
  readonly url: string;
  readonly outputPath: string;
  /** Its output extension (Renderer#output_ext: the permalink's, when it names one). */
  readonly outputExt: string;
}

/**
 * The URL and output path the front matter defaults give a PageWithoutAFile named `name` (its path
 * as the plugin gives it: `feed.xml`, `/feed/atom.xml`); undefined when they give no permalink
 * (the page keeps the URL its plugin computes from `/:path/:basename:output_ext`).
 */
export function defaultsPermalinkUrl(config: SiteConfig, name: string): PageWithoutAFileUrl | undefined {
  const relativePath = name.replace(/^\/+/, '');
  const permalink = defaultsFor(config, relativePath, 'pages').permalink;
  if (permalink == null || permalink === false) return undefined;
  // Page#process: the name's extension, and the rest without trailing dots as the basename.
  const ext = extname(name);
  const basename = name.slice(0, name.length - ext.length).replace(/\.+$/, '');
  const outputExt = outputExtFor(ext, config.markdown_ext, String(permalink));
  const url = pageUrl({ dir: '', basename, outputExt, permalink, permalinkStyle: String(config.permalink ?? 'date') });
  return { url, outputPath: urlToOutputPath(url, outputExt, { page: true }), outputExt };
}

/**
 * Page#url and #destination of a PageWithoutAFile named `name` at the root: the defaults'
 * permalink, else `/:path/:basename:output_ext`, whose extension is its converter's (a `.txt`
 * listed in markdown_ext is Markdown: robots.txt is written as robots.html).
 */
export function pageWithoutAFileUrl(config: SiteConfig, name: string): PageWithoutAFileUrl {
  const byDefaults = defaultsPermalinkUrl(config, name);
  if (byDefaults) return byDefaults;
  const ext = extname(name);
  const basename = name.slice(0, name.length - ext.length).replace(/\.+$/, '');
  const outputExt = outputExtFor(ext, config.markdown_ext, undefined);
  const url = pageUrl({ dir: '', basename, outputExt, permalinkStyle: String(config.permalink ?? 'date') });
  return { url, outputPath: urlToOutputPath(url, outputExt, { page: true }), outputExt };
}
