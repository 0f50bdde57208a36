// kramdown/parser/kramdown/table.rb
import { R } from './regex.js';
import { OPT_SPACE } from './patterns.js';
import { el, type KEl } from './element.js';
import { afterBlockBoundary, beforeBlockBoundary } from './block-boundary.js';
import { strip } from './strings.js';
import { codespan, codespanAt } from './codespan.js';
import { spanHtml } from './html-span.js';
import { BLANK_FIRST, pipeOnLine } from './block-dispatch.js';
import type { BlockConstruct, SpanConstruct } from './parser.js';

const SEP_LINE = R('^([+|: \\t-]*?-[+|: \\t-]*?)[ \\t]*\\n');
const HSEP_ALIGN = R('[ \\t]?(:?)-+(:?)[ \\t]?', 'g');
const FSEP_LINE = R('^[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n');
const ROW_LINE = R('^(.*?)[ \\t]*\\n');
const PIPE_CHECK = '(?:\\||.*?[^\\\\\\n]\\|)';
const PIPE_CHECK_RE = R(`^${PIPE_CHECK}`);
const LINE = R(`${PIPE_CHECK}.*?\\n`);
const START = R(`^${OPT_SPACE}(?=\\S)${PIPE_CHECK}.*?\\n`);

type Align = 'default' | 'left' | 'right' | 'center';
// (constants: the span dispatch keeps a table per list)
const CODE_HTML: readonly SpanConstruct[] = [codespan, spanHtml];
const CODE_ONLY: readonly SpanConstruct[] = [codespan];

export const table: BlockConstruct = {
  name: 'table',
  start: START,
  first: (c, n) => n <= 3 && !BLANK_FIRST.includes(c),
  quick: pipeOnLine,
  parse(p) {
    if (!afterBlockBoundary(p)) return false;
    const src = p.src;
    const saved = src.pos;
    const tbl = p.newBlock('table', null, null, { alignment: [] as Align[] });
    const leadingPipe = /^[ \t\n\x0b\f\r]*\|/.test(src.check(LINE)?.[0] ?? '');
    src.scan(SEP_LINE);
    let rows: KEl[] = [];
    let hasFooter = false;
    let columns = 0;
    const addContainer = (type: string, force: boolean) => {
      if (!hasFooter || type !== 'tbody' || force) {
        const cont = el(type);
        cont.children = rows;
        rows = [];
        tbl.children.push(cont);
      }
    };
    let m: RegExpExecArray | null;
    while (!src.eos) {
      if (!src.test(LINE)) break;
      if ((m = src.check(SEP_LINE))) {
        src.pos += m[0].length;
        if (rows.length === 0) {
          // nothing
        } else if (tbl.options.alignment.length === 0 && !hasFooter) {
          addContainer('thead', false);
          const al: Align[] = [];
          HSEP_ALIGN.lastIndex = 0;
          for (let a = HSEP_ALIGN.exec(m[1]); a; a = HSEP_ALIGN.exec(m[1])) {
            const [l, r] = [a[1], a[2]];
            al.push(l === '' && r === '' ? 'default' : r === '' ? 'left' : l === '' ? 'right' : 'center');
          }
          tbl.options.alignment = al;
        } else addContainer('tbody', false);
      } else if (src.scan(FSEP_LINE) !== null) {
        if (rows.length > 0) addContainer('tbody', true);
        hasFooter = true;
      } else if ((m = src.check(ROW_LINE))) {
        src.pos += m[0].length;
        const cells = splitCells(p, m[1]);
        if (leadingPipe && cells.length > 0 && strip(cells[0]) === '') cells.shift();
        if (cells.length > 0 && strip(cells[cells.length - 1]) === '') cells.pop();
        const tr = el('tr');
        for (const text of cells) {
          const td = el('td');
          td.children.push(el('raw_text', strip(text)));
          tr.children.push(td);
        }
        columns = Math.max(columns, cells.length);
        rows.push(tr);
      } else break;
    }
    if (!beforeBlockBoundary(p)) {
      src.pos = saved;
      return false;
    }
    // A table needs a pipe on every line outside code spans (table.rb, the pipe_on_line loop).
    const body = src.str.slice(saved, src.pos - 1);
    let pipeOnLine = false;
    // (its first line is the one after the table, as table.rb's l_src has it: warnings name it)
    for (const c of spansOf(p, body, body.includes('<'), CODE_HTML, src.line)) {
      if (typeof c.value !== 'string') continue;
      const lines = c.value.split('\n');
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      if (c.type === 'codespan') {
        if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
        else if (lines.length === 2 && pipeOnLine) pipeOnLine = false;
      } else {
        if (lines.length > 1 && !pipeOnLine && !PIPE_CHECK_RE.test(lines[0])) break;
        pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || (lines.length > 0 && PIPE_CHECK_RE.test(lines[lines.length - 1]));
      }
    }
    if (!pipeOnLine) {
      src.pos = saved;
      return false;
    }
    if (rows.length > 0) addContainer(hasFooter ? 'tfoot' : 'tbody', false);
    if (!tbl.children.some((c) => c.type === 'tbody')) {
      p.warning(`Found table without body on line ${tbl.options.location} - ignoring it`, tbl.options.location);
      src.pos = saved;
      return false;
    }
    for (const kind of tbl.children) {
      for (const row of kind.children) while (row.children.length < columns) row.children.push(el('td'));
    }
    const al: Align[] = tbl.options.alignment;
    if (al.length > columns) tbl.options.alignment = al.slice(0, columns);
    else while (al.length < columns) al.push('default');
    p.tree.children.push(tbl);
    return true;
  },
};

