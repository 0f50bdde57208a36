// commonmarker's SMART option (cmark-gfm inlines.c: handle_delim, handle_hyphen,
// handle_period, process_emphasis): straight quotes become curly ones, `--` and `---`
// dashes, `...` an ellipsis. Only characters written as such: an escaped `\"` or an
// entity `&quot;` stays as it is, and code, raw HTML and URLs are left alone.
//
// Quotes follow cmark's delimiter stack, replayed on remark's tree: a quote's neighbours in
// the source decide whether it can open or close; `'` is a right quote and `"` a right one
// when it can close, else a left one; a closer turns the nearest earlier opener of its kind
// into a left quote (the opener stays, for later closers). Openers inside an emphasis,
// strong or strikethrough are dropped when it closes, and a link's text is a stack of its own.
import type { Nodes, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';

const LEFT_DOUBLE = '\u201c';
const RIGHT_DOUBLE = '\u201d';
const LEFT_SINGLE = '\u2018';
const RIGHT_SINGLE = '\u2019';
const ASCII_PUNCT = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]$/;
const UNICODE_PUNCT = /^\p{P}$/u;
// cmark_utf8proc_is_space; and a byte that is not UTF-8 (kept-bytes.ts), which utf8proc_iterate
// fails on, so that the quote's neighbour is taken as a line end
const SPACE = /^[\t\n\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uDC80-\uDCFF]$/;
const ENTITY = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/;

const isSpace = (c: string): boolean => SPACE.test(c);
const isPunct = (c: string): boolean => (c.length === 1 && c < '\u0080' ? ASCII_PUNCT.test(c) : UNICODE_PUNCT.test(c));

/** A character of a text node that cmark reads as itself (not escaped, not an entity), with its place in the source. */
interface Char {
  readonly node: Text;
  readonly index: number;
  readonly offset: number;
}

interface Delimiter {
  readonly char: Char;
  readonly quote: string;
  readonly canOpen: boolean;
}

/**
 * `strikethrough`: cmark-gfm skips the `~` characters next to a quote when it looks at the
 * characters around it (inlines.c scan_delims walks over the extension's skip characters), so
 * `~~"a"~~` closes its first quote after a letter: ~~”a”~~.
 */
export default function remarkSmartPunctuation(options: { readonly strikethrough?: boolean } = {}) {
  const skip = options.strikethrough === true;
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    walkBlocks(tree, (container) => smarten(container, source, skip));
  };
}

type Edit = (c: Char, to: string) => void;

/** The container's inlines, rewritten in place. */
function smarten(container: Parent, source: string, skip: boolean): void {
  const edits = new Map<Text, Map<number, string>>();
  const edit: Edit = (c, to) => {
    let m = edits.get(c.node);
    if (!m) edits.set(c.node, (m = new Map()));
    m.set(c.index, to);
  };
  inlines(container, source, edit, skip);
  for (const [node, changes] of edits) {
    let out = '';
    for (let i = 0; i < node.value.length; i++) out += changes.get(i) ?? node.value[i];
    node.value = out;
  }
}

/** An image's description, parsed as inlines with a stack of its own: remark keeps only its text, so that text is its source. */
function smartAlt(alt: string, skip: boolean): string {
  const node: Text = { type: 'text', value: alt, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: alt.length } } };
  smarten({ type: 'paragraph', children: [node] }, alt, skip);
  return node.value;
}

/** Each paragraph, heading and table cell: the inline containers cmark parses one by one. */
function walkBlocks(node: Nodes, visit: (container: Parent) => void): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    visit(node);
    return;
  }
  if ('children' in node) for (const child of node.children) walkBlocks(child as Nodes, visit);
}

