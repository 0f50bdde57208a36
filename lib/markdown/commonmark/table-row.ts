// GFM tables as cmark-gfm reads their body rows (table.c, row_from_string): a line that is a
// lone `|` (spaces around it) has no cell, so it is no row and ends the table; the line starts
// a paragraph instead. micromark makes it a row of empty cells. The table's tokens and resolver
// stay micromark-extension-gfm-table's; only such a body row is refused.
//
// The lines of a paragraph that a table's head row ends (table.c,
// try_inserting_table_header_paragraph) become a new paragraph node that cmark never finalizes,
// so the link reference definitions in them stay text, and their `\|` are unescaped to `|`
// before the inline parse (visible in code spans and raw HTML, and after an escaped backslash).
import type { Root, Nodes, Table } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Code, Construct, Extension, ParseContext, State, TokenizeContext } from 'micromark-util-types';
import { gfmTable } from 'micromark-extension-gfm-table';
import { cmarkTableIndentedHead } from './table-indented-head.js';

const BAR = 124;
const isSpace = (code: Code): boolean => code === 32 || code === -2 || code === -1 || code === 9;
const isLineEnd = (code: Code): boolean => code === null || code === -5 || code === -4 || code === -3 || code === 10 || code === 13;

// `|`, then only spaces to the end of the line (a check: nothing is kept).
const loneBar: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const after: State = (code) => {
      if (isSpace(code)) {
        effects.consume(code);
        return after;
      }
      effects.exit('data');
      return isLineEnd(code) ? ok(code) : nok(code);
    };
    return (code) => {
      if (code !== BAR) return nok(code);
      effects.enter('data');
      effects.consume(code);
      return after;
    };
  },
};

