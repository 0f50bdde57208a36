// The block ends (LAZY_END, PARAGRAPH_END of kramdown and GFM) are tried as separate patterns,
// LAZY_END's HTML alternatives only at a line with `<`, and kramdown's `\b` after the span
// element names written as "no word character next": they must match where kramdown's whole
// alternation (with R's \b) does.
import { Scanner } from '../../lib/markdown/kramdown/scanner.js';
import { R } from '../../lib/markdown/kramdown/regex.js';
import { HTML_SPAN_ELEMENTS, LAZY_END, BLANK_LINE_SRC, EOB_MARKER_SRC, OPT_SPACE, DEFINITION_LIST_START_SRC, LIST_START_SRC,
  ATX_HEADER_START_GFM_SRC, BLOCKQUOTE_START_SRC, FENCED_CODEBLOCK_START_GFM_SRC, IAL_BLOCK_START_SRC } from '../../lib/markdown/kramdown/patterns.js';
import { PARAGRAPH_END_GFM, PARAGRAPH_END_KRAMDOWN } from '../../lib/markdown/kramdown/paragraph.js';
import { UNAME } from '../../lib/markdown/kramdown/regex.js';

// kramdown's paragraph.rb, as R reads it
const LAZY_SPAN = [...HTML_SPAN_ELEMENTS, 'script'].join('|');
const LAZY_END_SRC = `${BLANK_LINE_SRC}|${EOB_MARKER_SRC}|^${OPT_SPACE}<\\/(?!(?:${LAZY_SPAN})\\b)${UNAME}\\s*>|^${OPT_SPACE}<(?!(?:${LAZY_SPAN})\\b)${UNAME}|\\Z`;
const WHOLE: Array<[string, typeof LAZY_END, RegExp]> = [
  ['LAZY_END', LAZY_END, R(`${IAL_BLOCK_START_SRC}|${LAZY_END_SRC}`, 'y')],
  ['PARAGRAPH_END (kramdown)', PARAGRAPH_END_KRAMDOWN, R(`${IAL_BLOCK_START_SRC}|${LAZY_END_SRC}|${DEFINITION_LIST_START_SRC}`, 'y')],
  ['PARAGRAPH_END (GFM)', PARAGRAPH_END_GFM, R(`${IAL_BLOCK_START_SRC}|${LAZY_END_SRC}|${LIST_START_SRC}|${ATX_HEADER_START_GFM_SRC}|${DEFINITION_LIST_START_SRC}|${BLOCKQUOTE_START_SRC}|${FENCED_CODEBLOCK_START_GFM_SRC}`, 'y')],
];

const NAMES = ['a', 'ab', 'abbr', 'abbrx', 'b', 'bx', 'span', 'spans', 'script', 'scripts', 'div', 'p', 'i', 'img', 'em', 'x', 'a-b', 'a_b', 'a.b', 'a:b', 'aé', 'a²', 'a\u0301', 'a1', 'a中', 'é', '中', '1'];
const LINES: string[] = ['', '\n', '  \n', 'text\n', '^\n', '{: .c}\n', '{:x}\n', '* x\n', '1. x\n', '# h\n', '#h\n', '> q\n', '```\n', '~~~x\n', ': d\n', '- \n'];
for (const n of NAMES) for (const pre of ['', ' ', '   ', '    ']) for (const post of ['>\n', ' >\n', '\n', '/>\n', ' x="y">\n', '']) {
  LINES.push(`${pre}<${n}${post}`, `${pre}</${n}${post}`);
}

describe('block ends tried in parts agree with kramdown\'s alternation', () => {
  test.each(WHOLE)('%s', (_name, parts, whole) => {
    for (const line of LINES) for (const before of ['', 'p\n']) {
      const text = before + line;
      const src = new Scanner(text);
      src.pos = before.length;
      whole.lastIndex = 0;
      expect({ text, end: src.test(parts) }).toEqual({ text, end: whole.test(text.slice(before.length)) });
    }
  });
});
