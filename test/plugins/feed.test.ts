import { Liquid } from 'liquidjs';
import { feedPlugin } from '../../lib/plugins/feed/index.js';
import type { GeneratedPage, RenderedSiteView } from '../../lib/plugins/plugin.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data } from '../../lib/types.js';
import { config, fixture, pluginContext, post, site, utc } from './helpers.js';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const showcaseConfig = config({
  title: 'Plugin Showcase',
  description: 'A small site that exercises jekyll-feed, jekyll-seo-tag and jekyll-sitemap.',
  url: 'https://plugins.example.com',
  baseurl: '/site',
  lang: 'en_GB',
  author: { name: 'Jordan Example', email: 'jordan@example.com', uri: 'https://jordan.example.com' },
  feed: { posts_limit: 4, categories: ['news'], collections: { docs: { path: '/docs-feed.xml' } } },
});

// Rendered drops of the plugins-feed-seo-sitemap conformance site, oldest first.
function drop(url: string, date: string, data: Data, content: string, excerpt: string): Data {
  return { ...data, url, id: url.replace(/\.html$/, ''), date: utc(date), content, excerpt, draft: false, categories: data.categories ?? [], tags: data.tags ?? [] };
}
const showcasePosts: Data[] = [
  drop('/news/2022/01/10/hello.html', '2022-01-10T00:00:00Z', { title: 'Hello, feeds', categories: ['news'], tags: ['intro'] },
    '<p>The first post. It has <em>emphasis</em> and a <a href="/site/about/">relative link</a>.</p>\n\n<p>Second paragraph.</p>\n',
    '<p>The first post. It has <em>emphasis</em> and a <a href="/site/about/">relative link</a>.</p>\n'),
  drop('/reviews/2022/02/11/ampersands.html', '2022-02-11T00:00:00Z', { title: 'Fish & Chips <review> "best"', categories: ['reviews'], author: 'Sam Writer', image: '/assets/fish.jpg' },
    '<p>Special characters in the title: &amp; &lt; &gt; “ ‘.</p>\n', '<p>Special characters in the title: &amp; &lt; &gt; “ ‘.</p>\n'),
  drop('/news/2022/03/12/excerpt.html', '2022-03-12T00:00:00Z', { title: 'Post with an excerpt', categories: ['news'], description: 'A description that wins in SEO.' },
    '<p>Body text that is not the excerpt.</p>\n', 'Hand-written summary for feeds.'),
  drop('/2022/04/13/modified.html', '2022-04-13T00:00:00Z', { title: 'Modified later', last_modified_at: utc('2022-05-01T12:00:00Z'), tags: ['updates', 'news'] },
    '<p>This post has last_modified_at.</p>\n', '<p>This post has last_modified_at.</p>\n'),
  drop('/2022/05/14/author-object.html', '2022-05-14T00:00:00Z', { title: 'Author as an object', author: { name: 'Kim Object', twitter: 'kimobj' } },
    '<p>Author given as a hash.</p>\n', '<p>Author given as a hash.</p>\n'),
  drop('/news/2022/06/15/unicode.html', '2022-06-15T00:00:00Z', { title: 'Unicode: 東京 café ☕', categories: ['news'] },
    '<p>Non-ASCII text: 東京 café ☕.</p>\n', '<p>Non-ASCII text: 東京 café ☕.</p>\n'),
];
const showcaseDocs: Data[] = [
  { ...drop('/docs/install.html', '2022-02-02T10:00:00Z', { title: 'Installing' }, '<p>Install steps.</p>\n', '<p>Install steps.</p>\n'), collection: 'docs' },
  { ...drop('/docs/usage.html', '2026-01-01T00:00:00Z', { title: 'Usage', description: 'Using it.' }, '<p>Usage notes.</p>\n', '<p>Usage notes.</p>\n'), collection: 'docs' },
];

function view(cfg: Data, posts: Data[], docs: Data[] = [], extra: Data = {}): RenderedSiteView {
  const newest = [...posts].reverse();
  return { posts: newest, pages: [], documents: docs, siteDrop: { ...cfg, time: utc('2026-01-01T00:00:00Z'), posts: newest, docs, ...extra }, urls: [] };
}

function feeds(s: ReturnType<typeof site>): GeneratedPage[] {
  return [...(feedPlugin.generate!(pluginContext(s)).pages ?? [])];
}

