// The SOURCEPOS option (`commonmark: options: [SOURCEPOS]`): commonmarker's HtmlRenderer#sourcepos
// writes `data-sourcepos="L:C-L:C"` on the blocks it renders (headings, paragraphs outside tight
// items, lists, items, block quotes, rules, code blocks, tables, rows and cells) from the positions
// cmark-gfm 0.29's block parser gave them: lines from 1, columns in bytes from 1. A block's end is
// where blocks.c#finalize saw it closed: the line before the one that closed it, as long as that
// line is (or, at the end of the input, the last line), except that a fenced code block and a
// setext heading end on the line that closes them. Blocks that go on over blank lines (items,
// lists, rules, indented code) close only at the next block that is not theirs; the others at the
// line after their last. Table rows and cells are placed as extensions/table.c places them.
import type { Nodes, Root, Table } from 'mdast';
import type { Element } from 'hast';

type Point = { line: number; column: number };
type Block = Nodes & { position?: { start: Point; end: Point } };

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function cmarkSourcepos(root: Root, source: string): void {
  const lines = source.split('\n');
  // S_parser_feed: the last line counts only when something follows its line end
  const count = source === '' ? 0 : source.endsWith('\n') ? lines.length - 1 : lines.length;
  const line = (n: number): string => lines[n - 1] ?? '';
  // last_line_length: an ATX heading's line as chop_trailing_hashtags left it
  const chopped = new Map<number, number>();
  const length = (n: number): number => chopped.get(n) ?? bytes(line(n));
  const col = (p: Point): number => bytes(line(p.line).slice(0, p.column - 1)) + 1;
  // finalize: the line before the closing one; at the end of the input, the last line
  const before = (close: number): string => (close > count ? `${count}:${length(count)}` : `${close - 1}:${length(close - 1)}`);
  // finalize for fenced code and setext headings: the closing line itself, as read (curline)
  const on = (close: number): string => (close > count ? `${count}:${length(count)}` : `${close}:${bytes(line(close))}`);
  const set = (node: Block, value: string): void => {
    const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
    data.hProperties = { ...data.hProperties, 'data-sourcepos': value };
  };

  const visit = (node: Block, parentClose: number, next: number): void => {
    const pos = node.position;
    if (!pos) return;
    const start = `${pos.start.line}:${col(pos.start)}`;
    const children = 'children' in node ? (node.children as Block[]) : [];
    let close = parentClose;
    switch (node.type) {
      case 'paragraph':
      case 'blockquote':
        // (a block quote ends where the next block starts: micromark's may run to that line's end)
        close = Math.min(parentClose, pos.end.line + 1, next);
        set(node, node.type === 'paragraph' && tableHead(node) ? '0:0-0:0' : `${node.type === 'paragraph' ? show(paragraphStart(node, pos)) : start}-${before(close)}`);
        break;
      case 'heading': {
        const setext = pos.end.line > pos.start.line;
        close = Math.min(parentClose, pos.end.line + 1);
        set(node, `${show(taskStart(node, pos.start))}-${setext ? on(close) : before(close)}`);
        break;
      }
      case 'code': {
        const fence = /^(`{3,}|~{3,})/.exec(line(pos.start.line).slice(pos.start.column - 1));
        if (fence) {
          const closing = pos.end.line > pos.start.line && new RegExp(`^[ \\t>]*(${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},})[ \\t]*$`).test(line(pos.end.line)) && pos.end.column > 1;
          set(node, `${start}-${closing ? on(pos.end.line) : on(Math.min(parentClose, count + 1))}`);
        } else {
          close = Math.min(parentClose, next);
          const item = parentOf.get(node);
          const text = line(pos.start.line);
          const from = item?.type === 'listItem' ? itemContentColumn(line(item.position!.start.line), item.position!.start.column - 1) : virtualColumn(text, pos.start.column - 1);
          set(node, `${pos.start.line}:${indentedCodeColumn(text, from)}-${before(close)}`);
        }
        return;
      }
      case 'thematicBreak':
      case 'list':
        close = Math.min(parentClose, next);
        set(node, `${start}-${before(close)}`);
        break;
      case 'listItem':
        // an item with nothing after its marker ends at its first blank line (parse_node_item_prefix)
        close = Math.min(parentClose, children.length === 0 ? pos.start.line + 1 : next);
        set(node, `${start}-${before(close)}`);
        break;
      case 'footnoteDefinition':
        close = Math.min(parentClose, next);
        break;
      case 'table':
        close = Math.min(parentClose, pos.end.line + 1);
        set(node, `${show(tableStart(node) ?? pos.start)}-${before(close)}`);
        tableRows(node, close);
        return;
      default:
        if (node.type !== 'root') return;
        close = count + 1;
    }
    children.forEach((child, i) => visit(child, close, children[i + 1]?.position?.start.line ?? next));
  };

  // A paragraph that follows link reference definitions line after line is one cmark paragraph
  // with them: resolve_reference_link_definitions takes them out and leaves its start.
  const paragraphStart = (node: Block, pos: { start: Point }): Point => {
    let first = pos.start;
    const siblings = siblingsOf(node);
    if (siblings) {
      for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
        const prev = siblings[i]!;
        if (prev.type !== 'definition' || !prev.position || prev.position.end.line !== first.line - 1) break;
        first = prev.position.start;
      }
    }
    return first === pos.start ? taskStart(node, first) : first;
  };


  // table.c: every row and cell is placed from the table's start column; a row's cells by their
  // byte offsets from the row's first non-space; cells a short row lacks at column 0. The head
  // row is the paragraph cmark had read up to it (its lines from their first non-space, each
  // with its newline): its line is the paragraph's first, its end and cells from that text.
  const tableRows = (table: Table & Block, close: number): void => {
    const at = tableStart(table) ?? table.position!.start;
    const base = col(at);
    const headLine = table.position!.start.line;
    let head = '';
    // (a lazy line of a top-level item's paragraph is read from the line's start: add_line
    // from where the containers that matched end, none here)
    const item = parentOf.get(table);
    const lazy = (n: number): boolean => item?.type === 'listItem' && parentOf.get(parentOf.get(item)!)?.type === 'root' && virtualColumn(line(n), /^[ \t]*/.exec(line(n))![0].length) < itemContentColumn(line(item.position!.start.line), item.position!.start.column - 1);
    for (let n = at.line; n < headLine; n++) head += `${n === at.line ? line(n).slice(at.column - 1) : lazy(n) ? line(n) : line(n).replace(/^(?:[ \t]*>)*[ \t]*/, '')}\n`;
    const columns = table.children[0]?.children.length ?? 0;
    table.children.forEach((row, r) => {
      const rp = (row as Block).position;
      if (!rp) return;
      const n = r === 0 ? at.line : rp.start.line;
      const text = line(rp.start.line);
      const first = r === 0 && at.line < headLine && lazy(rp.start.line) ? 0 : rp.start.column - 1;
      const prefix = r === 0 ? bytes(head) : 0;
      const cells = rowCells(`${r === 0 ? head : ''}${text.slice(first)}`, r === 0 ? head.length : 0);
      const rowClose = r === table.children.length - 1 ? close : Math.min(close, rp.start.line + 1);
      set(row as Block, `${n}:${base}-${r === 0 ? `${n}:${base - 1 + prefix + bytes(text.slice(first))}` : before(rowClose)}`);
      row.children.forEach((cell, i) => {
        const c = cells[i];
        if (c) set(cell as Block, `${n}:${base + c[0]}-${n}:${base + c[1]}`);
      });
      for (let i = row.children.length; i < columns; i++) {
        row.children.push({ type: 'tableCell', children: [], data: { hProperties: { 'data-sourcepos': `${n}:0-${n}:0` } } as never });
      }
    });
  };

  // The tasklist extension takes `[ ] ` off the item's first line before a block starts there:
  // a setext heading starts after it (micromark's starts at the box).
  const taskStart = (node: Block, at: Point): Point => {
    const item = parentOf.get(node) as Block | undefined;
    const from = item?.position?.start;
    if (item?.type !== 'listItem' || typeof item.checked !== 'boolean' || item.children[0] !== node || from?.line !== at.line) return at;
    const box = /^[ \t]*(?:[-+*]|[0-9]+[.)])[ \t\v\f]+\[[ xX]\][ \t\v\f]+/.exec(line(at.line).slice(from.column - 1));
    return box ? { line: at.line, column: from.column + box[0].length } : at;
  };
  const show = (p: Point): string => `${p.line}:${col(p)}`;

  // A paragraph right above a table's head line: cmark read them as one paragraph, which the
  // table took; try_inserting_table_header_paragraph gives the paragraph it puts back no position.
  const tableHead = (node: Block): boolean => {
    if (node.type !== 'paragraph') return false;
    const next = siblingsOf(node)?.[siblingsOf(node)!.indexOf(node) + 1];
    return next?.type === 'table' && next.position !== undefined && node.position !== undefined && next.position.start.line === node.position.end.line + 1;
  };

  const tableStart = (table: Block): Point | undefined => {
    const siblings = siblingsOf(table) ?? [];
    const above = siblings[siblings.indexOf(table) - 1];
    return above && tableHead(above) ? paragraphStart(above, above.position!) : undefined;
  };

  const parentOf = new WeakMap<Block, Block>();
  const siblingsOf = (node: Block): Block[] | undefined => {
    const parent = parentOf.get(node);
    return parent && 'children' in parent ? (parent.children as Block[]) : undefined;
  };
  const index = (node: Block): void => {
    if (node.type === 'heading' && node.position && node.position.start.line === node.position.end.line) {
      const n = node.position.start.line;
      // (no chop when only blanks follow the opening #s and the space after them: the line is
      // blank there; #s right at the line's end take its newline, and the line is chopped)
      const atx = /^[ \t]*#{1,6}(?:[ \t]+|$)/.exec(line(n).slice(node.position.start.column - 1));
      const blank = atx !== null && /[ \t]$/.test(atx[0]) && /^[ \t]*$/.test(line(n).slice(node.position.start.column - 1 + atx[0].length));
      if (atx && !blank) chopped.set(n, chopTrailingHashes(line(n)));
    }
    if (!('children' in node)) return;
    for (const child of node.children as Block[]) {
      parentOf.set(child, node);
      index(child);
    }
  };
  index(root);
  visit(root, count + 1, count + 1);
}

// blocks.c#chop_trailing_hashtags: white space off the line's end, then a closing sequence of #
// after a space or tab and the white space before it. Returns the line's byte length left.
function chopTrailingHashes(text: string): number {
  let s = text.replace(/[ \t\n\v\f\r]+$/, '');
  let n = s.length - 1;
  const last = n;
  while (n >= 0 && s[n] === '#') n--;
  if (n !== last && n >= 0 && (s[n] === ' ' || s[n] === '\t')) s = s.slice(0, n).replace(/[ \t\n\v\f\r]+$/, '');
  return bytes(s);
}

// table.c#row_from_string: a leading pipe and the blanks after it, then cells of escaped
// characters or anything but a pipe, each reaching back to just after the pipe before it.
// Returns each cell's [start, end] byte offsets in the row text; the head row's text is the
// paragraph's, its cells those of its last line (`from`), the first reaching back over the lines
// before it to a pipe there or the paragraph's start.
function rowCells(row: string, from = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const pipeEnd = (i: number): number => (row[i] === '|' ? 1 + /^[ \t\v\f]*/.exec(row.slice(i + 1))![0].length : 0);
  let offset = from + pipeEnd(from);
  for (;;) {
    if (offset >= row.length) break;
    const cell = /^(?:\\[|!"#$%&'()*+,./:;<=>?@[\\\]^_`{}~-]|[^|\r\n])*/.exec(row.slice(offset))![0].length;
    const pipe = pipeEnd(offset + cell);
    if (cell || pipe) {
      let start = offset;
      while (start > 0 && row[start - 1] !== '|') start--;
      out.push([bytes(row.slice(0, start)), bytes(row.slice(0, offset + cell)) - 1]);
    }
    offset += cell + pipe;
    if (!pipe) break;
  }
  return out;
}

