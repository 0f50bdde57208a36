import { memorySource, renderSite } from '../../lib/index.js';
import { sitemapPlugin } from '../../lib/plugins/sitemap/index.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data } from '../../lib/types.js';
import { config, fixture, page, pluginContext, site, utc } from './helpers.js';

const cfg = config({ url: 'https://plugins.example.com', baseurl: '/site' });

function generated(pages = [page('index.md', '/')]) {
  return sitemapPlugin.generate!(pluginContext(site(cfg, { pages }))).pages ?? [];
}

describe('jekyll-sitemap', () => {
  test('sitemap.xml and robots.txt, unless the site has them', () => {
    expect(generated().map((p) => p.url)).toEqual(['/sitemap.xml', '/robots.txt']);
    expect(generated([page('robots.txt', '/robots.txt')]).map((p) => p.url)).toEqual(['/sitemap.xml']);
  });

  test('robots.txt is the gem\'s Liquid template, rendered in its turn among the pages (no layout)', async () => {
    const robots = generated()[1]!;
    expect(robots.render).toBeUndefined();
    expect(robots.content).toBe('Sitemap: {{ "sitemap.xml" | absolute_url }}\n');
    expect(robots.data).toEqual({ layout: null });
    const result = await renderSite({
      source: memorySource({ '_config.yml': 'url: https://plugins.example.com\nbaseurl: /site\nplugins: [jekyll-sitemap]\n', 'index.md': '---\n---\nhi\n' }),
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(result.files.find((f) => f.path === 'robots.txt')?.contents).toBe('Sitemap: https://plugins.example.com/site/sitemap.xml\n');
  });

  // Checked with Jekyll 4.3.1: a `txt` in markdown_ext makes the gem's robots.txt a Markdown page
  // (Page#output_ext from its converter): written as robots.html, converted, and listed so.
  test('markdown_ext with txt: robots.html', async () => {
    const result = await renderSite({
      source: memorySource({ '_config.yml': 'url: https://plugins.example.com\nbaseurl: /site\nplugins: [jekyll-sitemap]\nmarkdown_ext: md,txt\n', 'index.md': '---\n---\nhi\n' }),
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(result.files.map((f) => f.path).sort()).toEqual(['index.html', 'robots.html', 'sitemap.xml']);
    expect(result.files.find((f) => f.path === 'robots.html')?.contents).toBe('<p>Sitemap: https://plugins.example.com/site/sitemap.xml</p>\n');
    expect(String(result.files.find((f) => f.path === 'sitemap.xml')?.contents)).toContain('<loc>https://plugins.example.com/site/robots.html</loc>');
  });

  // Checked with Jekyll 4.3.1: the templates' date_to_xmlschema (and jekyll-seo-tag's) raises on a
  // last_modified_at that is no date, a Liquid Exception in the page that reads it.
  test.each([
    ['jekyll-sitemap', "Liquid Exception: Invalid Date: '\"yesterday\"' is not a valid datetime. in sitemap.xml"],
    ['jekyll-feed', "Liquid Exception: Invalid Date: '\"yesterday\"' is not a valid datetime. in feed.xml"],
    ['jekyll-seo-tag', "Liquid Exception: Invalid Date: '\"yesterday\"' is not a valid datetime. in (memory)/_layouts/default.html"],
  ])('%s: last_modified_at: yesterday stops the build', async (plugin, message) => {
    const source = memorySource({
      '_config.yml': `url: https://plugins.example.com\nplugins: [${plugin}]\n`,
      '_layouts/default.html': plugin === 'jekyll-seo-tag' ? '{% seo %}{{ content }}' : '{{ content }}',
      '_posts/2024-01-01-p.md': '---\ntitle: P\nlayout: default\nlast_modified_at: yesterday\n---\nx\n',
      '_posts/2024-01-02-q.md': '---\ntitle: Q\nlast_modified_at: ""\n---\nx\n',
    });
    const build = renderSite({ source, env: { SOURCE_DATE_EPOCH: '1767225600' } });
    await expect(build).rejects.toThrow(message);
  });

  // The plugins-feed-seo-sitemap conformance site, as SiteDrop shows it.
  test('documents of output collections, then html pages; sitemap: false and 404 left out', () => {
    const doc = (url: string, date: string, extra: Data = {}): Data => ({ url, date: utc(date), ...extra });
    const siteDrop: Data = {
      collections: [
        { label: 'docs', output: true, docs: [doc('/docs/install.html', '2022-02-02T10:00:00Z'), doc('/docs/usage.html', '2026-01-01T00:00:00Z')] },
        {
          label: 'posts',
          output: true,
          docs: [
            doc('/news/2022/01/10/hello.html', '2022-01-10T00:00:00Z'),
            doc('/reviews/2022/02/11/ampersands.html', '2022-02-11T00:00:00Z'),
            doc('/news/2022/03/12/excerpt.html', '2022-03-12T00:00:00Z'),
            doc('/2022/04/13/modified.html', '2022-04-13T00:00:00Z', { last_modified_at: utc('2022-05-01T12:00:00Z') }),
            doc('/2022/05/14/author-object.html', '2022-05-14T00:00:00Z'),
            doc('/news/2022/06/15/unicode.html', '2022-06-15T00:00:00Z'),
          ],
        },
        { label: 'drafts', output: false, docs: [doc('/never.html', '2022-01-01T00:00:00Z')] },
      ],
      html_pages: [
        { url: '/404.html', title: 'Not found' },
        { url: '/about.html', last_modified_at: utc('2023-05-06T07:08:09Z') },
        { url: '/excluded.html', sitemap: false },
        { url: '/private/hidden.html', sitemap: false },
        { url: '/index.html' },
        { url: '/no-title-seo.html' },
      ],
      static_files: [{ path: '/assets/site.css', extname: '.css', name: 'site.css' }],
    };
    const view = { posts: [], pages: [], documents: [], siteDrop, urls: [] };
    expect(generated()[0]!.render!(view)).toBe(fixture('showcase-sitemap.xml'));
  });

  // From a Jekyll run: a YAML date (Ruby's Date) is midnight in the site zone.
  test('last_modified_at given as a YAML date, in Asia/Shanghai', () => {
    const shanghai = site(config({ timezone: 'Asia/Shanghai' }));
    const sm = sitemapPlugin.generate!(pluginContext(shanghai)).pages![0]!;
    const siteDrop: Data = {
      collections: [{ label: 'posts', output: true, docs: [{ url: '/solo/2023/02/03/second.html', date: new JekyllTime(Date.parse('2023-02-02T16:00:00Z'), 28800), last_modified_at: new RubyDate(2023, 3, 1) }] }],
      html_pages: [],
      static_files: [],
    };
    expect(sm.render!({ posts: [], pages: [], documents: [], siteDrop, urls: [] })).toContain(
      '<loc>/solo/2023/02/03/second.html</loc>\n<lastmod>2023-03-01T00:00:00+08:00</lastmod>\n',
    );
  });

  test('static .html and .pdf files with their modification time', () => {
    const siteDrop: Data = {
      collections: [],
      html_pages: [],
      static_files: [
        { path: '/doc.pdf', extname: '.pdf', name: 'doc.pdf', modified_time: utc('2026-01-01T00:00:00Z') },
        { path: '/404.html', extname: '.html', name: '404.html', modified_time: utc('2026-01-01T00:00:00Z') },
        { path: '/a/index.html', extname: '.html', name: 'index.html', modified_time: utc('2025-01-01T00:00:00Z'), sitemap: false },
      ],
    };
    const out = generated()[0]!.render!({ posts: [], pages: [], documents: [], siteDrop, urls: [] });
    expect(out).toContain('<url>\n<loc>https://plugins.example.com/site/doc.pdf</loc>\n<lastmod>2026-01-01T00:00:00+00:00</lastmod>\n</url>\n</urlset>\n');
    expect(out).not.toContain('404');
  });
});