// As the table tokenizer decides it: the last token before the line's prefix is the table's head or a row.
function inTable(self: TokenizeContext): boolean {
  for (let i = self.events.length - 1; i >= 0; i--) {
    const type = self.events[i][1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

// When a head row is tried as interrupting a paragraph (micromark's content, whose definitions
// are parsed as it closes, right after): the lines of that paragraph.
function paragraphBefore(self: TokenizeContext): readonly [number, number] | undefined {
  if (!self.interrupt) return undefined;
  for (let i = self.events.length - 1; i >= 0; i--) {
    const [kind, token] = self.events[i];
    if (token.type === 'content') return kind === 'enter' ? [token.start.line, self.now().line - 1] : undefined;
  }
  return undefined;
}

// Per parse: the lines of paragraphs that a table's head ends.
const headedLines = new WeakMap<ParseContext, Set<number>>();

/** In the lines of such a paragraph: no definition is read there (definition-title.ts refuses it). */
export function inHeadedLine(self: TokenizeContext): boolean {
  return headedLines.get(self.parser)?.has(self.now().line) ?? false;
}

// Per parse: the lazy head rows read with the white space before their `|` as a first cell.
const lazyCellLines = new WeakMap<ParseContext, Set<number>>();

const SPACE = 32;
const LAZY_CELL = '_cmarkLazyCell';
/**
 * The table's tokenizer shown a space where the `|` is (the white space the line's prefix took):
 * the space it reads as white space of a first cell is neither consumed nor kept as a token, so the
 * `|` that follows is read as it is.
 */
function whiteSpaceAgain(effects: Effects): Effects {
  let replaying = true;
  return Object.create(effects, {
    enter: { value: (type: string, fields?: object) => (replaying && type === 'whitespace' ? undefined : effects.enter(type as never, fields as never)) },
    consume: { value: (code: Code) => (replaying ? undefined : effects.consume(code)) },
    exit: { value: (type: string) => (replaying && type === 'whitespace' ? ((replaying = false), undefined) : effects.exit(type as never)) },
  }) as Effects;
}

// Per parse: the lines of a table's rows (head, delimiter and body rows).
const rowLines = new WeakMap<ParseContext, Set<number>>();
const markLines = (map: WeakMap<ParseContext, Set<number>>, parser: ParseContext, from: number, to: number): void => {
  let set = map.get(parser);
  if (!set) map.set(parser, (set = new Set()));
  for (let line = from; line <= to; line++) set.add(line);
};

const BACKSLASH = 92;
// In the lines of such a paragraph and in a table's cells, `\\|` (an escaped backslash, then a
// pipe, for micromark): cmark took the backslash before the pipe out first (unescape_pipes drops
// every `\` before a `|`), and the inline parser then reads `\|`, an escaped pipe. micromark's escapes pair backslashes from the
// left, so a `\` met here followed by `\|` starts the last pair of an even run: all three are an
// escaped `|`.
const headBackslashPipe: Construct = {
  name: 'cmarkHeadBackslashPipe',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const self = this;
    const pipe: State = (code) => {
      if (code !== BAR) return nok(code);
      effects.exit('escapeMarker');
      effects.enter('characterEscapeValue');
      effects.consume(code);
      effects.exit('characterEscapeValue');
      effects.exit('characterEscape');
      return ok;
    };
    const second: State = (code) => {
      if (code !== BACKSLASH) return nok(code);
      effects.consume(code);
      return pipe;
    };
    return (code) => {
      if (code !== BACKSLASH || !(inHeadedLine(self) || (rowLines.get(self.parser)?.has(self.now().line) ?? false))) return nok(code);
      effects.enter('characterEscape');
      effects.enter('escapeMarker');
      effects.consume(code);
      return second;
    };
  },
};

/**
 * A row's cells as cmark-gfm splits them (ext_scanners.re, table_cell: `\\|` or any other byte but
 * `|`): a `\` escapes only a `|`, so in `\\|` the second backslash escapes the pipe, which stays in
 * the cell. micromark's row pairs `\\` first and splits at the pipe. The table's own tokenizer runs
 * unchanged, except that after a backslash it consumed as the second of such a pair, it is put back in
 * the state it took after the first: the state that reads what a backslash escapes.
 */
type Effects = Parameters<Construct['tokenize']>[0];
function pipeEscapes(effects: Effects, ok: State, nok: State, start: (counted: Effects, ok: State, nok: State) => State): State {
  let consumed: Code | undefined;
  let previous: Code | undefined;
  let escape: State | undefined;
  let done = false;
  const counted = Object.create(effects, {
    consume: { value: (code: Code) => ((consumed = code), effects.consume(code)) },
  }) as Effects;
  const end =
    (then: State): State =>
    (code) => ((done = true), then(code));
  const wrap = (state: State): State => (code) => {
    consumed = undefined;
    let next = state(code);
    if (done || !next) return next;
    if (consumed === BACKSLASH) {
      if (previous === BACKSLASH && escape) next = escape;
      else escape = next;
    }
    if (consumed !== undefined) previous = consumed;
    return wrap(next);
  };
  return wrap(start(counted, end(ok), end(nok)));
}

export function cmarkGfmTable(): Extension {
  const table = (gfmTable().flow as Record<string, Construct>)['null'];
  const construct: Construct = {
    ...table,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const lines = inTable(this) ? undefined : paragraphBefore(this);
      const first = this.now().line;
      const headed: State = (code) => {
        if (lines) markLines(headedLines, this.parser, lines[0], lines[1]);
        markLines(rowLines, this.parser, first, this.now().line);
        return ok(code);
      };
      // A line that a quote's or list item's table would take as a lazy row: micromark refuses
      // it as a row and never tries it as a new table's head. cmark continues no table lazily
      // (only a paragraph), so the container ends and the line may start a table of its own
      // (micromark then closes the container before it): the tokenizer is shown no table before.
      const lazyAfterTable = inTable(this) && this.parser.lazy[this.now().line] === true;
      const self = lazyAfterTable ? (Object.create(this, { events: { value: [] } }) as TokenizeContext) : this;
      const row = pipeEscapes(effects, headed, nok, (counted, ok2, nok2) => table.tokenize.call(self, counted, ok2, nok2));
      // A head row on a lazy line: cmark adds that line to the paragraph with its white space
      // (blocks.c add_text_to_container), and row_from_string skips a leading `|` only at the
      // line's start, so white space before a `|` is a first, empty cell: one cell more than
      // micromark counts. Where the paragraph would end (the table tried as it interrupts it),
      // the row is read as if that white space were still before the `|` (its first, empty cell
      // counted): a table exactly when cmark makes one; the line is then read from its start as
      // the table's head (lazyCellHead). Elsewhere micromark's count is refused.
      // micromark's `lazy` marks every line that continued fewer containers than were open (a
      // footnote definition's after a blank line too); only one that goes on with a paragraph is lazy.
      const tail = this.events[this.events.length - 1];
      const lazyIndentedBar = (code: Code): boolean => code === BAR && lines !== undefined && this.parser.lazy[first] === true && tail?.[1].type === 'linePrefix';
      const lazyHeaded: State = (code) => {
        markLines(lazyCellLines, this.parser, first, first);
        return headed(code);
      };
      // (the space read, nothing consumed: the `|` is the code read next)
      const withCell: State = (code) => pipeEscapes(whiteSpaceAgain(effects), lazyHeaded, nok, (counted, ok2, nok2) => table.tokenize.call(self, counted, ok2, nok2))(SPACE)?.(code);
      return (code) => (lazyIndentedBar(code) ? (this.interrupt ? withCell(code) : nok(code)) : inTable(this) && !lazyAfterTable ? effects.check(loneBar, nok, row)(code) : row(code));
    },
  };
  // A head row on an indented line of a paragraph (table-indented-head.ts).
  const indentedHead = cmarkTableIndentedHead(construct);
  // A lazy head row whose first, empty cell (its white space) evened the count: read from the line's start.
  const lazyCellHead: Construct = {
    name: 'cmarkTableLazyCellHead',
    resolveAll: construct.resolveAll,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      if (!lazyCellLines.get(this.parser)?.has(this.now().line)) return nok;
      // its head marked for the tree (cmarkLazyCellFromMarkdown)
      const marked = Object.create(effects, {
        enter: { value: (type: string, fields?: object) => Object.assign(effects.enter(type as never, fields as never), type === 'tableHead' ? { [LAZY_CELL]: true } : {}) },
      }) as Effects;
      return construct.tokenize.call(this, marked, ok, nok);
    },
  };
  const flowInitial = Object.fromEntries(Object.entries(indentedHead.flowInitial ?? {}).map(([code, c]) => [code, [...(Array.isArray(c) ? c : c ? [c] : []), lazyCellHead]]));
  return {
    text: { [BACKSLASH]: headBackslashPipe },
    string: { [BACKSLASH]: headBackslashPipe },
    flowInitial,
    flow: { null: [construct, indentedHead.paragraph] },
  };
}