describe('jekyll-feed', () => {
  const s = site(showcaseConfig);
  const pages = feeds(s);

  test('one feed per collection and configured category, posts last', () => {
    expect(pages.map((p) => p.outputPath)).toEqual(['docs-feed.xml', 'feed/news.xml', 'feed.xml']);
    expect(pages[2]!.data).toMatchObject({ layout: null, sitemap: false, collection: 'posts', category: null });
  });

  const v = view(showcaseConfig, showcasePosts, showcaseDocs);
  test('feed.xml: posts_limit, lang, site author, categories and tags, summaries', () => {
    expect(pages[2]!.render!(v)).toBe(fixture('showcase-feed.xml'));
  });
  test('a category feed', () => {
    expect(pages[1]!.render!(v)).toBe(fixture('showcase-feed-news.xml'));
  });
  test('a collection feed with its own path', () => {
    expect(pages[0]!.render!(v)).toBe(fixture('showcase-docs-feed.xml'));
  });

  // PageWithoutAFile's Page#url and #destination (Jekyll 4.3.1 + jekyll-feed 0.17.0 wrote these): a
  // path ending in `/` has no extension, so the feed is written as feed/index; an `index.html` is `/`.
  test.each([
    ['feed/', '/feed/', 'feed/index'],
    ['index.html', '/', 'index.html'],
    ['/feed/Tech Notes.xml', '/feed/Tech%20Notes.xml', 'feed/Tech Notes.xml'],
  ])('feed.path %j: url %j, written as %j', (path, url, outputPath) => {
    const feed = feeds(site(config({ feed: { path } }))).find((p) => p.data.collection === 'posts')!;
    expect([feed.url, feed.outputPath]).toEqual([url, outputPath]);
  });

  test('feed.disable_in_development skips the feeds only in development (generator.rb)', () => {
    const cfg = { ...showcaseConfig, feed: { ...((showcaseConfig as Data).feed as Data), disable_in_development: true } };
    expect(feedPlugin.generate!(pluginContext(site(cfg), 'development')).pages ?? []).toEqual([]);
    expect((feedPlugin.generate!(pluginContext(site(cfg), 'production')).pages ?? []).length).toBe(3);
  });

  test('{% feed_meta %}', () => {
    const engine = new Liquid();
    feedPlugin.registerLiquid!(engine, pluginContext(s));
    expect(engine.parseAndRenderSync('{% feed_meta %}')).toBe(
      '<link type="application/atom+xml" rel="alternate" href="https://plugins.example.com/site/feed.xml" title="Plugin Showcase" />',
    );
  });

  test('{% feed_meta %} is made again when the configuration it reads is another value', () => {
    const cfg: Data = { ...showcaseConfig };
    const engine = new Liquid();
    feedPlugin.registerLiquid!(engine, pluginContext(site(cfg as never)));
    const tpl = engine.parse('{% feed_meta %}');
    const first = engine.renderSync(tpl);
    expect(engine.renderSync(tpl)).toBe(first);
    cfg.title = 'Renamed';
    expect(engine.renderSync(tpl)).toBe(first.replace('title="Plugin Showcase"', 'title="Renamed"'));
    cfg.feed = { path: 'atom.xml' };
    expect(engine.renderSync(tpl)).toBe('<link type="application/atom+xml" rel="alternate" href="https://plugins.example.com/site/atom.xml" title="Renamed" />');
    // changed in place, as a hook may do
    (cfg.feed as Data).path = 'news.xml';
    expect(engine.renderSync(tpl)).toBe('<link type="application/atom+xml" rel="alternate" href="https://plugins.example.com/site/news.xml" title="Renamed" />');
    cfg.feed = { collections: { posts: { path: 'posts.xml' } } };
    expect(engine.renderSync(tpl)).toContain('href="https://plugins.example.com/site/posts.xml"');
    ((cfg.feed as Data).collections as { posts: Data }).posts.path = 'other.xml';
    expect(engine.renderSync(tpl)).toContain('href="https://plugins.example.com/site/other.xml"');
  });
});

