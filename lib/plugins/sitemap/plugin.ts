// jekyll-sitemap 1.4.0: sitemap.xml and robots.txt unless the site has its own
// (lib/jekyll/jekyll-sitemap.rb#generate, lib/sitemap.xml, lib/robots.txt).
import type { Data, Site } from '../../types.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext, RenderedSiteView } from '../plugin.js';
import { dateToXmlSchema } from '../shared/dates.js';
import { defaultsPermalinkUrl, pageWithoutAFileUrl } from '../shared/page-without-a-file.js';
import { xmlEscape } from '../shared/text.js';
import { absoluteUrl } from '../../url/jekyll-url.js';
import { markLiquidViews } from '../../values/document-drop-mark.js';
import { liquidDefault, prop, toS, truthy } from '../shared/values.js';
import { SITEMAP_TEMPLATE } from './template-text.js';
import { failureInPage } from '../../liquid/errors.js';

const ROBOTS_TEMPLATE = 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n';

const INCLUDED_EXTENSIONS = ['.htm', '.html', '.xhtml', '.pdf'];

// jekyll-sitemap.rb#pages_and_files (`@pages_and_files ||= @site.pages + @site.static_files`):
// their URLs, memoized by the generator (the first language's in jekyll-polyglot's later ones).
function pagesAndFiles(ctx: PluginContext): ReadonlySet<string> {
  const urls = (site: Site): Set<string> => new Set([...site.pages.map((p) => p.url), ...site.staticFiles.map((f) => f.url)]);
  return ctx.keep ? ctx.keep('jekyll-sitemap:pages_and_files', () => urls(ctx.site)) : urls(ctx.site);
}

function asList(v: unknown): Data[] {
  return Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Data[]) : [];
}

/** `{{ x.url | replace:'/index.html','/' | absolute_url | xml_escape }}` */
function loc(url: unknown, abs: (s: string) => string): string {
  return xmlEscape(abs(toS(url).split('/index.html').join('/')));
}

/** `cachedUrl`: the absolute_url filter through the build's Site#filter_cache (the gem's template calls the filter). */
export function renderSitemap(view: Pick<RenderedSiteView, 'siteDrop'>, site: Site, xsl: boolean, cachedUrl?: (s: string) => string): string {
  const abs = cachedUrl ?? ((s: string): string => absoluteUrl(s, site.config));
  const zone = site.config.timezone;
  const drop = view.siteDrop;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (xsl) out += `<?xml-stylesheet type="text/xsl" href="${abs('/sitemap.xsl')}"?>\n`;
  out +=
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  // Collections in SiteDrop#collections order (sorted by label), output != false.
  const collections = asList(prop(drop, 'collections')).filter((c) => prop(c, 'output') !== false);
  for (const collection of collections) {
    for (const doc of asList(prop(collection, 'docs')).filter((d) => prop(d, 'sitemap') !== false)) {
      out += `<url>\n<loc>${loc(prop(doc, 'url'), abs)}</loc>\n`;
      const modified = prop(doc, 'last_modified_at');
      const date = prop(doc, 'date');
      if (truthy(modified) || truthy(date))
        out += `<lastmod>${dateToXmlSchema(liquidDefault(modified, date), zone)}</lastmod>\n`;
      out += '</url>\n';
    }
  }
  const pages = asList(prop(drop, 'html_pages')).filter((p) => prop(p, 'sitemap') !== false && prop(p, 'url') !== '/404.html');
  for (const page of pages) {
    out += `<url>\n<loc>${loc(prop(page, 'url'), abs)}</loc>\n`;
    const modified = prop(page, 'last_modified_at');
    if (truthy(modified)) out += `<lastmod>${dateToXmlSchema(modified, zone)}</lastmod>\n`;
    out += '</url>\n';
  }
  const files = asList(prop(drop, 'static_files')).filter(
    (f) => INCLUDED_EXTENSIONS.includes(toS(prop(f, 'extname'))) && prop(f, 'sitemap') !== false && prop(f, 'name') !== '404.html',
  );
  for (const file of files) {
    out += `<url>\n<loc>${loc(prop(file, 'path'), abs)}</loc>\n`;
    out += `<lastmod>${dateToXmlSchema(prop(file, 'modified_time'), zone)}</lastmod>\n</url>\n`;
  }
  return `${out}</urlset>\n`;
}

/** `static_files.map(&:to_liquid)`: the site's static files with an extension the sitemap lists, as drops. */
function sitemapStaticFiles(siteDrop: Data): unknown[] {
  const files = asList(prop(siteDrop, 'static_files')).filter((f) => INCLUDED_EXTENSIONS.includes(toS(prop(f, 'extname'))));
  return markLiquidViews(files, () => true);
}

function generateSitemap(ctx: PluginContext): GeneratorResult {
  const { site } = ctx;
  const pages: GeneratedPage[] = [];
  // jekyll-sitemap.rb#file_exists?: a page or static file already has the URL.
  const taken = pagesAndFiles(ctx);
  if (!taken.has('/sitemap.xml')) {
    const xsl = taken.has('/sitemap.xsl');
    // A `permalink` from the front matter defaults is its permalink (shared/page-without-a-file.ts).
    const byDefaults = defaultsPermalinkUrl(site.config, 'sitemap.xml');
    pages.push({
      relativePath: 'sitemap.xml',
      url: byDefaults?.url ?? '/sitemap.xml',
      outputPath: byDefaults?.outputPath ?? 'sitemap.xml',
      ext: '.xml',
      rubyClass: 'Jekyll::PageWithoutAFile',
      // jekyll-sitemap.rb#sitemap: data layout, static_files (the drops of the .html, .pdf...
      // static files, filled in below once the drops exist), xsl
      data: { ...ctx.initPage?.({ relativePath: 'sitemap.xml', url: '/sitemap.xml', data: {}, content: '' }), layout: null, static_files: [], xsl },
      pageFor: (siteDrop) => ({ static_files: sitemapStaticFiles(siteDrop) }),
      // its content until it renders in its turn: the pages rendered before it see the template
      content: SITEMAP_TEMPLATE,
      render: (view) => {
        try {
          return renderSitemap(view, site, xsl, ctx.absoluteUrl);
        } catch (e) {
          // what the gem's template reads that raises (a page's last_modified_at): "Liquid Exception: ... in sitemap.xml"
          throw failureInPage(e, 'sitemap.xml');
        }
      },
    });
  }
  if (!taken.has('/robots.txt')) {
    // a markdown_ext of `txt` makes it a Markdown page: robots.html
    const { url, outputPath } = pageWithoutAFileUrl(site.config, 'robots.txt');
    pages.push({
      relativePath: 'robots.txt',
      url,
      outputPath,
      ext: '.txt',
      rubyClass: 'Jekyll::PageWithoutAFile',
      // Page#initialize's post_init hooks see {} (read_yaml); the generator then sets layout
      data: { ...ctx.initPage?.({ relativePath: 'robots.txt', url: '/robots.txt', data: {}, content: '' }), layout: null },
      // Rendered with Liquid in its turn among the pages, as the gem's PageWithoutAFile:
      // pages rendered before it see the template as its content, pages after it the output.
      content: ROBOTS_TEMPLATE,
    });
  }
  return { pages };
}

export const sitemapPlugin: KyllPlugin = {
  name: 'jekyll-sitemap',
  generatorClass: 'Jekyll::JekyllSitemap',
  // its Generator's `priority :lowest` (jekyll/jekyll-sitemap.rb): it runs after the others
  priority: 'lowest',
  generate: generateSitemap,
};
