// cmark-gfm 0.29.0.gfm.6 as WebAssembly (vendor/cmark-gfm/cmark-gfm.wasm): the tree it gives
// and commonmarker's escapes as the renderer writes them. What `markdown: CommonMark` writes
// is checked against Jekyll in commonmarker.test.ts and by scripts/fuzz-gfm.mjs.
import { CMARK_EXTENSIONS, CMARK_PARSE, cmarkParse, type CmarkNode } from '../../lib/markdown/cmark-wasm.js';
import { escapeHref, escapeHtml } from '../../lib/markdown/commonmark/cmark-renderer.js';
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const types = (n: CmarkNode): unknown => [n[0], ...n[6].map(types)];

test('the tree: types, positions and fields, the extensions attached', () => {
  const doc = cmarkParse('# Hi *there*\n\n- [x] done\n- [ ] `todo`\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n', CMARK_PARSE.UNSAFE, CMARK_EXTENSIONS.table | CMARK_EXTENSIONS.tasklist);
  expect(types(doc)).toEqual([
    'document',
    ['header', ['text'], ['emph', ['text']]],
    ['list', ['list_item', ['paragraph', ['text']]], ['list_item', ['paragraph', ['code']]]],
    ['table', ['table_header', ['table_cell', ['text']], ['table_cell', ['text']]], ['table_row', ['table_cell', ['text']], ['table_cell', ['text']]]],
  ]);
  const [heading, list, table] = doc[6];
  expect(heading!.slice(1, 6)).toEqual([1, 1, 1, 12, { level: 1 }]);
  expect(list![5]).toEqual({ ordered: 0, start: 0, tight: 1 });
  expect(list![6].map((item) => item[5])).toEqual([{ typeString: 'tasklist', checked: 1 }, { typeString: 'tasklist', checked: 0 }]);
  expect(table![5]).toEqual({ typeString: 'table', alignments: 'lr' });
});

test('text with quotes, backslashes, controls and characters beyond ASCII comes back whole', () => {
  const text = 'a "q" \\\\ \u0001 é 漢字 😀';
  const doc = cmarkParse(text, 0, 0);
  expect(doc[6][0]![6][0]![5].literal).toBe('a "q" \\ \u0001 é 漢字 😀');
});

test('a document nested deeper than any stack still parses', () => {
  const doc = cmarkParse(`${'>'.repeat(20_000)} deep\n`, 0, 0);
  let depth = 0;
  for (let n: CmarkNode | undefined = doc; n; n = n[6][0]) depth++;
  expect(depth).toBe(20_003);
});

test("houdini's escapes: escape_html leaves ' and /, escape_href percent-encodes bytes", () => {
  expect(escapeHtml(`<a href="x">&'/`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;\'/');
  expect(escapeHref("http://x.y/a b?c=d&e='f'#g[h]é")).toBe('http://x.y/a%20b?c=d&amp;e=&#x27;f&#x27;#g%5Bh%5D%C3%A9');
});

test('a GitHub Pages heading after a long document: the text before it is kept whole', () => {
  const converter = createMarkdownConverter({ markdown: 'CommonMarkGhPages', commonmark: { extensions: ['table'], options: ['unsafe'] } });
  const long = 'a *b* c\n'.repeat(60_000);
  const html = converter.convert(`${long}\n# Title *x*\n`);
  expect(html.endsWith('<h1 id="title-emxem">Title <em>x</em></h1>\n')).toBe(true);
  expect(html.split('<em>b</em>').length - 1).toBe(60_000);
});
