// kyll/testing's renderFixture: a site as files, its outputs by URL.
import { renderFixture } from '../../lib/testing/index.js';
import { isKyllError } from '../../lib/index.js';

const files = {
  '_config.yml': 'title: Demo\ntimezone: Asia/Shanghai\nplugins: [jekyll-feed]\n',
  '_layouts/post.html': '<h1>{{ page.title }}</h1>\n<ul>{% for t in page.tags %}<li>{{ t }}</li>{% endfor %}</ul>\n{{ content }}',
  '_posts/2022-02-11-hello.md': '---\nlayout: post\ntitle: Hello\ntags: [a, b]\ndate: 2022-02-11 22:22:45 +0800\n---\nSome *text* &amp; more.\n',
  'about/index.md': '---\ntitle: About\nlayout: missing\n---\nAbout me\n',
  'css/site.css': 'body{}',
};
const env = { SOURCE_DATE_EPOCH: '1700000000' };

test('pages by URL with their HTML, front matter and text', async () => {
  const site = await renderFixture(files, { env });
  const post = site.page('/2022/02/11/hello.html');
  expect(post).toMatchObject({ url: '/2022/02/11/hello.html', path: '2022/02/11/hello.html' });
  expect(post.data).toMatchObject({ title: 'Hello', tags: ['a', 'b'], layout: 'post' });
  expect(post.document?.kind).toBe('post');
  expect(post.html).toContain('<p>Some <em>text</em> &amp; more.</p>');
  expect(post.text('h1')).toBe('Hello');
  expect(post.select('li').map((li) => li.children.length)).toEqual([1, 1]);
  expect(post.text('p')).toBe('Some text & more.');
  expect(post.text('h2')).toBeUndefined();
  // A folder URL, or the output path, finds the same page.
  expect(site.page('/about/').path).toBe('about/index.html');
  expect(site.page('about/index.html').url).toBe('/about/');
  expect(site.page('/feed.xml').data).toEqual({});
  expect(site.has('/nope.html')).toBe(false);
});

test('urls, diagnostics and a tree listing, in a stable order', async () => {
  const site = await renderFixture(files, { env });
  expect(site.urls).toEqual(['/2022/02/11/hello.html', '/about/', '/css/site.css', '/feed.xml']);
  expect(site.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("Layout 'missing' requested in about/index.md does not exist.")]);
  expect(site.tree()).toBe(['2022/', '  02/', '    11/', '      hello.html', 'about/', '  index.html', 'css/', '  site.css', 'feed.xml'].join('\n'));
});

test('a URL that was not written is a PAGE_NOT_FOUND error listing the URLs', async () => {
  const site = await renderFixture({ 'index.html': 'hi' }, { env });
  let error: unknown;
  try {
    site.page('/missing.html');
  } catch (e) {
    error = e;
  }
  expect(isKyllError(error) && error.code).toBe('PAGE_NOT_FOUND');
  expect((error as Error).message).toContain('the fixture wrote: /index.html');
});
