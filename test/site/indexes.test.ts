import { parsePost } from '../../lib/index.js';
import { compareDocuments, indexPostsBy } from '../../lib/site/indexes.js';

const post = (name: string, fm: string) => parsePost(`---\n${fm}\n---\nbody\n`, { path: `_posts/${name}` });

describe('site.categories and site.tags', () => {
  const posts = [
    post('2023-01-02-b.md', 'categories: [Travel, "2023"]\ntags: hiking camping hiking'),
    post('2023-01-01-a.md', 'categories: Travel Food'),
    post('2023-01-03-c.md', 'categories: ["2021", Food]'),
  ].sort(compareDocuments);

  test('keys keep the order first met, even when they look like numbers', () => {
    expect(Object.keys(indexPostsBy(posts, 'categories'))).toEqual(['Travel', 'Food', '2023', '2021']);
  });

  test('each list is newest first', () => {
    expect(indexPostsBy(posts, 'categories').Food!.map((p) => p.slug)).toEqual(['c', 'a']);
  });

  test('a tag listed twice lists the post twice, as Jekyll does', () => {
    expect(indexPostsBy(posts, 'tags').hiking!.map((p) => p.slug)).toEqual(['b', 'b']);
  });
});

describe('a Float tag (4.0 in front matter)', () => {
  // site.rb#post_attr_hash keys the hash by the value itself: Liquid finds the Float 4.0 with a
  // Float and not with the String "4.0"; every post's 4.0 is one key. Output of Jekyll 4.3.1.
  test('is one key of site.tags, found by the tag and not by its text', async () => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const result = await renderSite({
      write: false,
      env: { SOURCE_DATE_EPOCH: '1767225600' },
      source: memorySource({
        '_posts/2020-01-01-a.md': '---\ntags: [3.10, 4.0, 5]\n---\n',
        '_posts/2020-01-02-b.md': '---\ntags: [4.0, x]\n---\n',
        'index.html':
          '---\n---\n{% for post in site.posts %}{% for tag in post.tags %}[{{ tag }}|{{ site.tags[tag].size }}]{% endfor %}{% endfor %}\n' +
          '{% for t in site.tags %}({{ t[0] }}|{{ t[1].size }}){% endfor %}\n{% assign k = 4.0 %}{{ site.tags[k].size }}|{{ site.tags["4.0"].size }}|{{ site.tags[4].size }}',
      }),
    });
    expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe(
      '[4.0|2][x|1][3.1|1][4.0|2][5|1]\n(3.1|1)(4.0|2)(5|1)(x|1)\n2||0',
    );
  });
});
