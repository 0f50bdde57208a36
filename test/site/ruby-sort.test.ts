// Ruby's sort! with a comparison that is not transitive (Document#<=> with nil dates):
// the expected orders were printed by Ruby 3.1 on Debian (glibc qsort_r).
import { rubySort } from '../../lib/site/ruby-sort.js';

// Like Document#<=>: compare the values unless one is nil, then the position (the path).
const documentLike = (x: [number | null, number], y: [number | null, number]): number => {
  const c = x[0] === null || y[0] === null ? 0 : x[0] - y[0];
  return c !== 0 ? c : x[1] - y[1];
};

describe('rubySort', () => {
  test.each([
    [[1, null, 0, 3, 0, 5], [4, 0, 1, 2, 3, 5]],
    [[1, 0, null, null, 0, 0, 1, 5, 4, 0, null, 5, 4], [1, 9, 0, 2, 3, 4, 5, 6, 8, 7, 10, 12, 11]],
    [[1, 1, 2, 0, 4, null], [3, 0, 1, 2, 4, 5]],
  ])('%j sorts to positions %j as Ruby does', (values, expected) => {
    const items = values.map((v, i) => [v, i] as [number | null, number]);
    expect(rubySort(items, documentLike).map((x) => x[1])).toEqual(expected);
  });

  test('stable for equal keys (sort_by! of pages by name)', () => {
    const items = ['b/index.md', 'a/index.md', 'index.md', 'a/about.md'];
    const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
    expect(rubySort([...items], (a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0))).toEqual(['a/about.md', 'b/index.md', 'a/index.md', 'index.md']);
  });
});