// A Jekyll 4.3.1 run: no url, no lang, Asia/Shanghai, `feed.tags: true`, data authors, images.
describe('jekyll-feed: tags, authors and images', () => {
  const cfg = config({
    title: 'Oracle & Co\'s "Site"',
    name: 'Ignored name',
    description: 'Plain description -- with dashes...',
    timezone: 'Asia/Shanghai',
    feed: { tags: true, excerpt_only: false },
  });
  const at = (iso: string): JekyllTime => new JekyllTime(Date.parse(iso), 8 * 3600);
  const first = {
    title: 'It\'s a "quoted" -- title...', author: 'jdoe', lang: 'fr', tags: ['alpha', 'beta_1', 'no way'], categories: [],
    image: { path: '/img/a b.png', width: 640, height: 480, alt: 'An "alt"' }, url: '/2023/01/02/first.html', id: '/2023/01/02/first', date: at('2023-01-01T16:00:00Z'),
    content: '<p>First <em>post</em> with ‘quotes’ &amp; <b>bold</b>.</p>\n\n<p>More text.</p>\n', excerpt: '<p>First <em>post</em> with ‘quotes’ &amp; <b>bold</b>.</p>\n',
  };
  const second = {
    title: 'Second', category: 'solo', categories: ['solo'], tags: [], authors: ['jdoe', 'other'], last_modified_at: at('2023-02-28T16:00:00Z'),
    image: 'https://cdn.example.org/x.png', url: '/solo/2023/02/03/second.html', id: '/solo/2023/02/03/second', date: at('2023-02-02T16:00:00Z'),
    content: '<p>Second post  with   spaces.</p>\n', excerpt: '<p>Second post  with   spaces.</p>\n',
  };
  const third = {
    title: 'Third', tags: ['alpha'], categories: [], hidden: true, url: '/2023/03/04/third.html', id: '/2023/03/04/third', date: at('2023-03-03T16:00:00Z'),
    content: '<p>Third.</p>\n', excerpt: '<p>Third.</p>\n',
  };
  const posts = [first, second, third];
  // the posts' tags make site.tags (generator.rb reads its keys)
  const s = { ...site(cfg, { posts: [post('_posts/2023-01-02-first.md', first.url, first.date, { tags: first.tags }), post('_posts/2023-03-04-third.md', third.url, third.date, { tags: third.tags })] }), tags: { alpha: [], beta_1: [], 'no way': [] } };
  const pages = feeds(s);
  const data = { authors: { jdoe: { name: 'John Doe', email: 'jdoe@example.org', twitter: '@jdoe_tw', url: 'https://jdoe.example.org' } } };
  const v = view(cfg, posts, [], { data, tags: { alpha: [first, third], beta_1: [first], 'no way': [first] } });

  test('tag feeds only for simple tag names', () => {
    expect(pages.map((p) => p.url)).toEqual(['/feed.xml', '/feed/by_tag/alpha.xml', '/feed/by_tag/beta_1.xml']);
  });
  test('feed.xml', () => {
    expect(pages[0]!.render!(v)).toBe(fixture('oracle-feed.xml'));
  });
  test('a tag feed', () => {
    expect(pages[1]!.render!(v)).toBe(fixture('oracle-feed-alpha.xml'));
  });
});

// A Jekyll 4.3.1 run: `post_image contains "://"` tests a Hash's keys, so an image Hash goes to
// absolute_url, whose Addressable::URI.parse raises on the scheme its inspect seems to start.
describe('jekyll-feed: an image Hash', () => {
  const cfg = config({ title: 'Images' });
  const post = (image: unknown) => ({
    title: 'P', categories: [], tags: [], image, url: '/2023/01/02/p.html', id: '/2023/01/02/p', date: utc('2023-01-02T00:00:00Z'),
    content: '<p>x</p>\n', excerpt: '<p>x</p>\n',
  });
  const render = (image: unknown) => feeds(site(cfg))[0]!.render!(view(cfg, [post(image)], []));

  test('with a link in it: Liquid Exception in feed.xml', () => {
    expect(() => render({ feature: 'a.jpg', creditlink: 'http://x.org' })).toThrow(
      'Liquid Exception: Invalid scheme format: \'{"feature"=>"a.jpg", "creditlink"=>"http\' in feed.xml',
    );
  });
  test('a plain string keeps its scheme', () => {
    expect(render('https://cdn.example.org/x.png')).toContain('url="https://cdn.example.org/x.png"');
  });
});

// Checked with Jekyll 4.3.1: "undefined method `to_set' for \"guide\":String (NoMethodError)" in generator.rb#collections.
describe('jekyll-feed: categories that are not a list', () => {
  test('a collection\'s or the posts\' categories written as one text stop the build, naming the setting', () => {
    const docs = config({ feed: { collections: { docs: { categories: 'guide' } } } });
    expect(() => feeds(site(docs))).toThrow(/feed\.collections\.docs\.categories in _config\.yml is "guide", not a list/);
    expect(() => feeds(site(config({ feed: { categories: 2020 } })))).toThrow(/feed\.categories .* for 2020:Integer/);
  });

  test('a list, or none, is read as before', () => {
    const paths = feeds(site(config({ feed: { categories: ['news', 2020], collections: { docs: { categories: null } } } }))).map((p) => p.url);
    expect(paths).toEqual(['/feed/docs.xml', '/feed/news.xml', '/feed/2020.xml', '/feed.xml']);
  });
});

