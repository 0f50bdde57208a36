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
