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

describe('collection sort_by', () => {
  test('documents without the key go last, with Jekyll\'s sort warning', async () => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const result = await renderSite({
      write: false,
      env: { SOURCE_DATE_EPOCH: '0' },
      source: memorySource({
        '_config.yml': 'collections:\n  ranked:\n    sort_by: rank\n',
        '_ranked/a.md': '---\nrank: 2\n---\n',
        '_ranked/b.md': '---\n---\n',
        '_ranked/c.md': '---\nrank: 1\n---\n',
        '_ranked/d.md': '---\nrank: "x"\n---\n',
        'index.html': '---\n---\n{% for d in site.ranked %}{{ d.relative_path }} {% endfor %}',
      }),
    });
    // "x" cannot be compared with 1 or 2: Document#<=> (the path) decides there.
    expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe('_ranked/c.md _ranked/a.md _ranked/d.md _ranked/b.md ');
    expect(result.diagnostics.map((d) => d.message)).toContain("Sort warning: 'rank' not defined in _ranked/b.md");
  });

  // order_with_warning logs at each comparison of a document without the key with one that has it:
  // Jekyll 4.3.1 names s.md twice for `rank` (compared with p.md and w.md), and once for `date`
  // (w.md, undated too, is only compared with s.md). Seen in a config variant of a real site.
  test.each([
    ['rank', ["Sort warning: 'rank' not defined in _r/s.md", "Sort warning: 'rank' not defined in _r/s.md"]],
    ['date', ["Sort warning: 'date' not defined in _r/s.md"]],
  ])('sort_by %s warns per comparison, as Ruby\'s sort! makes them', async (key, expected) => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const result = await renderSite({
      write: false,
      env: { SOURCE_DATE_EPOCH: '0' },
      source: memorySource({
        '_config.yml': `collections:\n  r:\n    sort_by: ${key}\n`,
        '_r/p.md': '---\nrank: 2\ndate: 2021-05-05\n---\n',
        '_r/s.md': '---\n---\n',
        '_r/w.md': '---\nrank: 1\n---\n',
      }),
    });
    expect(result.diagnostics.map((d) => d.message).filter((m) => m.startsWith('Sort warning'))).toEqual(expected);
  });
});

describe('collection documents with an undated one', () => {
  // Collection#entries globs `**/*` (each folder's names sorted, its contents right after its name),
  // and sort! starts from there: with the path fallback for the undated document, that start decides.
  // Jekyll 4.3.1 lists these as below.
  test('are sorted from the order Dir.glob lists them', async () => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const result = await renderSite({
      write: false,
      env: { SOURCE_DATE_EPOCH: '0' },
      source: memorySource({
        '_config.yml': 'collections:\n  w:\n    output: false\n',
        '_w/c.md': '---\ndate: 2020-01-03\n---\n',
        '_w/a.md': '---\ndate: 2020-01-05\n---\n',
        '_w/a/x.md': '---\ntitle: x\n---\n',
        '_w/b.md': '---\ndate: 2020-01-03\n---\n',
        '_w/a-b.md': '---\ndate: 2020-01-04\n---\n',
        'index.html': '---\n---\n{% for d in site.w %}{{ d.relative_path }} {% endfor %}',
      }),
    });
    expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe('_w/b.md _w/c.md _w/a-b.md _w/a.md _w/a/x.md ');
  });
});

describe('site.pages with equal names', () => {
  // reader.rb reads each folder in Dir.entries' order (subfolders before its own pages) and
  // sort_by!(&:name) keeps that order for equal names: in memory, the order the files were given.
  test('keep the order of their folders as the source lists them', async () => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const page = '---\n---\nx';
    const build = async (files: Record<string, string>): Promise<string> => {
      const result = await renderSite({ write: false, env: { SOURCE_DATE_EPOCH: '0' }, source: memorySource(files) });
      return String(result.files.find((f) => f.path === 'list.txt')!.contents);
    };
    const list = '---\n---\n{% for p in site.pages %}{{ p.path }} {% endfor %}';
    expect(await build({ 'tags/index.html': page, 'list.txt': list, 'about/index.html': page, 'blog/x/index.html': page, 'blog/index.html': page })).toBe(
      'tags/index.html about/index.html blog/x/index.html blog/index.html list.txt ',
    );
    expect(await build({ 'about/index.html': page, 'blog/index.html': page, 'blog/x/index.html': page, 'list.txt': list, 'tags/index.html': page })).toBe(
      'about/index.html blog/x/index.html blog/index.html tags/index.html list.txt ',
    );
  });
});
