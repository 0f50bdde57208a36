// LayoutReader#entries_in, checked with Jekyll 4.3.1 (sites/read20-layout-entries).
import { isLayoutEntry } from '../../lib/site/inventory.js';
import { createEntryFilter } from '../../lib/site/entry-filter.js';

const filter = createEntryFilter(['.htaccess'], ['secret.html', 'drafts', 'node_modules']);
test.each<[string, boolean]>([
  ['default.html', true], ['a.b.html', true], ['sub/inner.html', true], ['my layout.html', true], ['sub/_x/y.html', true],
  ['_x.html', false], ['#y.html', false], ['~w.html', false], ['z.html~', false], ['sub/_p.html', false], ['_sub/q.html', false],
  ['README', false], ['v1.0/post', false], ['.hidden.html', false], ['.git/x.html', false],
  ['secret.html', false], ['drafts/d.html', false], ['node_modules/n.html', false],
])('%s: %s', (inner, expected) => expect(isLayoutEntry(filter, inner)).toBe(expected));

// A folder whose name has a dot is an entry of Dir["**/*.*"] too: Jekyll 4.3.1 warns "Error
// reading file .../_layouts/v1.0: Is a directory" and keeps a layout `v1` that renders nothing
// (fixtures/sites/fid21-layout-dotted-folders has the pages).
test('a dotted folder of _layouts is a layout that cannot be read', async () => {
  const { renderSite } = await import('../../lib/render/render-site.js');
  const { memorySource } = await import('../../lib/source/index.js');
  const result = await renderSite({
    source: memorySource({ '_layouts/v1.0/post.html': 'P[{{ content }}]', 'a.html': '---\nlayout: v1\n---\ntext\n', 'b.html': '---\nlayout: v1.0/post\n---\ntext\n' }),
    write: false,
    env: { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC' },
  });
  const text = (p: string) => Buffer.from(result.files.find((f) => f.path === p)!.contents).toString();
  expect([text('a.html'), text('b.html')]).toEqual(['', 'P[text\n]']);
  expect(result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^Error reading file .*_layouts\/v1\.0: Is a directory$/));
});

// An empty folder is listed by the glob as well: Jekyll 4.3.1 with an empty `_layouts/post.html/`
// warned "Error reading file .../_layouts/post.html: Is a directory" and rendered a page with
// `layout: post` as nothing; an empty `_layouts/default/` (no dot) is no entry: "Layout 'default'
// requested in about.md does not exist." (kyll saw no layout `post` and rendered the page bare).
test('an empty dotted folder of _layouts is a layout that cannot be read', async () => {
  const { renderSite } = await import('../../lib/render/render-site.js');
  const { memorySource } = await import('../../lib/source/index.js');
  const result = await renderSite({
    source: memorySource({ '_layouts/post.html/': '', '_layouts/default/': '', 'index.md': '---\nlayout: post\n---\nhi\n', 'about.md': '---\nlayout: default\n---\nabout\n' }),
    write: false,
    env: { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC' },
  });
  const text = (p: string) => Buffer.from(result.files.find((f) => f.path === p)!.contents).toString();
  expect([text('index.html'), text('about.html')]).toEqual(['', '<p>about</p>\n']);
  const messages = result.diagnostics.map((d) => d.message);
  expect(messages).toContainEqual(expect.stringMatching(/^Error reading file .*_layouts\/post\.html: Is a directory$/));
  expect(messages).toContain("Build Warning: Layout 'default' requested in about.md does not exist.");
  expect(messages.filter((m) => m.includes("Layout 'post'"))).toEqual([]);
});
