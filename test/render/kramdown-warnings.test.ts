// `kramdown: {show_warnings: true}` (lib/render/kramdown-warnings.ts): each warning of a
// conversion as Jekyll logs it, "Kramdown warning: ...", once for each distinct text converted;
// the same site as Jekyll 4.3.1 builds it logs the four warnings checked here, in this order.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';

const BODY = 'A [link][nope] and a note[^x].\n\nSame [link][nope].\n';
const site = (config: string) =>
  memorySource({
    '_config.yml': config,
    '_posts/2020-01-01-a.md': `---\n---\n${BODY}`,
    // the same text again: Jekyll's converter cache converts it once
    'same.md': `---\n---\n${BODY}`,
    'index.html': '---\n---\n{{ "x [y][z]" | markdownify }}\n{{ "x [y][z]" | markdownify }}\n',
  });

const kramdownWarnings = async (config: string) =>
  (await renderSite({ source: site(config), write: false })).diagnostics.filter((d) => d.message.startsWith('Kramdown warning:')).map((d) => [d.message, d.file]);

test('show_warnings logs each warning of each distinct text once', async () => {
  expect(await kramdownWarnings('kramdown:\n  show_warnings: true\n')).toEqual([
    ["Kramdown warning: No link definition for link ID 'nope' found on line 1", '_posts/2020-01-01-a.md'],
    ["Kramdown warning: Footnote definition for 'x' not found on line 1", '_posts/2020-01-01-a.md'],
    ["Kramdown warning: No link definition for link ID 'nope' found on line 3", '_posts/2020-01-01-a.md'],
    ["Kramdown warning: No link definition for link ID 'z' found on line 1", undefined],
  ]);
});

test('without show_warnings (Jekyll\'s default), or with another converter, nothing is logged', async () => {
  expect(await kramdownWarnings('title: t\n')).toEqual([]);
  expect(await kramdownWarnings('kramdown:\n  show_warnings: false\n')).toEqual([]);
  expect(await kramdownWarnings('markdown: CommonMark\nplugins: [jekyll-commonmark]\nkramdown:\n  show_warnings: true\n')).toEqual([]);
});