// Checked with Jekyll 4.3.1 (jekyll-feed 0.17.0), `feed: {collections: {docs: true}}`:
// "generator.rb:72:in `block in collections': undefined method `[]' for true:TrueClass (NoMethodError)".
describe('jekyll-feed: a collection that is not a mapping', () => {
  test.each([
    [{ docs: true }, /feed\.collections\.docs in _config\.yml is true, not a mapping.*undefined method `\[\]' for true:TrueClass/],
    [{ docs: null }, /feed\.collections\.docs in _config\.yml is nil.*for nil:NilClass/],
    [{ docs: 3 }, /feed\.collections\.docs .*no implicit conversion of String into Integer/],
    [{ posts: 'x' }, /feed\.collections\.posts in _config\.yml is "x", not a mapping/],
  ])('%j stops the build, naming the setting', (collections, message) => {
    expect(() => feeds(site(config({ feed: { collections } })))).toThrow(message);
  });

  test('posts given as nothing is the default feed (normalize_posts_meta: hash["posts"] ||= {})', () => {
    expect(feeds(site(config({ feed: { collections: { posts: null, docs: {} } } }))).map((p) => p.url)).toEqual(['/feed.xml', '/feed/docs.xml']);
  });
});

// Checked with Jekyll 4.3.1 (jekyll-feed 0.17.0): feed.xml's `where_exp` hands `site.tags[page.tags]`
// or `site[page.collection]` on as nil, and `sort: "date"` raises on it.
describe('jekyll-feed: a feed with no list of posts', () => {
  const cfg = config({ feed: { tags: { only: ['a', 'missing'] }, collections: ['nonexist', 'empty'] } });
  const posts = [{ title: 'A', categories: [], tags: ['a'], url: '/a.html', id: '/a', date: utc('2024-01-01T00:00:00Z'), content: '', excerpt: '' }];
  const s = { ...site(cfg), tags: { a: [] } };
  const v = view(cfg, posts, [], { tags: { a: posts }, empty: [] });
  const page = (url: string): GeneratedPage => feeds(s).find((p) => p.url === url)!;

  test('a feed.tags.only tag no post has stops the build in its feed', () => {
    expect(page('/feed/by_tag/a.xml').render!(v)).toContain('<entry>');
    expect(() => page('/feed/by_tag/missing.xml').render!(v)).toThrow('Liquid Exception: Liquid error (line 1): Cannot sort a null object. in feed/by_tag/missing.xml');
  });
  test('a feed.collections name the site has no list for stops the build; an empty collection does not', () => {
    expect(() => page('/feed/nonexist.xml').render!(v)).toThrow('Liquid Exception: Liquid error (line 1): Cannot sort a null object. in feed/nonexist.xml');
    expect(page('/feed/empty.xml').render!(v)).not.toContain('<entry>');
  });
});

// Checked with Jekyll 4.3.1: feed.xml's `for post in posts limit: posts_limit` reads the limit with
// Liquid's Utils.to_integer ("Liquid error (line 1): invalid integer in feed.xml").
describe('jekyll-feed: posts_limit', () => {
  const posts = [1, 2, 3].map((i) => ({ title: `P${i}`, categories: [], tags: [], url: `/p${i}.html`, id: `/p${i}`, date: utc(`2024-01-0${i}T00:00:00Z`), content: '', excerpt: '' }));
  const entries = (limit: unknown): number => {
    const cfg = config({ feed: { posts_limit: limit } });
    return (feeds(site(cfg))[0]!.render!(view(cfg, posts)).match(/<entry>/g) ?? []).length;
  };
  test.each([[2, 2], [' 2 ', 2], ['-1', 0], [-1, 0], [0, 0], [null, 3], [false, 3], [[], 3]])('%j gives %i entries', (limit, n) => {
    expect(entries(limit)).toBe(n);
  });
  test.each([['abc'], ['2.5'], [true]])('%j stops the build', (limit) => {
    expect(() => entries(limit)).toThrow('Liquid Exception: Liquid error (line 1): invalid integer in feed.xml');
  });
});

// Checked with Jekyll 4.3.1: `{{ site.lang }}` and `{{ post.lang }}` print a list joined, as Liquid prints arrays.
describe('jekyll-feed: a lang that is a list', () => {
  test('is printed joined', () => {
    const cfg = config({ lang: [5, ['x', 'y']] });
    const post = { title: 'A', lang: ['en', 'fr'], categories: [], tags: [], url: '/a.html', id: '/a', date: utc('2024-01-01T00:00:00Z'), content: '', excerpt: '' };
    const xml = feeds(site(cfg))[0]!.render!(view(cfg, [post]));
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="5xy">');
    expect(xml).toContain('hreflang="5xy" />');
    expect(xml).toContain('<entry xml:lang="enfr">');
  });
});

// Checked with Jekyll 4.3.1: meta_tag.rb writes `title.to_s`, a list's inspect.
test('{% feed_meta %} with a title that is a list', () => {
  const engine = new Liquid();
  feedPlugin.registerLiquid!(engine, pluginContext(site(config({ title: ['a', 'b&c'], url: 'http://h.x' }))));
  expect(engine.parseAndRenderSync('{% feed_meta %}')).toBe(
    '<link type="application/atom+xml" rel="alternate" href="http://h.x/feed.xml" title="[&quot;a&quot;, &quot;b&amp;c&quot;]" />',
  );
});

// generator.rb#normalize_posts_meta runs `config["path"] ||= hash["posts"]["path"]` on
// site.config["feed"] itself: Liquid's site.feed gains a `path` key (nil when none was given).
// Checked with Jekyll 4.3.1 and jekyll-feed 0.17.0.
describe('jekyll-feed: site.feed after the generator', () => {
  test.each([
    ['{posts_limit: 2}', '{"posts_limit":2,"path":null}'],
    ['{path: false}', '{"path":false}'],
    ['{path: atom.xml}', '{"path":"atom.xml"}'],
    // a `collections` mapping is changed in place too: every collection's categories become a Set
    // (`to_set`, written as its to_s), `posts` is added with the top-level path and categories
    [
      '{categories: [news], collections: {notes: {}, more: {categories: [a, a, 1]}}}',
      '{"categories":["news"],"collections":{"notes":{"categories":"#<Set: {}>"},"more":{"categories":"#<Set: {\\"a\\", 1}>"},"posts":{"path":null,"categories":"#<Set: {\\"news\\"}>"}},"path":null}',
    ],
  ])('feed: %s', async (feed, json) => {
    const files = { '_config.yml': `plugins: [jekyll-feed]\nfeed: ${feed}\ncollections: {notes: {}, more: {}}\n`, '_posts/2020-06-15-hello.md': '---\n---\nx\n', 'index.html': '---\n---\n{{ site.feed | jsonify }}' };
    const r = await renderSite({ source: memorySource(files), write: false, env: FIXED_ENV });
    expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe(json);
  });
});

// A Set has no to_liquid: Liquid stops on a lookup that reaches one (VariableLookup#evaluate), while
// the hash holding it prints the Set's inspect. Checked with Jekyll 4.3.1 (Ruby 3.1) and jekyll-feed 0.17.0.
describe('jekyll-feed: the Set of categories in site.feed', () => {
  const config = 'plugins: [jekyll-feed]\nfeed:\n  collections:\n    posts:\n      categories: [news, tech]\n';
  const build = (body: string) => renderSite({ source: memorySource({ '_config.yml': config, 'index.html': `---\n---\n${body}` }), write: false, env: FIXED_ENV });

  test('{{ site.feed }} and a loop over the posts hash show it as #<Set: {...}>', async () => {
    const r = await build('{{ site.feed }}|{% for c in site.feed.collections.posts %}{{ c }};{% endfor %}');
    expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe(
      '{"collections"=>{"posts"=>{"categories"=>#<Set: {"news", "tech"}>, "path"=>nil}}, "path"=>nil}|categories#<Set: {"news", "tech"}>;path;',
    );
  });

  test.each(['{{ site.feed.collections.posts.categories }}', '{% for c in site.feed.collections.posts.categories %}{{ c }}{% endfor %}', '{{ site.feed.collections.posts.categories | size }}'])(
    '%s stops the build',
    async (body) => {
      await expect(build(body)).rejects.toThrow('Liquid Exception: undefined method `to_liquid\' for #<Set: {"news", "tech"}> object = res.to_liquid ^^^^^^^^^^ in index.html');
    },
  );
});

