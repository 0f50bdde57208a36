import { redirectFromPlugin } from '../../lib/plugins/redirect-from/index.js';
import type { RenderedSiteView } from '../../lib/plugins/plugin.js';
import type { Data } from '../../lib/types.js';
import { config, fixture, page, pluginContext, post, site, utc } from './helpers.js';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const none = {} as RenderedSiteView;

// The paginate-redirect conformance site.
function build(extra: Data = {}, layouts = {}) {
  const posts = [
    post('_posts/2021-01-01-entry-1.md', '/2021/01/01/entry-1.html', utc('2021-01-01T00:00:00Z')),
    post('_posts/2021-02-02-entry-2.md', '/2021/02/02/entry-2.html', utc('2021-02-02T00:00:00Z'), { redirect_from: '/2019/old-entry-two/' }),
  ];
  const pages = [
    page('about.md', '/about.html', { redirect_from: ['/old-about/', '/legacy/about.html', '/info'] }),
    page('blog/index.html', '/blog/'),
    page('index.md', '/index.html'),
    page('moved.md', '/moved.html', { layout: 'default', redirect_to: 'https://elsewhere.example.org/new-home/' }),
    page('relative-target.md', '/go/docs/', { permalink: '/go/docs/', redirect_to: '/about.html' }),
  ];
  const s = site(config({ url: 'https://paged.example.com', ...extra }), { posts, pages, layouts });
  return redirectFromPlugin.generate!(pluginContext(s));
}

describe('jekyll-redirect-from', () => {
  const result = build();
  const byUrl = new Map(result.pages!.map((p) => [p.url, p]));

  test('a page for every redirect_from, the document for every redirect_to', () => {
    expect(result.pages!.map((p) => [p.url, p.outputPath])).toEqual([
      ['/2019/old-entry-two/', '2019/old-entry-two/index.html'],
      ['/old-about/', 'old-about/index.html'],
      ['/legacy/about.html', 'legacy/about.html'],
      ['/info', 'info.html'],
      ['/moved.html', 'moved.html'],
      ['/go/docs/', 'go/docs/index.html'],
      ['/redirects.json', 'redirects.json'],
    ]);
    expect(result.replaces).toEqual(['moved.md', 'relative-target.md']);
  });

  test('the redirect HTML', () => {
    expect(byUrl.get('/old-about/')!.render!(none)).toBe(fixture('redirect-old-about.html'));
    expect(byUrl.get('/moved.html')!.render!(none)).toContain('<script>location="https://elsewhere.example.org/new-home/"</script>');
    expect(byUrl.get('/old-about/')!.data).toEqual({
      sitemap: false, layout: 'redirect', permalink: '/old-about/', redirect: { from: '/old-about/', to: 'https://paged.example.com/about.html' },
    });
  });

  test('redirects.json', () => {
    expect(byUrl.get('/redirects.json')!.render!(none)).toBe(fixture('paginate-redirects.json'));
  });

  test('redirect_from.json: false turns redirects.json off', () => {
    expect(build({ redirect_from: { json: false } }).pages!.some((p) => p.url === '/redirects.json')).toBe(false);
  });

  test("a site's own redirect layout renders the pages", () => {
    const layout = { name: 'redirect', relativePath: '_layouts/redirect.html', data: {}, content: '{{ page.redirect.to }}', contentLine: 1 };
    const p = build({}, { redirect: layout }).pages![0]!;
    expect(p.render).toBeUndefined();
    expect(p.content).toBe('');
    expect(p.data.layout).toBe('redirect');
  });

  test('without url, targets are relative to baseurl', () => {
    const p = build({ url: undefined, baseurl: '/b' }).pages![0]!;
    expect((p.data.redirect as Data).to).toBe('/b/2021/02/02/entry-2.html');
  });
});

// generate_redirect_from / generate_redirect_to read doc.url, which dates an undated draft
// (Document#date: its file's mtime) when its URL has date placeholders: SiteDrop#posts, sorted
// later, then places it by date, not by path as an undated draft (site/first-dated.ts; with
// `future: true`, so that the publisher does not date it first).
// Checked with Jekyll 4.3.1 and jekyll-redirect-from 0.16.0 (`jekyll build --drafts`).
describe('jekyll-redirect-from dates the drafts whose URL it reads', () => {
  const index = '---\n---\n{% for p in site.posts %}{{ p.url }} {% endfor %}';
  const files = (draft: string) => ({
    '_config.yml': 'show_drafts: true\nfuture: true\nplugins: [jekyll-redirect-from]\n',
    '_drafts/draft.md': draft,
    '_posts/2020-06-15-hello.md': 'x\n',
    'index.html': index,
  });
  const build = async (draft: string) => {
    const source = memorySource(files(draft));
    const r = await renderSite({ source: { ...source, mtime: () => Date.UTC(2025, 5, 7) }, write: false, env: FIXED_ENV });
    return Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString();
  };

  test.each([['redirect_to: /internal/'], ['redirect_from: /old/']])('%s: the draft, dated 2025, comes first', async (fm) => {
    expect(await build(`---\n${fm}\n---\n`)).toBe('/2025/06/07/draft.html /2020/06/15/hello.html ');
  });

  test('without redirects it is still undated when site.posts is sorted: it sorts by path', async () => {
    expect(await build('---\n---\n')).toBe('/2020/06/15/hello.html /2025/06/07/draft.html ');
  });

  // jekyll-paginate (:lowest) sorts site.posts in its generator, after jekyll-redirect-from (:normal)
  // dated the draft: Jekyll 4.3.1 put the draft on the first page (kyll sorted it by path, last).
  test('jekyll-paginate, generating after it, pages the draft by its date', async () => {
    const source = memorySource({
      ...files('---\nredirect_from: /old/\n---\n'),
      '_config.yml': 'show_drafts: true\nfuture: true\npaginate: 1\nplugins: [jekyll-redirect-from, jekyll-paginate]\n',
      'index.html': '---\n---\n{% for p in paginator.posts %}{{ p.url }} {% endfor %}',
    });
    const r = await renderSite({ source: { ...source, mtime: () => Date.UTC(2025, 5, 7) }, write: false, env: FIXED_ENV });
    const text = (path: string) => Buffer.from(r.files.find((f) => f.path === path)!.contents).toString();
    expect([text('index.html'), text('page2/index.html')]).toEqual(['/2025/06/07/draft.html ', '/2020/06/15/hello.html ']);
  });
});

