import { dropsInOrder, pathIndexer } from '../../lib/plugins/shared/path-index.js';

describe('path index of site.posts', () => {
  const posts = [{ path: '_posts/c.md' }, { path: '_posts/b.md' }, { path: '_posts/a.md' }, { path: '_posts/b.md', copy: true }, { title: 'no path' }];

  test('picks the drops of the paths given, in their order (an archive sorts its own list)', () => {
    const indexOf = pathIndexer();
    expect(dropsInOrder(posts, indexOf(posts), ['_posts/a.md', '_posts/c.md', '_posts/missing.md'])).toEqual([posts[2], posts[0]]);
  });

  test('a path given twice gives its drop twice (a post naming a tag twice is twice on its archive page)', () => {
    const indexOf = pathIndexer();
    expect(dropsInOrder(posts, indexOf(posts), ['_posts/a.md', '_posts/c.md', '_posts/a.md'])).toEqual([posts[2], posts[0], posts[2]]);
  });

  test('a path two drops share (one file read twice) gives each in turn', () => {
    const indexOf = pathIndexer();
    expect(dropsInOrder(posts, indexOf(posts), ['_posts/b.md', '_posts/b.md'])).toEqual([posts[1], posts[3]]);
  });

  test('a list is indexed once, another list on its own', () => {
    const indexOf = pathIndexer();
    const first = indexOf(posts);
    expect(indexOf(posts)).toBe(first);
    expect(first.get('_posts/b.md')).toEqual([1, 3]);
    const other = [{ path: '_posts/a.md' }];
    expect(indexOf(other).get('_posts/a.md')).toEqual([0]);
  });
});
