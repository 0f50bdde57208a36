// kramdown/parser/kramdown/codeblock.rb, and the GFM fence of parser/gfm.rb
import { R, lazyR } from './regex.js';
import {
  EOB_MARKER_SRC, IAL_BLOCK_START_SRC, INDENT, LAZY_END_HTML,
} from './patterns.js';
import { strip } from './strings.js';
import { fenceLimit, GFM_CLOSER, KD_CLOSER } from './fence-limit.js';
import type { BlockConstruct, Parser } from './parser.js';

const BLANKS = R('(?:^\\s*\\n)+', 'y');
const INDENTED = R('(?:\\t| {4})[ \\t]*\\S.*\\n', 'y');
// codeblock.rb's lazy line, `(?!IAL|EOB|HTML stop|HTML start)^[ \t]*\S.*\n`, with the HTML
// alternatives of its lookahead (LAZY_END_HTML) tried apart, only at a line with `<`: their
// \p{...} classes cost milliseconds to make, and only such a line can start them.
const lazy = lazyR(`(?!${IAL_BLOCK_START_SRC}|${EOB_MARKER_SRC})^[ \\t]*\\S.*\\n`, 'y');
const lazyHtml = lazyR(LAZY_END_HTML, 'y');

/** Where the lazy line at `pos` ends, or -1. */
function lazyAt(s: string, pos: number): number {
  let i = pos;
  while (i - pos < 3 && s.charCodeAt(i) === 32) i++;
  if (s.charCodeAt(i) === 60 && at(lazyHtml(), s, pos) !== -1) return -1;
  return at(lazy(), s, pos);
}

function at(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(s) ? re.lastIndex : -1;
}

/** Whether the line at `pos` holds a non-space and ends with a line break (what a lazy line needs). */
function textLine(s: string, pos: number): boolean {
  let i = pos;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  const c = s.charCodeAt(i);
  return i < s.length && c !== 10 && c !== 11 && c !== 12 && c !== 13 && s.indexOf('\n', i) !== -1;
}

/**
 * CODEBLOCK_MATCH (codeblock.rb), matched line by line: Ruby's atomic group
 * around the blank lines has no JavaScript equivalent, and the nested
 * repetition backtracks exponentially without it. Returns the match length.
 */
export function matchCodeblock(s: string, start = 0, lazyLines = true): number {
  let pos = start;
  for (;;) {
    let p = pos;
    const b = at(BLANKS, s, p);
    if (b !== -1) p = b;
    let q = at(INDENTED, s, p);
    if (q === -1) break;
    while (q !== -1) {
      p = q;
      q = at(INDENTED, s, p);
    }
    // Lazy lines: text right after the indented lines (the pattern is made only then).
    // parser/markdown.rb's CODEBLOCK_MATCH has none.
    if (lazyLines && textLine(s, p)) for (q = lazyAt(s, p); q !== -1; q = lazyAt(s, p)) p = q;
    if (p === pos) break;
    pos = p;
  }
  return pos - start;
}
const INDENT_ALL = R('^(?:\\t| {4})', 'g');

export const codeblock: BlockConstruct = {
  name: 'codeblock',
  start: INDENT,
  first: (c, n) => n >= 4 || (n === 0 && c === '\t'),
  parse(p) {
    const len = matchCodeblock(p.src.rest, 0, !p.grammar.markdown);
    if (len === 0) return false;
    let data = p.src.rest.slice(0, len);
    p.src.pos += len;
    data = data.replace(/\n( {0,3}[^ \t\n\x0b\f\r])/g, ' $1').replace(INDENT_ALL, '');
    p.tree.children.push(p.newBlock('codeblock', data));
    return true;
  },
};

/** The fence pattern with its fence at most `k` long (see fence-limit.ts), cached by `k`. */
function limited(make: (k: number) => RegExp): (k: number) => RegExp {
  const cache = new Map<number, RegExp>();
  return (k) => {
    let re = cache.get(k);
    if (!re) {
      if (cache.size > 64) cache.clear();
      cache.set(k, (re = make(k)));
    }
    return re;
  };
}

function fenced(p: Parser, run: RegExp, closer: RegExp, match: (k: number) => RegExp): boolean {
  const src = p.src;
  const r = src.check(run);
  if (!r) return false;
  const k = fenceLimit(src, src.pos + r[0].length - r[1].length, src.pos + r[0].length, closer, (n) => p.spend(n));
  if (k < 3) return false;
  const m = src.check(match(k));
  if (!m) return false;
  src.pos += m[0].length;
  const block = p.newBlock('codeblock', m[5], null, { fenced: true });
  const lang = strip(m[3] ?? '');
  if (lang !== '') {
    block.options.lang = lang;
    block.attr.class = `language-${m[4]}`;
  }
  p.tree.children.push(block);
  return true;
}

const GFM_START = R('^[ ]{0,3}[~`]{3,}');
const GFM_RUN = R('^[ ]{0,3}([~`]+)');
const GFM_MATCH = limited((k) => R(`^[ ]{0,3}(([~\`]){3,${k}})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^[ ]{0,3}\\1\\2*\\s*?\\n`, 's'));
export const codeblockFencedGfm: BlockConstruct = {
  name: 'codeblock_fenced',
  start: GFM_START,
  first: (c, n) => n <= 3 && (c === '~' || c === '`'),
  parse: (p) => fenced(p, GFM_RUN, GFM_CLOSER, GFM_MATCH),
};

const KD_START = R('^~{3,}');
const KD_RUN = R('^(~+)');
const KD_MATCH = limited((k) => R(`^((~){3,${k}})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^\\1\\2*\\s*?\\n`, 's'));
export const codeblockFenced: BlockConstruct = {
  name: 'codeblock_fenced',
  start: KD_START,
  first: (c, n) => n === 0 && c === '~',
  parse: (p) => fenced(p, KD_RUN, KD_CLOSER, KD_MATCH),
};