// generator.rb#generate_feed_by_tag matches each tag with %r![^a-zA-Z0-9_]!.match?, as the posts give
// it: Jekyll 4.3.1 stops on `tags: [2019]` (TypeError), which kyll read as the text "2019" and gave a
// feed (whose site.tags["2019"] lookup then failed). `only` and `except` are lists (Array#-).
describe('jekyll-feed: feed.tags with tags that are not text', () => {
  const build = (feed: Data, tags: unknown[]) => {
    const p = post('_posts/2024-01-01-a.md', '/a.html', utc('2024-01-01T00:00:00Z'), { tags });
    return feeds({ ...site(config({ feed }), { posts: [p] }), tags: Object.fromEntries(tags.map((t) => [String(t), [p]])) }).map((f) => f.url);
  };

  test('a number tag stops the build', () => {
    expect(() => build({ tags: true }, ['ok', 2019])).toThrow('no implicit conversion of Integer into String (TypeError)');
  });
  test('unless feed.tags.except leaves it out (2019, not "2019")', () => {
    expect(build({ tags: { except: [2019] } }, ['ok', 2019])).toEqual(['/feed.xml', '/feed/by_tag/ok.xml']);
    expect(() => build({ tags: { except: ['2019'] } }, ['ok', 2019])).toThrow('no implicit conversion of Integer into String');
  });
  test('only and except given as text stop the build', () => {
    expect(() => build({ tags: { only: 'ok' } }, ['ok'])).toThrow("undefined method `-' for \"ok\":String");
    expect(() => build({ tags: { except: 'ok' } }, ['ok'])).toThrow('no implicit conversion of String into Array (TypeError)');
  });
});

