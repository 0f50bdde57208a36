// Testing a Jekyll site's templates with jest and kyll/testing.
// Run with jest in ESM mode: node --experimental-vm-modules node_modules/jest/bin/jest.js
// (kyll is an ES module; jest's `transform: {}` is enough for .mjs tests).
import { renderFixture } from 'kyll/testing';

const files = {
  '_config.yml': 'title: My blog\ntimezone: Asia/Shanghai\n',
  '_layouts/post.html': '<article><h1>{{ page.title }}</h1><p class="tags">{{ page.tags | join: ", " }}</p>{{ content }}</article>',
  '_posts/2022-02-11-hello.md': '---\nlayout: post\ntitle: Hello\ntags: [news, tech]\n---\nFirst *post*.\n',
};

test('the post layout shows the title and the tags', async () => {
  // A fixed site.time keeps dates and feeds stable; posts after it are not written.
  const site = await renderFixture(files, { env: { SOURCE_DATE_EPOCH: '1700000000' } });
  const post = site.page('/2022/02/11/hello.html');
  expect(post.text('h1')).toBe('Hello');
  expect(post.text('.tags')).toBe('news, tech');
  expect(post.data.tags).toEqual(['news', 'tech']);
  expect(post.select('article > p em').length).toBe(1);
  expect(site.diagnostics).toEqual([]);
  expect(site.tree()).toMatchInlineSnapshot(`
"2022/
  02/
    11/
      hello.html"
`);
});
