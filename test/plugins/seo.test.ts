import { Liquid } from 'liquidjs';
import { seoPlugin } from '../../lib/plugins/seo/index.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data } from '../../lib/types.js';
import { config, fixture, pluginContext, site, utc } from './helpers.js';

// The plugins-feed-seo-sitemap conformance site's _config.yml.
const showcase = config({
  title: 'Plugin Showcase',
  tagline: 'Feeds, SEO and sitemaps',
  description: 'A small site that exercises jekyll-feed, jekyll-seo-tag and jekyll-sitemap.',
  url: 'https://plugins.example.com',
  baseurl: '/site',
  lang: 'en_GB',
  author: { name: 'Jordan Example', email: 'jordan@example.com', uri: 'https://jordan.example.com' },
  twitter: { username: 'plugsite', card: 'summary_large_image' },
  social: { name: 'Plugin Showcase Org', links: ['https://github.com/plugin-showcase'] },
  logo: '/assets/logo.png',
});

function render(cfg: Data, page: Data, template = '{% seo %}', extra: Data = {}): string {
  const engine = new Liquid();
  const s = site(cfg as never);
  seoPlugin.registerLiquid!(engine, pluginContext(s));
  return engine.parseAndRenderSync(template, { page, site: { ...cfg, time: s.time, data: {} }, jekyll: { version: '4.3.1' }, ...extra });
}

describe('jekyll-seo-tag', () => {
  test('home page: site title with tagline, WebSite with social name and links', () => {
    expect(render(showcase, { url: '/', layout: 'default' })).toBe(fixture('seo-index.html'));
  });

  test('page with description (smart quotes, &), image and last_modified_at', () => {
    const page = {
      layout: 'default',
      title: 'About us',
      description: 'Who we are & what we do — in one "short" sentence.',
      image: '/assets/about-card.png',
      last_modified_at: utc('2023-05-06T07:08:09Z'),
      url: '/about.html',
    };
    expect(render(showcase, page)).toBe(fixture('seo-about.html'));
  });

  test('post: escaped title, excerpt description, article type, author string', () => {
    const page = {
      layout: 'post',
      title: 'Fish & Chips <review> "best"',
      categories: ['reviews'],
      author: 'Sam Writer',
      image: '/assets/fish.jpg',
      date: utc('2022-02-11T00:00:00Z'),
      url: '/reviews/2022/02/11/ampersands.html',
      excerpt: '<p>Special characters in the title: &amp; &lt; &gt; “ ‘.</p>\n',
    };
    expect(render(showcase, page)).toBe(fixture('seo-reviews_2022_02_11_ampersands.html'));
  });

  test('post with an author hash and twitter handle', () => {
    const page = {
      title: 'Author as an object',
      author: { name: 'Kim Object', twitter: 'kimobj' },
      date: utc('2022-05-14T00:00:00Z'),
      url: '/2022/05/14/author-object.html',
      excerpt: '<p>Author given as a hash.</p>\n',
    };
    expect(render(showcase, page)).toBe(fixture('seo-2022_05_14_author-object.html'));
  });

  test('page-level seo: name, type and links', () => {
    const page = {
      title: 'Custom SEO title',
      seo: { name: 'A Named Thing', type: 'Organization', links: ['https://example.org/a', 'https://example.org/b'] },
      url: '/no-title-seo.html',
    };
    expect(render(showcase, page)).toBe(fixture('seo-no-title-seo.html'));
  });

  test('collection document with a date', () => {
    const page = { title: 'Installing', date: utc('2022-02-02T10:00:00Z'), url: '/docs/install.html', collection: 'docs', excerpt: '<p>Install steps.</p>\n' };
    expect(render(showcase, page)).toBe(fixture('seo-docs_install.html'));
  });

  // One engine, one parsed tag, several pages: nothing of a page or of the site is kept from
  // one render to the next (a hook may change site.* between pages).
  test('each render reads its own page and the site as it is then', () => {
    const engine = new Liquid();
    const s = site(showcase as never);
    seoPlugin.registerLiquid!(engine, pluginContext(s));
    const tpl = engine.parse('{% seo %}');
    const siteDrop: Data = { ...showcase, time: s.time, data: {} };
    const renderPage = (page: Data): string => engine.renderSync(tpl, { page, site: siteDrop, jekyll: { version: '4.3.1' } });
    const first = { title: 'First', url: '/first.html', date: utc('2022-02-11T00:00:00Z'), excerpt: '<p>One.</p>\n', author: 'Ann' };
    const second = { title: 'Second', url: '/second.html', date: utc('2023-03-12T01:02:03Z'), description: 'Two', image: '/two.png' };
    const a = renderPage(first);
    expect(renderPage(first)).toBe(a);
    siteDrop.title = 'Renamed';
    siteDrop.logo = '/other-logo.png';
    (siteDrop.twitter as Data) = { username: 'changed' };
    const b = renderPage(second);
    expect(b).toContain('<title>Second | Renamed</title>');
    expect(b).toContain('<meta property="og:site_name" content="Renamed" />');
    expect(b).toContain('<meta name="description" content="Two" />');
    expect(b).toContain('"datePublished":"2023-03-12T01:02:03+00:00"');
    expect(b).toContain('<meta name="author" content="Jordan Example" />');
    expect(b).toContain('<meta property="og:image" content="https://plugins.example.com/site/two.png" />');
    expect(b).toContain('"url":"https://plugins.example.com/site/other-logo.png"');
    expect(b).toContain('<meta name="twitter:site" content="@changed" />');
    expect(b).not.toMatch(/First|One\.|Ann|2022-02-11/);
    expect(renderPage(first)).toBe(a.replaceAll('Plugin Showcase', 'Renamed').replace('/assets/logo.png', '/other-logo.png').replace('@plugsite', '@changed'));
  });

  test('title=false leaves out <title>', () => {
    const out = render(showcase, { url: '/x.html', title: 'X' }, '{% seo title=false %}');
    expect(out).not.toContain('<title>');
    expect(out.startsWith('<!-- Begin Jekyll SEO tag v2.8.0 -->\n<meta name="generator"')).toBe(true);
  });
});