function inlines(container: Parent, source: string, edit: Edit, skip: boolean): void {
  const stack: Delimiter[] = [];
  // A table cell's text is a subject of its own (cmark-gfm's table extension parses each cell's
  // trimmed content apart): before its first character and after its last, cmark sees a line
  // end, not the pipes around it.
  const [cellStart, cellEnd] = cellBounds(container);
  // process_emphasis, one closer at a time in source order.
  const quote = (c: Char): void => {
    const q = c.node.value[c.index]!;
    const from = skip ? skipBack(source, c.offset) : c.offset;
    const to = skip ? skipForward(source, c.offset + 1) : c.offset + 1;
    const before = cellStart !== undefined && from <= cellStart ? '\n' : charBefore(source, from);
    const after = cellEnd !== undefined && to >= cellEnd ? '\n' : (source[to] ?? '\n');
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const canOpen = left && !right && before !== ']' && before !== ')';
    const canClose = right;
    edit(c, q === "'" ? RIGHT_SINGLE : canClose ? RIGHT_DOUBLE : LEFT_DOUBLE);
    if (canClose) {
      let opener: Delimiter | undefined;
      for (let i = stack.length - 1; i >= bottom && !opener; i--) if (stack[i]!.canOpen && stack[i]!.quote === q) opener = stack[i];
      if (opener) edit(opener.char, q === "'" ? LEFT_SINGLE : LEFT_DOUBLE);
      // A closer that matched nothing and cannot open is dropped; one that can open stays.
      if (opener || canOpen) stack.push({ char: c, quote: q, canOpen });
    } else if (canOpen) stack.push({ char: c, quote: q, canOpen });
  };
  let bottom = 0;
  const walk = (nodes: readonly Nodes[], start?: number): void => {
    // Where the next node starts in the source: the autolink extension's pieces of text and its
    // links (`mailto:a@b.co`) carry no position, yet their text is the source's from there.
    let cursor = start;
    for (const node of nodes) {
      const at = node.position?.start.offset ?? cursor;
      cursor = node.position?.end.offset ?? piecesEnd(node, source, at);
      if (node.type === 'text') text(node, source, quote, edit, at);
      else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
        // S_insert_emph frees the delimiters between its opener and closer.
        const depth = stack.length;
        walk(node.children as Nodes[], innerStart(node, source));
        stack.length = Math.min(stack.length, depth);
      } else if (node.type === 'link' && source[node.position?.start.offset ?? 0] !== '[') {
        // An autolink (`<http://...>`, GFM's www. and http:// literals): its text is the URL as written.
      } else if (node.type === 'link' || node.type === 'linkReference') {
        // A link's text is processed when the link closes, down to the bracket (stack_bottom), then freed.
        const [depth, savedBottom] = [stack.length, bottom];
        bottom = depth;
        walk(node.children as Nodes[]);
        stack.length = depth;
        bottom = savedBottom;
      } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt) node.alt = smartAlt(node.alt, skip);
    }
  };
  walk(container.children as Nodes[], contentStart(container, source));
}

/** Where a table cell's text starts and ends in the source (its first and last nodes), else undefined. */
function cellBounds(container: Parent): [number | undefined, number | undefined] {
  if (container.type !== 'tableCell' || container.children.length === 0) return [undefined, undefined];
  return [container.children[0]!.position?.start.offset, container.children[container.children.length - 1]!.position?.end.offset];
}

/**
 * Where a paragraph's or heading's text starts in the source (a first node the autolink transform
 * made has no position of its own): a paragraph starts with it, a heading after its indentation
 * and an ATX heading's `#`s and spaces. A cell's first node has a position.
 */
function contentStart(container: Parent, source: string): number | undefined {
  let at = container.position?.start.offset;
  if (at === undefined || container.type === 'tableCell') return undefined;
  if (container.type !== 'heading') return at;
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  while (blank(source[at])) at++;
  if (source[at] !== '#') return at;
  while (source[at] === '#') at++;
  while (blank(source[at])) at++;
  return at;
}

/** Where the `~` run ending before `offset` starts (or `offset`). */
function skipBack(source: string, offset: number): number {
  while (offset > 0 && source[offset - 1] === '~') offset--;
  return offset;
}

/** The first offset from `offset` on that is no `~`. */
function skipForward(source: string, offset: number): number {
  while (source[offset] === '~') offset++;
  return offset;
}

/** The raw character before `offset` as cmark's subject has it: a line's block prefix (`> `, indentation) is a line start. */
function charBefore(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  if (offset === 0 || /^[ \t>]*$/.test(source.slice(lineStart, offset))) return '\n';
  const cp = source.codePointAt(offset - 1);
  const low = source.charCodeAt(offset - 1);
  // (a low surrogate alone is a byte that is not UTF-8, kept-bytes.ts: a character of its own)
  const pair = low >= 0xdc00 && low <= 0xdfff && offset >= 2 && /[\uD800-\uDBFF]/.test(source[offset - 2]!);
  return pair ? String.fromCodePoint(source.codePointAt(offset - 2)!) : String.fromCodePoint(cp!);
}

/** A text node's characters that came from the source as themselves, dashes and periods rewritten, quotes handed on. */
/** Where an emphasis', strong's or delete's text starts: after its run of markers. */
function innerStart(node: Nodes, source: string): number | undefined {
  const at = node.position?.start.offset;
  if (at === undefined) return undefined;
  if (node.type === 'emphasis') return at + 1;
  if (node.type === 'strong') return at + 2;
  let end = at;
  while (source[end] === '~') end++;
  return end;
}

