// A collection's `order:` entries as Collection#rearrange_docs! joins them
// (File.join(relative_directory, entry)): a leading slash takes the place of the one File.join
// would add, a list is joined into a path, anything else stops the build with File.join's
// TypeError. Checked against Jekyll 4.3.1 on a probe site (the same orders and messages).
import { memorySource, renderSite } from '../../lib/index.js';

const build = (order: string) =>
  renderSite({
    source: memorySource({
      '_config.yml': `collections:\n  r:\n    output: false\n    order: ${order}\n`,
      '_r/a.md': '---\n---\na',
      '_r/b.md': '---\n---\nb',
      '_r/sub/c.md': '---\n---\nc',
      'i.html': '---\n---\n{{ site.r | map: "relative_path" | join: "," }}',
    }),
  });

const order = async (list: string): Promise<string> => String((await build(list)).files.find((f) => f.path === 'i.html')!.contents);

test('a leading slash, two slashes and a list of path pieces, as File.join joins them', async () => {
  expect(await order('[/b.md, a.md]')).toBe('_r/b.md,_r/a.md,_r/sub/c.md');
  expect(await order('[[sub, c.md], b.md]')).toBe('_r/sub/c.md,_r/b.md,_r/a.md');
  // File.join("_r", "//b.md") keeps both slashes: no document is named so
  expect(await order('["//b.md", sub/c.md]')).toBe('_r/sub/c.md,_r/a.md,_r/b.md');
});

test.each([
  ['[5, a.md]', 'Integer'],
  ['[a.md, ~]', 'nil'],
  ['[a.md, [1]]', 'Integer'],
  ['[{x: 1}]', 'Hash'],
  ['[true]', 'true'],
])('order: %s stops with File.join\'s TypeError', async (list, name) => {
  await expect(build(list)).rejects.toThrow(`no implicit conversion of ${name} into String`);
});
