// `excerpt` on the Site that renderSite and createBuilder return: the HTML that
// `{{ post.excerpt }}` prints. The expected strings are what jekyll build 4.3.1
// printed for this site (an index with `[{{ p.excerpt }}]` for each post and note):
// the excerpt's Liquid and Markdown, the post's link definitions appended.
import { buildCollections, createBuilder, memorySource, renderSite } from '../../lib/index.js';
import type { Site } from '../../lib/index.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

const files = {
  '_config.yml': 'collections:\n  notes:\n    output: true\n',
  '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nIntro with *emphasis* and {{ page.title }} and a [link][ref].\n\nMore text.\n\n[ref]: https://example.com\n',
  '_posts/2024-01-02-b.md': '---\ntitle: B\nexcerpt: "Given *as is*"\n---\nBody.\n',
  '_notes/n.md': '---\ntitle: N\n---\nNote **one**\n\nnote two\n',
  'about.md': '---\ntitle: About\n---\nNo excerpt for pages.\n',
};
const INDEX = { 'index.html': '---\n---\n{% for p in site.posts %}[{{ p.excerpt }}]{% endfor %}[{{ site.notes[0].excerpt }}]\n' };
const A = '<p>Intro with <em>emphasis</em> and A and a <a href="https://example.com">link</a>.</p>\n\n';
const N = '<p>Note <strong>one</strong></p>\n';

function excerpts(site: Site): Record<string, string | undefined> {
  return Object.fromEntries([...site.posts, ...site.collections.notes!.docs, ...site.pages].map((d) => [d.relativePath, d.excerpt]));
}

const EXPECTED = { '_posts/2024-01-01-a.md': A, '_posts/2024-01-02-b.md': 'Given *as is*', '_notes/n.md': N, 'about.md': undefined };

describe('rendered excerpts on the public model', () => {
  test('are what {{ post.excerpt }} prints, as Jekyll renders it', async () => {
    const result = await renderSite({ source: memorySource({ ...files, ...INDEX }), env: ENV });
    expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe(`[Given *as is*][${A}][${N}]\n`);
    expect(excerpts(result.site)).toMatchObject(EXPECTED);
    // The same objects wherever the site lists them.
    expect(result.site.collections.posts!.docs).toContain(result.site.posts[0]);
  });

  test('are rendered when first read when no template used them', async () => {
    const result = await renderSite({ source: memorySource(files), env: ENV });
    expect(excerpts(result.site)).toMatchObject(EXPECTED);
    expect(JSON.parse(JSON.stringify(result.site.posts[0]!)).excerpt).toBe(A);
  });

  test('a post without an excerpt has an empty one (nil.to_s)', async () => {
    const result = await renderSite({ source: memorySource({ ...files, '_config.yml': 'excerpt_separator: ""\n' }), env: ENV });
    expect(result.site.posts.map((p) => p.excerpt)).toEqual(['', 'Given *as is*']);
  });

  test('buildCollections renders nothing: only the excerpt source', () => {
    const site = buildCollections({ source: memorySource(files), env: ENV });
    const a = site.posts.find((p) => p.title === 'A')!;
    expect(a.excerpt).toBeUndefined();
    expect(a.excerptSource).toContain('Intro with *emphasis*');
  });

  test('createBuilder’s results have them too', async () => {
    const source = memorySource({ ...files });
    const builder = await createBuilder({ source, env: ENV, write: false });
    expect(excerpts((await builder.build()).site)).toMatchObject(EXPECTED);
  });
});