// A Jekyll 4.3.1 run of a small site in Asia/Shanghai without `url`, with
// site.data.authors, facebook, webmaster_verifications and a string `twitter`.
describe('jekyll-seo-tag without url, in Asia/Shanghai', () => {
  const oracle = config({
    title: 'Oracle & Co\'s "Site"',
    name: 'Ignored name',
    description: 'Plain description -- with dashes...',
    timezone: 'Asia/Shanghai',
    twitter: '@stringtwitter',
    facebook: { admins: 'fbadmin', app_id: 1234 },
    webmaster_verifications: { google: 'g-code', bing: 'b-code' },
  });
  const data = { authors: { jdoe: { name: 'John Doe', email: 'jdoe@example.org', twitter: '@jdoe_tw', url: 'https://jdoe.example.org' } } };
  const shanghai = (iso: string): JekyllTime => new JekyllTime(Date.parse(iso), 8 * 3600);

  function renderIn(page: Data, extra: Data = {}): string {
    const engine = new Liquid();
    seoPlugin.registerLiquid!(engine, pluginContext(site(oracle)));
    return engine.parseAndRenderSync('{% seo %}', { page, site: { ...oracle, data }, ...extra });
  }

  test('post: author from site.data.authors, image hash, lang, smart title', () => {
    const page = {
      title: 'It\'s a "quoted" -- title...',
      author: 'jdoe',
      lang: 'fr',
      image: { path: '/img/a b.png', width: 640, height: 480, alt: 'An "alt"' },
      date: shanghai('2023-01-01T16:00:00Z'),
      url: '/2023/01/02/first.html',
      excerpt: '<p>First <em>post</em> with ‘quotes’ &amp; <b>bold</b>.</p>\n',
    };
    expect(renderIn(page)).toBe(fixture('oracle-seo-2023_01_02_first.html'));
  });

  test('page without title: site title and description, page twitter card', () => {
    const page = { twitter: { card: 'summary' }, image: '/about.png', url: '/about.html' };
    expect(renderIn(page)).toBe(fixture('oracle-seo-about.html'));
  });

  test('paginated index on its first page', () => {
    const paginator = { page: 1, per_page: 2, total_pages: 1, previous_page: null, next_page: null };
    expect(renderIn({ title: 'Blog', url: '/blog/' }, { paginator })).toBe(fixture('oracle-seo-blog_index.html'));
  });

  test('later pages of a paginator get "Page n of m for" and prev/next links', () => {
    const paginator = { page: 2, total_pages: 3, previous_page: 1, previous_page_path: '/blog/', next_page: 3, next_page_path: '/blog/page3/' };
    const out = renderIn({ title: 'Blog', url: '/blog/page2/' }, { paginator });
    expect(out).toContain('<title>Page 2 of 3 for Blog | Oracle &amp; Co’s “Site”</title>\n');
    expect(out).toContain('<link rel="prev" href="/blog/" />\n<link rel="next" href="/blog/page3/" />\n');
  });

  // Checked with Jekyll 4.3.1: "Liquid Exception: no implicit conversion of nil into String in _layouts/default.html"
  test('a later pager with no page or site title fails as drop.rb#title adds nil to the page number', () => {
    const paginator = { page: 2, total_pages: 3, previous_page: 1, previous_page_path: '/', next_page: 3, next_page_path: '/page3/' };
    const untitled = config({ url: 'https://plugins.example.com' });
    expect(() => render(untitled, { url: '/page2/' }, '{% seo %}', { paginator })).toThrow('no implicit conversion of nil into String');
    expect(render(untitled, { url: '/' }, '{% seo %}', { paginator: { ...paginator, page: 1 } })).not.toContain('<title>');
    expect(render(untitled, { url: '/page2/', title: 'Blog' }, '{% seo %}', { paginator })).toContain('<title>Page 2 of 3 for Blog</title>');
  });

  // Checked with Jekyll 4.3.1: "Liquid Exception: Can't convert Integer into String. in _layouts/default.html"
  test('an image path or a logo that is not a String fails as Addressable fails on it', () => {
    expect(() => render(showcase, { url: '/a.html', image: { path: 42 } })).toThrow("Can't convert Integer into String.");
    expect(() => render(showcase, { url: '/a.html', image: { facebook: ['x.png'] } })).toThrow("Can't convert Array into String.");
    expect(() => render({ ...showcase, logo: true }, { url: '/a.html' })).toThrow("Can't convert TrueClass into String.");
    expect(render(showcase, { url: '/a.html', image: 42 })).not.toContain('og:image');
  });

  // Checked with Jekyll 4.3.1 (`data:` in _config.yml is what SiteDrop#data gives, site.rb#site_data):
  // "Liquid Exception: no implicit conversion of String into Integer in _layouts/default.html" for `data: [1, 2]`
  // and `data: 0`; "undefined method `[]' for true:TrueClass return {} unless site.data["authors"].is_a?(Hash) ^^^^^^^^^^^"
  test('a string author fails where site.data is a value with no ["authors"] (author_drop.rb#site_data_hash)', () => {
    const withData = (data: unknown): Data => ({ site: { ...showcase, author: 'jo', data } });
    const seo = (data: unknown): string => render(showcase, { url: '/a.html' }, '{% seo %}', withData(data));
    expect(() => seo([1, 2])).toThrow('no implicit conversion of String into Integer');
    expect(() => seo(0)).toThrow('no implicit conversion of String into Integer');
    expect(() => seo(true)).toThrow("undefined method `[]' for true:TrueClass return {} unless site.data[\"authors\"].is_a?(Hash) ^^^^^^^^^^^");
    expect(() => seo(1.5)).toThrow("undefined method `[]' for 1.5:Float");
    expect(seo('authors here')).toContain('<meta name="author" content="jo" />');
    expect(seo({ authors: { jo: { name: 'Jo Config' } } })).toContain('<meta name="author" content="Jo Config" />');
  });

  // Checked with Jekyll 4.3.1 (scripts/fuzz-config.mjs, `lang: 123` on the news-blog fixture):
  // "Liquid Exception: undefined method `tr' for 123:Integer ... in _layouts/base.html"
  test('a lang or locale that is not a String fails as String#tr is missing (drop.rb#page_locale)', () => {
    expect(() => render({ ...showcase, lang: 123 }, { url: '/a.html' })).toThrow("undefined method `tr' for 123:Integer");
    expect(() => render(showcase, { url: '/a.html', locale: ['en'] })).toThrow("undefined method `tr' for [\"en\"]:Array");
    expect(render({ ...showcase, lang: false }, { url: '/a.html', lang: null })).toContain('content="en_US"');
  });
});

// Checked with Jekyll 4.3.1: `site.twitter.username | remove:'@'` reads the value's to_s, an Array's inspect.
describe('jekyll-seo-tag: twitter:site of a list', () => {
  test('is the list as Ruby shows it, without its @', () => {
    const html = render({ ...showcase, twitter: { username: ['a', '@b'] } }, { url: '/a.html' });
    expect(html).toContain('<meta name="twitter:site" content="@["a", "b"]" />');
  });
});

// Checked with Jekyll 4.3.1: drop.rb#canonical_url gives a front matter canonical_url whose to_s is
// not empty as it is; the template prints a list joined, the JSON-LD keeps it a list.
describe('jekyll-seo-tag: a canonical_url that is not text', () => {
  test.each([
    [['a', 'b&'], 'ab&', '["a","b&"]'],
    [5, '5', '5'],
    [[], '', '[]'],
  ])('%j', (canonical, printed, json) => {
    const html = render(showcase, { url: '/a.html', canonical_url: canonical });
    expect(html).toContain(`<link rel="canonical" href="${printed}" />`);
    expect(html).toContain(`"url":${json}`);
  });
});
