// kramdown/parser/kramdown/header.rb, and the GFM ATX header of parser/gfm.rb
// (parse_atx_header_gfm_quirk: no block boundary needed, `#` needs a space).
import { R } from './regex.js';
import { ATX_HEADER_START_GFM_SRC, OPT_SPACE } from './patterns.js';
import { afterBlockBoundary } from './block-boundary.js';
import { rstrip } from './strings.js';
import type { BlockConstruct, Parser } from './parser.js';

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const HEADER_ID = R(`[\\t ]\\{#([${NAME_START}][${NAME_CHAR}]*)\\}$(?![\\s\\S])`);

/** parse_header_contents: the text and an explicit `{#id}`. */
function headerContents(raw: string): [string, string | undefined] {
  let text = rstrip(raw);
  const m = text.includes('{#') ? HEADER_ID.exec(text) : null;
  if (m) {
    text = rstrip(text.slice(0, text.length - m[0].length));
    return [text, m[1]];
  }
  return [text, undefined];
}

function addHeader(p: Parser, level: number, text: string, id: string | undefined, size: number): void {
  const location = p.src.line;
  p.src.pos += size;
  const h = p.newBlock('header', null, null, { level, raw_text: text, location });
  p.addText(text, h);
  if (id) h.attr.id = id;
  p.tree.children.push(h);
}

const ATX_GFM = R(ATX_HEADER_START_GFM_SRC);
/** atx_header_gfm_quirk (GFM's default `paragraph_end` quirk). */
export const atxHeaderGfmQuirk: BlockConstruct = {
  name: 'atx_header',
  start: ATX_GFM,
  first: (c, n) => n === 0 && c === '#',
  parse(p) {
    const m = p.src.check(ATX_GFM)!;
    let [text, id] = headerContents(m[2]);
    const trimmed = text.endsWith('#') ? text.replace(/[\t ]#+$(?![\s\S])/u, '') : text;
    if (trimmed !== text) text = rstrip(trimmed);
    if (text === '') return false;
    addHeader(p, m[1].length, text, id, m[0].length);
    return true;
  },
};

/**
 * atx_header_gfm, without the quirk: GFM's start (a blank after the `#`s) with kramdown's
 * parse_atx_header (after a block boundary only, closing `#`s need no blank before them).
 */
export const atxHeaderGfm: BlockConstruct = {
  name: 'atx_header',
  start: ATX_GFM,
  first: (c, n) => n === 0 && c === '#',
  parse(p) {
    if (!afterBlockBoundary(p)) return false;
    const m = p.src.check(ATX_GFM)!;
    return addAtxHeader(p, m);
  },
};

const ATX_KRAMDOWN = R('^(#{1,6})[\\t ]*([^ \\t].*)\\n');
export const atxHeaderKramdown: BlockConstruct = {
  name: 'atx_header',
  start: ATX_KRAMDOWN,
  first: (c, n) => n === 0 && c === '#',
  parse(p) {
    if (!afterBlockBoundary(p)) return false;
    return addAtxHeader(p, p.src.check(ATX_KRAMDOWN)!);
  },
};

/** parse_atx_header after its boundary check: closing `#`s (not an escaped one) go. */
function addAtxHeader(p: Parser, m: RegExpExecArray): boolean {
  let [text, id] = headerContents(m[2]);
  const trimmed = text.endsWith('#') ? text.replace(/(?<!\\)#+$(?![\s\S])/u, '') : text;
  if (trimmed !== text) text = rstrip(trimmed);
  if (text === '') return false;
  addHeader(p, m[1].length, text, id, m[0].length);
  return true;
}

/**
 * Whether the line after the one at `pos` starts with `-` or `=` (SETEXT's
 * second line); the first character of the title line is skipped, as `[^ \t]`
 * takes it even when it is a line break.
 */
function underlined(s: string, pos: number): boolean {
  let i = pos;
  while (s.charCodeAt(i) === 32) i++;
  const nl = s.indexOf('\n', i + 1);
  return nl !== -1 && (s[nl + 1] === '-' || s[nl + 1] === '=');
}

const SETEXT = R(`^${OPT_SPACE}([^ \\t].*)\\n([-=])[-=]*[ \\t\\r\\f\\v]*\\n`);
export const setextHeader: BlockConstruct = {
  name: 'setext_header',
  start: SETEXT,
  first: (c, n) => n <= 3 && c !== '\t',
  quick: underlined,
  parse(p) {
    if (!afterBlockBoundary(p)) return false;
    const m = p.src.check(SETEXT)!;
    const [text, id] = headerContents(m[1]);
    if (text === '') return false;
    addHeader(p, m[2] === '-' ? 2 : 1, text, id, m[0].length);
    return true;
  },
};