/** The end of a node with no position that is its source text from `at` (a text, or a link of one). */
function piecesEnd(node: Nodes, source: string, at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  const value = node.type === 'text' ? node.value : node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
  return value === undefined ? undefined : source.startsWith(value, at) ? at + value.length : writtenEnd(value, source, at);
}

/**
 * Where a text with no position written from `at` ends in the source, read with its escapes and
 * character references (the autolink transform's pieces: `"&copy;a@b.co` gives the text `"©`),
 * and a later line's block prefix; undefined when the source does not read as the value.
 */
function writtenEnd(value: string, source: string, at: number): number | undefined {
  let s = at;
  let v = 0;
  while (v < value.length && s < source.length) {
    const c = source[s]!;
    if (c === '\\' && value[v] === source[s + 1] && ASCII_PUNCT.test(value[v]!)) {
      s += 2;
      v++;
    } else if (c === '&' && isReference(source, s, value, v)) {
      s += ENTITY.exec(source.slice(s, s + 40))![0].length;
      v += value.codePointAt(v)! > 0xffff ? 2 : 1;
      if (v + 1 < value.length && value[v] !== source[s] && value[v + 1] === source[s]) v++;
    } else if (c === value[v]) {
      s++;
      v++;
    } else if ((c === ' ' || c === '\t') && value[v] === '\n' && /^[ \t]*\n/.test(source.slice(s, s + 80))) s++;
    else if ((c === ' ' || c === '\t' || c === '>') && /^[ \t>]*$/.test(source.slice(source.lastIndexOf('\n', s - 1) + 1, s))) s++;
    else return undefined;
  }
  return v === value.length ? s : undefined;
}

function text(node: Text, source: string, quote: (c: Char) => void, edit: Edit, at: number | undefined): void {
  const chars = ownChars(node, source, at);
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    const ch = node.value[c.index];
    if (ch === '"' || ch === "'") quote(c);
    else if (ch === '-' || ch === '.') {
      // A run of the same character, adjacent in the source.
      let end = k + 1;
      while (end < chars.length && node.value[chars[end]!.index] === ch && chars[end]!.offset === chars[end - 1]!.offset + 1) end++;
      const run = chars.slice(k, end);
      if (ch === '-') dashes(run, edit);
      else for (let i = 0; i + 2 < run.length; i += 3) [edit(run[i]!, '\u2026'), edit(run[i + 1]!, ''), edit(run[i + 2]!, '')];
      k = end - 1;
    }
  }
}

/** handle_hyphen: em dashes first, then en dashes, as the run's length divides. */
function dashes(run: readonly Char[], edit: Edit): void {
  const n = run.length;
  if (n < 2) return;
  let em: number;
  let en: number;
  if (n % 3 === 0) [em, en] = [n / 3, 0];
  else if (n % 2 === 0) [em, en] = [0, n / 2];
  else if (n % 3 === 2) [em, en] = [(n - 2) / 3, 1];
  else [em, en] = [(n - 4) / 3, 2];
  run.forEach((c, i) => edit(c, i === 0 ? '\u2014'.repeat(em) + '\u2013'.repeat(en) : ''));
}

/**
 * The characters of `node` written as themselves in the source, found by walking its value
 * and its source together: a backslash escape or a character reference gives characters of
 * its own, and source characters the value lacks (a block's prefix on a later line) are skipped.
 */
function ownChars(node: Text, source: string, at: number | undefined): Char[] {
  const start = node.position?.start.offset ?? at;
  const end = node.position?.end.offset ?? (start !== undefined ? piecesEnd(node, source, start) : undefined);
  if (start === undefined || end === undefined) return [];
  const value = node.value;
  const out: Char[] = [];
  let s = start;
  let v = 0;
  while (v < value.length && s < end) {
    const c = source[s]!;
    if (c === '\\' && s + 1 < end && ASCII_PUNCT.test(source[s + 1]!) && value[v] === source[s + 1]) {
      s += 2;
      v += 1;
    } else if (c === '&' && isReference(source, s, value, v)) {
      // One or two characters for the reference (a few named ones are two).
      s += ENTITY.exec(source.slice(s, s + 40))![0].length;
      v += value.codePointAt(v)! > 0xffff ? 2 : 1;
      if (v + 1 < value.length && value[v] !== source[s] && value[v + 1] === source[s]) v++;
    } else if (c === value[v]) {
      out.push({ node, index: v, offset: s });
      s++;
      v++;
    } else s++;
  }
  return out;
}

/** A character reference at `s` that the value holds decoded (one the parser did not know stays as written). */
function isReference(source: string, s: number, value: string, v: number): boolean {
  const m = ENTITY.exec(source.slice(s, s + 40));
  return m !== null && value.slice(v, v + m[0].length) !== m[0];
}