/**
 * The spans of `text` with only `spans` (code spans, and HTML where `html`): without the span
 * parser where HTML does not count (one raw text when there is no backtick either).
 */
function spansOf(p: import('./parser.js').Parser, text: string, html: boolean, spans: readonly SpanConstruct[], line = 1): readonly KEl[] {
  if (!html && !text.includes('`')) return text === '' ? [] : [el('raw_text', text)];
  // (not on the slow path, which the tests compare with)
  if (!html && p.grammar.dispatch !== undefined) return codespans(text);
  const root = el('root');
  p.withSource(text, 'raw_text', () => {
    p.tree = undefined as unknown as KEl;
    p.parseSpans(root, undefined, spans);
  }, line);
  return root.children;
}

/**
 * What parse_spans makes of `text` with code spans only (its raw text between them, each
 * run of text one element), by codespanAt, without the scanner: table rows with code in
 * their cells went through a scanner, a span-start pattern and the construct loop per row.
 */
function codespans(text: string): KEl[] {
  const out: KEl[] = [];
  let from = 0;
  let pos = 0;
  for (let tick = text.indexOf('`'); tick !== -1; tick = text.indexOf('`', pos)) {
    const [code, end] = codespanAt(text, tick);
    if (code) {
      if (tick > from) out.push(el('raw_text', text.slice(from, tick)));
      out.push(code);
      from = end;
    }
    pos = end;
  }
  if (from < text.length) out.push(el('raw_text', text.slice(from)));
  return out;
}

/** Splits a row into cells on unescaped pipes, leaving code spans (and <code>) whole. */
export function splitCells(p: import('./parser.js').Parser, line: string): string[] {
  // No escape, code span or <code>: every pipe splits, as splitCodeCells finds (a row of
  // plain cells, the common case, then costs one split). With the native pipe search of
  // block-dispatch.ts: 300 bench posts, main thread 2,752M → 2,715M instructions.
  if (!line.includes('\\') && !line.includes('`') && !line.includes('<code')) return line === '' ? [] : line.split('|');
  return splitCodeCells(p, line);
}

/** splitCells' general case (exported for the test that compares the two). */
export function splitCodeCells(p: import('./parser.js').Parser, line: string): string[] {
  const cells: string[] = [];
  const append = (s: string) => {
    if (cells.length === 0) cells.push(s);
    else cells[cells.length - 1] += s;
  };
  (line.includes('<code') ? line.split(/(<code.*?>.*?<\/code>)/u) : [line]).forEach((str, i) => {
    if (i % 2 === 1) {
      append(str);
      return;
    }
    for (const c of spansOf(p, str, false, CODE_ONLY)) {
      if (c.type === 'raw_text') {
        const [f, ...l] = splitUnescapedPipes(c.value as string);
        append(f!);
        for (const x of l) cells.push(x);
      } else {
        const ticks = (c.value as string).match(/`+/g) ?? [];
        const delim = ticks.reduce((a, b) => (b > a ? b : a), '') + '`';
        const sp = delim.length > 1 ? ' ' : '';
        append(`${delim}${sp}${c.value}${sp}${delim}`);
      }
    }
  });
  return cells;
}

/**
 * `text` split at each pipe not right after a backslash, each escaped pipe then a pipe (kramdown's
 * `split(/(?<!\\)\|/)` and `gsub(/\\\|/, '|')`): a scan, 2-3x faster than V8's split by a
 * lookbehind, which takes its slow path (6% of converting a table-heavy page, just-the-docs' layout.md).
 */
export function splitUnescapedPipes(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 92) continue;
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return text.includes('\\|') ? parts.map((t) => t.replaceAll('\\|', '|')) : parts;
}
