// The converter's shortcut for leading lines of HTML paragraphs (raw-html-blocks.ts) must give
// what the full pipeline gives: the public unified plugins, which have no shortcut, are the
// reference, on generated documents, near misses and kramdown's own cases after such lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  createKramdownHandlers, createMarkdownConverter, kramdownParse, remarkKramdownRehype,
  rehypeKramdownLayout, rehypeKramdownStringify, resolveOptions,
} from '../../lib/markdown/index.js';
import { rawHtmlPrefix } from '../../lib/markdown/raw-html-blocks.js';
import { toWarnings } from '../../lib/markdown/warnings.js';
import { escapeHighlighter } from '../../lib/markdown/converter.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

const SETTINGS = [{}, { input: 'kramdown' }, { hard_wrap: true, auto_ids: false }];

// Each setting's converter and the plain unified pipeline with the same options.
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
    const expected = String(processor.processSync(file));
    expect(converter.convert(text, 'p.md')).toBe(expected);
    expect(converter.warnings).toEqual(toWarnings(file));
  }
}

const text = fc.stringMatching(/^[^<>&\n\r\0]{0,12}$/);
const href = fc.constantFrom('', '/a?b=c#d', "http://x.org/'q'", 'a b');
// A span element the shortcut writes as it is, possibly holding another.
const span: fc.Arbitrary<string> = fc.letrec<{ s: string }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom('em', 'strong', 'code', 'a'), href, fc.array(tie('s'), { maxLength: 2 }))
      .map(([tag, h, kids]) => `<${tag}${tag === 'a' ? ` href="${h}"` : ''}>${kids.join('')}</${tag}>`),
  ),
})).s;
const open = fc.constantFrom('<p>', '<p class="">', '<p class="em_media">', '<p class="a b-c_d">');
const paragraph = fc.tuple(open, fc.array(span, { maxLength: 3 })).map(([o, kids]) => `${o}${kids.join('')}</p>`);
const line = fc.tuple(fc.constantFrom('', ' ', '  ', '   '), fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '\t', ' \t '))
  .map(([lead, ps, trail]) => `${lead}${ps.join('')}${trail}`);
// What may follow the paragraphs' blank line, including what could reach back to them.
const rest = fc.constantFrom(
  '', '\n', 'x\n', '<http://a.org/b>\n\n[a](/b)｜[c](/d)\n', '*[HTML]: Hyper Text\n', '{: .cls}\n<p>z</p>\n',
  ': definition\n', '    code\n', '# Head {#id}\n\n* {:toc}\n', 'a[^1]\n\n[^1]: note\n', '[^x]: unused\n',
  '{::options parse_block_html="true" /}\n<p>*e*</p>\n', '[a]: /link\n', '</p>\n', '> quote\n', '<p>a</p>\n',
);

describe('leading HTML paragraphs', () => {
  test('documents of such lines, with or without a rest after a blank line, give what the pipeline gives', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n', '\n\n', '\n\n\n'), rest, (lines, gap, after) => {
        expectSame(lines.join('\n') + gap + after);
      }),
      { numRuns: 300 },
    );
  });

  test('near misses give what the pipeline gives', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<p class="x">', '<p id="y">', '<em>', '</em>', '<strong>', '</strong>',
      '<a href="h">', '<a>', '</a>', '<code>', '<br />', ' ', '    ', '\t', '\n', '\n\n', 'a', '*b*', '&', '&amp;', '<', '>', '\r\n', '{: .c}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: 500 },
    );
  });

  test.each([
    ['<p>a</p>\n <p>b</p>\n   <p>c</p><p class="x">d </p>  \n', '<p>a</p>\n<p>b</p>\n<p>c</p>\n<p class="x">d </p>\n', 3],
    ['<p>a <em>b</em> <a href="/c">c</a></p>', '<p>a <em>b</em> <a href="/c">c</a></p>\n', 1],
    ['<p>a</p>\n\n<p>b</p>\n', '<p>a</p>\n', 1],
  ])('%j is taken: %j', (input, html, lines) => {
    const prefix = rawHtmlPrefix(input);
    expect(prefix).toEqual({ html, end: input.indexOf('\n\n') >= 0 ? input.indexOf('\n\n') + 1 : input.length, lines });
    expectSame(input);
  });

  // Real Jekyll (kramdown 2.4) writes each of these differently from its input, or they
  // need the parser: the shortcut must leave them to it.
  test.each([
    '    <p>code</p>\n', '\t<p>a</p>\n', '<p id="x">a</p>\n', '<p>a & b</p>\n', '<p>a <em>b</p>\n',
    '<p>a</em>b</p>\n', '<p><em>a</strong></p>\n', '<p><em class="x">a</em></p>\n', '</a>\n', '<p>a</p> x\n',
    '<p>a</p>   <p>b</p>\n', '<p>a</p>\n{: .x}\n', '<p>a</p>\r\n', '<div>a</div>\n', '\n<p>a</p>\n', '<p>a\nb</p>\n',
    '<P>a</P>\n', '<p><a href="x" title="t">a</a></p>\n', '<p><p>a</p></p>\n',
  ])('%j is left to the parser', (input) => {
    expect(rawHtmlPrefix(input)).toBeNull();
    expectSame(input);
  });

  test('with parse_block_html the paragraphs are Markdown again', () => {
    const html = createMarkdownConverter({ kramdown: { parse_block_html: true } }).convert(' <p>*a*</p><p>b</p>\n');
    expect(html).toBe('<p><em>a</em></p>\n<p>b</p>\n');
  });

  test('a rest that warns is parsed with the paragraphs: warnings keep the lines of the whole text', () => {
    const c = createMarkdownConverter({});
    const input = '<p>a</p>\n<p>b</p>\n\n[^x]: unused\n';
    expect(c.convert(input, 'w.md')).toBe('<p>a</p>\n<p>b</p>\n\n');
    expect(c.warnings).toEqual([{ message: "Footnote definition for 'x' on line 4 is unreferenced - ignoring", file: 'w.md', line: 4, ruleId: 'kramdown' }]);
    expectSame(input);
  });

  test('a rest nested too deeply is a MARKDOWN_ERROR at its line in the whole text', () => {
    const deep = Array.from({ length: 600 }, (_, i) => '> '.repeat(i + 1) + 'x').join('\n');
    let error: unknown;
    try {
      createMarkdownConverter({}).convert(`<p>a</p>\n<p>b</p>\n\nintro\n\n${deep}`, '_posts/deep.md');
    } catch (e) {
      error = e;
    }
    // (the copy budget stops it first: line 58 of the rest, as in test/markdown/pathological.test.ts)
    expect(error).toMatchObject({ code: 'MARKDOWN_ERROR', file: '_posts/deep.md', line: 61 });
  });

  (HAS_SHARED ? test : test.skip)('kramdown\'s cases, alone and after HTML paragraphs, give what the pipeline gives', () => {
    const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Array<{ input: string }> };
    for (const c of manifest.cases) {
      const input = readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8');
      expectSame(input);
      expectSame(`<p>a</p>\n <p class="x">b <em>c</em></p>\n\n${input}`);
    }
  });
});