// The column (tabs to multiples of 4) where a line's character starts.
function virtualColumn(text: string, index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column = text[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

// A list item's content column: its marker's, the marker's width and the padding after it
// (open_new_blocks: the blanks after the marker, but only one of five or more, or of none).
function itemContentColumn(text: string, index: number): number {
  const marker = /^(?:[-+*]|[0-9]+[.)])/.exec(text.slice(index))?.[0] ?? '-';
  const start = virtualColumn(text, index) + marker.length;
  const rest = text.slice(index + marker.length);
  const blanks = /^[ \t]*/.exec(rest)![0];
  const width = virtualColumn(text, index + marker.length + blanks.length) - start;
  return start + (blanks.length === rest.length || width >= 5 || width === 0 ? 1 : width);
}

// An indented code block starts where S_advance_offset stops after four columns of indentation
// from its container's content column: at the first character not wholly taken (a tab it would
// only partly take is where it starts).
function indentedCodeColumn(text: string, from: number): number {
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    column = text[i] === '\t' ? column + 4 - (column % 4) : column + 1;
    if (column > from + 4) return bytes(text.slice(0, i)) + 1;
  }
  return bytes(text) + 1;
}

// SOURCEPOS: the block's position (sourcepos.ts), which mdast-util-to-hast put on the `<code>`,
// goes on the `<pre>` (the renderers' `out("<pre", sourcepos(node), ...)`).
export function sourcepos(code: Element): string {
  const value = code.properties?.['data-sourcepos'];
  return typeof value === 'string' ? ` data-sourcepos="${value}"` : '';
}
