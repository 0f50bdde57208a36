// post.title/tags/categories at the top level of the model, as Jekyll's data holds them.
import { buildCollections, memorySource, parsePost, renderSite } from '../../lib/index.js';

test('a post carries title, tags and categories at the top level', () => {
  const post = parsePost('---\ntitle: Hello\ntags: [js, 2022]\ncategory: news\n---\nBody\n', { path: 'blog/_posts/2022-02-11-hello.md' });
  expect(post.title).toBe('Hello');
  expect(post.tags).toEqual(['js', '2022']);
  // Document#populate_categories: the folders above _posts, then the front matter's.
  expect(post.categories).toEqual(['blog', 'news']);
  expect(post.data.categories).toEqual(['blog', 'news']);
});

test('a post without a title takes it from its file name; no tags is an empty list', () => {
  const post = parsePost('---\n---\nBody\n', { path: '_posts/2022-02-11-hello-world.md' });
  expect(post.title).toBe('Hello World');
  expect(post.tags).toEqual([]);
  expect(post.categories).toEqual([]);
});

test('pages carry their title; documents of collections their tags', () => {
  const site = buildCollections({
    source: memorySource({
      '_config.yml': 'collections:\n  recipes:\n    output: true\n',
      'about.md': '---\ntitle: About\n---\nx\n',
      'plain.md': '---\n---\nx\n',
      '_recipes/soup.md': '---\ntags: hot winter\n---\nx\n',
    }),
    env: {},
  });
  const byPath = Object.fromEntries(site.pages.map((p) => [p.relativePath, p]));
  expect(byPath['about.md']!.title).toBe('About');
  expect(byPath['plain.md']!.title).toBeUndefined();
  const soup = site.collections.recipes!.docs[0]!;
  expect(soup.tags).toEqual(['hot', 'winter']);
  expect(soup.title).toBe('Soup');
});

test('jekyll-titles-from-headings updates the top-level title with the data', async () => {
  const result = await renderSite({ source: memorySource({ 'page.md': '---\n---\n# From the heading\n\ntext\n' }), env: {}, config: { plugins: ['jekyll-titles-from-headings'] } });
  expect(result.site.pages.map((p) => [p.title, p.data.title])).toEqual([['From the heading', 'From the heading']]);
});