/** The head row of such a table begins with its empty cell, the white space before the `|`. */
export const cmarkLazyCellFromMarkdown: FromMarkdownExtension = {
  exit: {
    tableHead(token) {
      if (!(token as unknown as Record<string, unknown>)[LAZY_CELL]) return;
      const table = this.stack[this.stack.length - 1] as Table;
      const head = table.children[0];
      if (head?.position) head.children.unshift({ type: 'tableCell', children: [], position: { start: { ...head.position.start }, end: { ...head.position.start } } });
    },
  },
};

/**
 * `\|` as `|` in the code and raw HTML of a paragraph that a table's head ended (as above), and in
 * the raw HTML of the table's cells: cmark-gfm unescapes each cell's pipes before its inline parse
 * too (table.c row_from_string), so `<!-- \| -->` in a cell is `<!-- | -->` (mdast-util-gfm-table
 * does it for the cells' code spans only).
 */
export function cmarkTableHeadParagraphs(root: Root, source: string): void {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    node.children.forEach((child, i) => {
      const next = node.children[i + 1];
      if (child.type === 'paragraph' && next?.type === 'table' && child.position && next.position && next.position.start.line === child.position.end.line + 1) {
        unescapePipes(child);
        autolinkPipes(child);
      }
      if (child.type === 'tableCell') {
        unescapePipes(child, false);
        autolinkPipes(child);
      }
      visit(child as Nodes);
    });
  };
  // An autolink in a cell or such a paragraph (`http://a.b/\|`, `<http://a.b/\|>`, not `[...](...)`)
  // links the pipe cmark left there, where micromark kept the backslash in the literal's URL and text.
  const autolinkPipes = (node: Nodes): void => {
    if (node.type === 'link' && source[node.position?.start.offset ?? -1] !== '[') {
      node.url = node.url.replace(/\\\|/g, '|');
      for (const child of node.children) if (child.type === 'text') child.value = child.value.replace(/\\\|/g, '|');
    } else if ('children' in node) for (const child of node.children) autolinkPipes(child as Nodes);
  };
  // (A cell's code spans had theirs taken out as they were read: code-text-lines.ts.)
  const unescapePipes = (node: Nodes, code = true): void => {
    if ((code && node.type === 'inlineCode') || node.type === 'html') node.value = node.value.replace(/\\\|/g, '|');
    else if ('children' in node) for (const child of node.children) unescapePipes(child as Nodes, code);
  };
  visit(root);
}