// generate_redirect_to empties the document (`doc.content = doc.output = page.output`, ""), and
// jekyll-relative-links (:lowest, so after it) then makes the document's new Excerpt of that "":
// Jekyll 4.3.1 with both plugins listed the post's excerpt as "\n" (with jekyll-redirect-from alone,
// as "<p>plain</p>\n"), and its feed summary was empty.
describe('jekyll-redirect-from before jekyll-relative-links', () => {
  const build = async (plugins: string) => {
    const r = await renderSite({
      source: memorySource({
        '_config.yml': `plugins: [${plugins}]\nrelative_links: {collections: true}\n`,
        '_posts/2021-01-02-plain.md': '---\ntitle: Plain\nredirect_to: /x/\n---\nplain\n',
        'index.html': '---\n---\n[{{ site.posts[0].excerpt }}]',
      }),
      write: false,
      env: FIXED_ENV,
    });
    return Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString();
  };

  test('a redirect_to post gets an excerpt of nothing', async () => {
    expect(await build('jekyll-redirect-from, jekyll-relative-links')).toBe('[\n]');
  });

  test('without jekyll-relative-links the excerpt read with the post stays', async () => {
    expect(await build('jekyll-redirect-from')).toBe('[<p>plain</p>\n]');
  });
});

// RedirectPage#set_paths takes its paths as text. Jekyll 4.3.1 stops on others: a redirect_from
// entry in Jekyll's ensure_leading_slash (NoMethodError), a redirect_to in `match?` (TypeError).
// kyll wrote 2019.html, true.html and a.html for them, and no redirect at all for redirect_to: 5.
describe('jekyll-redirect-from with values that are not text', () => {
  const build = (data: Data) =>
    redirectFromPlugin.generate!(pluginContext(site(config({ url: 'https://x.example' }), { pages: [page('p.md', '/p.html', data)] })));

  test.each([
    [{ redirect_from: 2019 }, "undefined method `empty?' for 2019:Integer"],
    [{ redirect_from: ['/ok/', true] }, "undefined method `empty?' for true:TrueClass"],
    [{ redirect_from: [['a']] }, "undefined method `start_with?' for [\"a\"]:Array"],
    [{ redirect_from: {} }, "undefined method `end_with?' for {}:Hash"],
    [{ redirect_to: 5 }, 'no implicit conversion of Integer into String (TypeError)'],
    [{ redirect_to: [null, ['x']] }, 'no implicit conversion of Array into String (TypeError)'],
    [{ redirect_to: true }, 'no implicit conversion of true into String (TypeError)'],
  ])('%j stops the build', (data, message) => {
    expect(() => build(data)).toThrow(message);
  });

  test('an empty text, an empty list and redirect_to: false are kept as Jekyll keeps them', () => {
    expect(build({ redirect_from: [''] }).pages!.map((p) => p.url)).toEqual(['/', '/redirects.json']);
    expect(build({ redirect_from: [], redirect_to: false }).pages!.map((p) => p.url)).toEqual(['/redirects.json']);
  });
});

// generate_redirects_json? reads site.config.dig("redirect_from", "json"): Jekyll 4.3.1 stops on a
// redirect_from setting that is not a mapping (TrueClass does not have #dig method); kyll wrote
// redirects.json.
describe('jekyll-redirect-from: the redirect_from setting', () => {
  const build = (redirectFrom: unknown) =>
    redirectFromPlugin.generate!(pluginContext(site(config({ url: 'https://x.example', redirect_from: redirectFrom }), { pages: [page('p.md', '/p.html')] })));

  test.each([
    [true, 'TrueClass does not have #dig method'],
    [false, 'FalseClass does not have #dig method'],
    ['x', 'String does not have #dig method'],
    [5, 'Integer does not have #dig method'],
    [['json'], 'no implicit conversion of String into Integer'],
  ])('%j stops the build', (value, message) => {
    expect(() => build(value)).toThrow(message);
  });

  test('nil, or a mapping without json: false, writes redirects.json', () => {
    expect(build(null).pages!.map((p) => p.url)).toEqual(['/redirects.json']);
    expect(build({ json: 0 }).pages!.map((p) => p.url)).toEqual(['/redirects.json']);
  });
});