// generator.rb reads `site.config["feed"] || {}` with `config["..."]`, and file_exists? joins each
// feed path to the source: Jekyll 4.3.1 stops on a `feed:` that is not a mapping and on a path that
// is not text, where kyll wrote the default feed. A path of "" names the source folder, which
// File.exist? finds: Jekyll writes no posts feed (kyll tried to write one at the destination's root).
describe('jekyll-feed: settings of the wrong kind', () => {
  const build = async (feed: string) => {
    const r = await renderSite({
      source: memorySource({ '_config.yml': `plugins: [jekyll-feed]\nfeed: ${feed}\n`, '_posts/2024-01-01-p.md': '---\ntitle: P\n---\nx\n' }),
      write: false,
      env: FIXED_ENV,
    });
    return r.files.map((f) => f.path);
  };

  test.each([
    ['true', "undefined method `[]' for true:TrueClass"],
    ['5', 'no implicit conversion of String into Integer (TypeError)'],
    ['[a]', 'no implicit conversion of String into Integer (TypeError)'],
    ['str', 'string not matched (IndexError)'],
    ['{path: 5}', "undefined method `start_with?' for 5:Integer"],
    ['{collections: {posts: {path: [a]}}}', "undefined method `start_with?' for [\"a\"]:Array"],
  ])('feed: %s stops the build', async (feed, message) => {
    await expect(build(feed)).rejects.toThrow(message);
  });

  test('feed: {path: ""} writes no posts feed', async () => {
    expect(await build('{path: ""}')).toEqual(['2024/01/01/p.html']);
  });
});

// An excerpt that fails while feed.xml's template reads it: Jekyll 4.3.1 logs the excerpt's line
// (Excerpt#path) and stops with "Liquid Exception: Liquid error (line 1): divided by 0 in feed.xml",
// where kyll stopped naming the excerpt.
test('a post excerpt failing inside the feed stops the build naming feed.xml', async () => {
  const source = memorySource({
    '_config.yml': 'plugins: [jekyll-feed]\n',
    '_posts/2020-01-01-a.md': '---\n---\nA {% if page.path contains "#excerpt" %}{{ 1 | divided_by: 0 }}{% endif %}\n',
  });
  const failure = await renderSite({ source, write: false, env: FIXED_ENV }).then(() => undefined, (e: unknown) => e as { message: string; diagnostics?: Array<{ level: string; message: string }> });
  expect(failure?.message).toBe('Liquid Exception: Liquid error (line 1): divided by 0 in feed.xml');
  expect(failure?.diagnostics?.filter((d) => d.level === 'error').map((d) => d.message)).toEqual([expect.stringMatching(/divided by 0 in (?:\(memory\)\/)?_posts\/2020-01-01-a\.md\/#excerpt$/)]);
});
