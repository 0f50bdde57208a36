// The converter's shortcut for plain paragraphs with links and URL autolinks
// (simple-paragraphs.ts) must give what the full pipeline gives: the public unified
// plugins, which have no shortcut, are the reference, on generated documents, near misses
// and kramdown's own cases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  createKramdownHandlers, createMarkdownConverter, kramdownParse, remarkKramdownRehype,
  rehypeKramdownLayout, rehypeKramdownStringify, resolveOptions,
} from '../../lib/markdown/index.js';
import { simpleParagraphs } from '../../lib/markdown/simple-paragraphs.js';
import { toWarnings } from '../../lib/markdown/warnings.js';
import { escapeHighlighter } from '../../lib/markdown/converter.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

const SETTINGS = [{}, { input: 'kramdown' }, { hard_wrap: true }, { remove_line_breaks_for_cjk: true }];

const pairs = SETTINGS.map((kramdown) => {
  const options = resolveOptions(kramdown);
  const handlers = createKramdownHandlers({ options, highlight: escapeHighlighter });
  const processor = unified()
    .use(kramdownParse, { options })
    .use(remarkKramdownRehype, { handlers })
    .use(rehypeKramdownLayout)
    .use(rehypeKramdownStringify)
    .freeze();
  const converter = createMarkdownConverter({ kramdown, highlight: escapeHighlighter });
  return { converter, processor };
});

function expectSame(text: string): void {
  for (const { converter, processor } of pairs) {
    const file = new VFile({ value: text, path: 'p.md' });
    let expected: string;
    try {
      expected = String(processor.processSync(file));
    } catch (e) {
      // kramdown's own crashes (a definition term of NUL characters only: kramdown-crash.ts) are the same crash
      expect(() => converter.convert(text, 'p.md')).toThrow((e as Error).message);
      continue;
    }
    expect(converter.convert(text, 'p.md')).toBe(expected);
    expect(converter.warnings).toEqual(toWarnings(file));
  }
}

// Pieces that the shortcut writes, and near misses that it must leave to the parser.
const PIECES = [
  'a', 'word', '返回首页', '｜', '“引”', ' ', '  ', '\n', '\n\n', '\n\n\n', '2015年', '1.5', '(x)', '#', '%', '@', '/', ':', ';', '?', ',', '.', '=', '+',
  '<http://a.org/b?c=1#d>', '<https://x.y/>', '<ftp://f.g/h>', '<ftps://f.g/>', '[link](/x.html)', '[返回](//b.com/c.html)', '[a b](http://c.d/e_f~g)',
  // near misses
  '-', '--', '...', '..', '*', '_', '`', '"', "'", '&', '&amp;', '\\', '!', '[', ']', '(', ')', '<', '>', '<<', '>>', '{', '}', '{:.x}', '|', '~~', '$$', '^',
  '\t', '\r\n', '    ', '1. ', '1) ', '* ', '- ', '+ ', '> ', '# ', '## ', ': ', '===', '---', '```', '~~~', '[^1]', '*[a]: b', '[x]: /y', '{::comment}',
  '<mailto:a@b.c>', '<a@b.c>', '<http://>', '<http:/x>', '<http://a b>', '<http://a"b>', '<p>', '</p>', '<div>', '<!-- c -->', '[]()', '[a]()', '[](b)',
  '[a](b c)', '[a](<b>)', '[a](b "t")', '[a] (b)', '[a][b]', '![a](b)', '[a](b){: .c}', '[*a*](b)', '\u2028', '\u00a0', '\0',
  // emphasis, and its near misses
  '*a*', '**b c**', '*强调*', '**', '***', '* a*', '*a *', '*a**', '**a*', '***a***', '*a-b*', '*a--b*', '_a_', '__a__', '*[a](b)*',
];

describe('plain paragraphs with links and autolinks', () => {
  test('a document the pipeline stops on stops the converter alike', () => {
    expect(() => pairs[0]!.processor.processSync(new VFile({ value: '\u0000\n:  ', path: 'p.md' }))).toThrow('undefined method');
    expectSame('\u0000\n:  ');
  });

  test('documents of pieces give what the pipeline gives', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => expectSame(pieces.join(''))), { numRuns: 1500 });
  });

  test.each([
    ['\n<http://a.example.com/x?y=1>\n\n[返回A](//b.com/c.html)｜[返回首页](//b.com/)\n',
      '\n<p><a href="http://a.example.com/x?y=1">http://a.example.com/x?y=1</a></p>\n\n<p><a href="//b.com/c.html">返回A</a>｜<a href="//b.com/">返回首页</a></p>\n'],
    ['one line\nand (another) 2015.\n\n\n\nnext: 1.5 # x\n\n', '<p>one line\nand (another) 2015.</p>\n\n<p>next: 1.5 # x</p>\n\n'],
    ['a [b](c) d <https://e.f/g_h~i>', '<p>a <a href="c">b</a> d <a href="https://e.f/g_h~i">https://e.f/g_h~i</a></p>\n'],
    ['\n\nx', '\n<p>x</p>\n'],
    ['a *b c* d **e.** f*g*h\nx (*1*)', '<p>a <em>b c</em> d <strong>e.</strong> f<em>g</em>h\nx (<em>1</em>)</p>\n'],
  ])('%j is taken: %j', (input, html) => {
    expect(simpleParagraphs(input)).toBe(html);
    expectSame(input);
  });

  // Each needs the parser (a block, a span, typography, whitespace it changes): left to it.
  test.each([
    '', '\n', '\n\n', '# h\n', 'a\n# h\n', '1. a\n', 'a\n2. b\n', '- a\n', 'a\n===\n', 'a\n---\n', ': d\n', '> q\n', '    code\n', ' a\n', 'a \n',
    'a  \nb\n', 'a\\\nb\n', "it's\n", 'a -- b\n', 'a...\n', 'a\n<http://x.y/>\n', 'a\n[b](c)\n', '<mailto:a@b.c>\n', '<div>\n', 'a & b\n',
    '*[HTML]: x\nHTML\n', '[a]: /b\n[a]\n', 'a[^1]\n', 'a {: .b}\n', '[a](b "t")\n', '[a](<b>)\n', 'a\r\nb\n', 'a | b\n',
    '*a*\n', 'a\n*b*\n', 'a * b*\n', 'a *b *\n', 'a *b**\n', 'a **b*\n', 'a **b***\n', 'a ***b***\n', 'a *b\n', 'a *[b](c)*\n', 'a _b_\n',
  ])('%j is left to the parser', (input) => {
    expect(simpleParagraphs(input)).toBeNull();
    expectSame(input);
  });

  test('with hard_wrap the line breaks are the parser\'s (<br />)', () => {
    expect(createMarkdownConverter({ kramdown: { hard_wrap: true } }).convert('a\nb\n')).toBe('<p>a<br />\nb</p>\n');
  });

  (HAS_SHARED ? test : test.skip)('kramdown\'s cases, and such paragraphs after HTML paragraphs, give what the pipeline gives', () => {
    const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Array<{ input: string }> };
    for (const c of manifest.cases) expectSame(readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8'));
    expectSame('<p>a</p>\n <p class="x">b <em>c</em></p>\n\n<http://a.org/b>\n\n[c](/d)｜[e](/f)\n');
  });
});
