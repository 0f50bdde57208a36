// Which block constructs can start a line, chosen by the line's first
// significant character instead of trying every construct's start pattern in
// turn (kramdown/parser/kramdown.rb parse_blocks tries them all: each
// construct's start regexp is tried at each line). Each construct says which
// first characters its start pattern admits (BlockConstruct.first); the table
// keeps kramdown's order, so the construct that handles a line is the one
// kramdown picks. test/markdown/block-dispatch.test.ts checks the table
// against the full loop.
import type { BlockConstruct } from './parser.js';

/** The bucket of every non-ASCII first character (no construct names one). */
const OTHER = 128;
/** Stands for all non-ASCII characters when the table is built. */
const OTHER_CHAR = '\u4e00';

/** The constructs worth trying at `pos` of `s`, in kramdown's order. */
export type BlockDispatch = (s: string, pos: number) => readonly BlockConstruct[];

/**
 * Builds the dispatch table: for `n` leading spaces (0 to 3, 4 for four or
 * more) and the character after them, the constructs whose `first` admits it.
 */
export function blockDispatch(blocks: readonly BlockConstruct[]): BlockDispatch {
  const table: (readonly BlockConstruct[])[] = [];
  for (let n = 0; n <= 4; n++) {
    for (let code = 0; code <= OTHER; code++) {
      const c = code === OTHER ? OTHER_CHAR : String.fromCharCode(code);
      table.push(blocks.filter((b) => b.first(c, n)));
    }
  }
  return (s, pos) => {
    const limit = Math.min(s.length, pos + 4);
    let i = pos;
    while (i < limit && s.charCodeAt(i) === 32) i++;
    if (i >= s.length) return blocks; // nothing but spaces left: try them all
    const code = s.charCodeAt(i);
    return table[(i - pos) * (OTHER + 1) + (code < OTHER ? code : OTHER)];
  };
}

/** First characters that can begin a blank line (`\s*\n`). */
export const BLANK_FIRST = ' \t\n\x0b\f\r';

/**
 * Whether a `|` occurs on the line at `pos` (the table's start pattern needs
 * one); the search runs to the end of the line only.
 */
export function pipeOnLine(s: string, pos: number): boolean {
  // Two native searches of the line, not a loop over its characters (a paragraph's
  // first line is often long prose); measured with table.ts's splitCells shortcut. The line
  // is sliced first: indexOf('|', pos) alone would search past it, to the end of a document
  // without pipes, at every paragraph (quadratic).
  const nl = s.indexOf('\n', pos);
  return (nl === -1 ? s.slice(pos) : s.slice(pos, nl)).includes('|');
}

/**
 * Characters that, after at most three spaces, can begin one of the
 * alternatives of LAZY_END and PARAGRAPH_END (kramdown's or GFM's) other than a
 * blank line and the end of the text: an EOB marker, HTML, a list, an ATX
 * header, a definition, a quote, a fence, a block IAL.
 */
const END_FIRST = '^<+*-0123456789#:>~`{';

/**
 * The cheap answers of a paragraph-end pattern (LAZY_END, PARAGRAPH_END) at
 * the line at `pos`: true at a blank line or the end of the text, false when
 * the line's first character can start no alternative; undefined when only the
 * pattern can tell.
 */
export function endAt(s: string, pos: number): boolean | undefined {
  if (pos >= s.length) return true; // \Z
  let n = 0;
  while (s.charCodeAt(pos + n) === 32) n++;
  for (let i = pos + n; ; i++) {
    if (i >= s.length) return undefined; // only whitespace left, no line break
    const c = s.charCodeAt(i);
    if (c === 10) return true; // a blank line
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12 && c !== 13) break;
  }
  if (n > 3) return false;
  return END_FIRST.includes(s[pos + n]) ? undefined : false;
}
