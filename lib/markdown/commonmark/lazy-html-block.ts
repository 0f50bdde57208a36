// An HTML block of kind 7 (`<br/>`, `<span>`: a lone open or closing tag) on a lazy line after a
// paragraph in a block quote or list item. cmark (blocks.c#open_new_blocks) tries kind 7 when the
// innermost matched container is not a paragraph: on a lazy line that is the unmatched quote's
// parent, so the block starts there and closes the quote or list (`> a\n<br/>` gives
// `</blockquote>\n<br/>`). micromark keeps it inside them; it starts left of their content, which
// is how it is found here and moved out to the container whose content it is in line with.
// After an item that is not the list's last, cmark's list ends there too: the block runs to the
// next blank line (the items on its lines are HTML text), and the next item starts a new list
// (`<ol start="2">`), tight or loose on its own (blocks.c#finalize).
import type { List, ListItem, Nodes, Parent, Root, RootContent } from 'mdast';

const CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

// The column a node starts at, tabs expanded to the next multiple of four as cmark counts them.
function startColumn(node: Nodes | undefined, source: string): number | undefined {
  const offset = node?.position?.start.offset;
  if (offset === undefined) return undefined;
  let column = 0;
  for (let k = source.lastIndexOf('\n', offset - 1) + 1; k < offset; k++) column = source[k] === '\t' ? column + 4 - (column % 4) : column + 1;
  return column + 1;
}

// The column a container's content starts at: its first child's; a footnote definition's later
// lines are its own from four columns in (cmark-gfm's footnote continuation, blocks.c).
function contentColumn(node: Parent, source: string): number | undefined {
  if (node.type === 'footnoteDefinition') {
    const column = startColumn(node as Nodes, source);
    return column === undefined ? undefined : column + 4;
  }
  // (a task item's paragraph starts after its box; its content, at its marker's padding)
  if (node.type === 'listItem' && typeof (node as ListItem).checked === 'boolean') return taskItemColumn(node as ListItem, source) ?? startColumn(node.children[0], source);
  return startColumn(node.children[0], source);
}

// blocks.c, parse_list_marker: the marker, then one to four columns of white space (one when
// more, or nothing, follow), as the column the item's content starts at.
function taskItemColumn(item: ListItem, source: string): number | undefined {
  const start = item.position?.start.offset;
  if (start === undefined) return undefined;
  const marker = /^(?:[-+*]|\d{1,9}[.)])/.exec(source.slice(start))?.[0];
  if (marker === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const columnOf = (end: number): number => {
    let column = 0;
    for (let k = lineStart; k < end; k++) column = source[k] === '\t' ? column + 4 - (column % 4) : column + 1;
    return column;
  };
  const end = start + marker.length;
  let next = end;
  while (source[next] === ' ' || source[next] === '\t') next++;
  const spaces = columnOf(next) - columnOf(end);
  const blank = next >= source.length || source[next] === '\n';
  return columnOf(end) + (blank || spaces > 4 ? 1 : spaces) + 1;
}

const startLine = (node: Nodes): number => node.position?.start.line ?? 0;
const endLine = (node: Nodes): number => node.position?.end.line ?? 0;

// Blank lines between one child and the next (mdast's `spread`, cmark's S_ends_with_blank_line).
function hasGap(nodes: readonly Nodes[]): boolean {
  return nodes.some((n, k) => k > 0 && startLine(n) > endLine(lastOf(nodes[k - 1]!)) + 1);
}

function lastOf(node: Nodes): Nodes {
  const kids = 'children' in node ? (node.children as Nodes[]) : [];
  return kids.length > 0 ? lastOf(kids[kids.length - 1]!) : node;
}

// The number an ordered item's marker gives (`2.` in `2. b`), which starts cmark's new list.
function markerNumber(item: ListItem, source: string): number | null {
  const offset = item.position?.start.offset;
  const m = offset === undefined ? null : /^[ \t]*(\d{1,9})[.)]/.exec(source.slice(offset, offset + 20));
  return m ? Number(m[1]) : null;
}

// cmark's HTML blocks of kinds 1 to 5 (scanners.re html_block_start / html_block_end_1..5): they
// end at the line holding their end, blank lines or not (cmark-gfm 0.29: no `</textarea>`).
const ENDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^<(?:script|pre|style)(?:[ \t>]|$)/i, /<\/(?:script|pre|style)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

// Where cmark's block that starts at `offset` ends: a block of kind 7 (or 6) before the first
// blank line after it; one of kinds 1 to 5 at the end of the line holding its end, or of the text.
function blockEnd(source: string, offset: number): number {
  const end = ENDS.find(([start]) => start.test(source.slice(offset, offset + 12)))?.[1];
  if (end) {
    const m = end.exec(source.slice(offset));
    const eol = m ? source.indexOf('\n', offset + m.index + m[0].length) : -1;
    return eol >= 0 ? eol : source.replace(/\n$/, '').length;
  }
  const blank = /\n[ \t]*(?:\n|$)/g;
  blank.lastIndex = offset;
  const m = blank.exec(source);
  return m ? m.index : source.replace(/\n$/, '').length;
}

// The lazy HTML block at the end of a list's item `j` (not its last), when it goes out of the
// list, with the items it takes in as lines of HTML (no blank line before them: only at the root,
// where the lines are as written, and only items that end inside the block).
function lazyHtmlAfterItem(list: List, j: number, parent: Parent, source: string): { html: RootContent; swallowed: number } | undefined {
  const item = list.children[j]!;
  if (item.type !== 'listItem') return undefined;
  const html = item.children[item.children.length - 1];
  const column = contentColumn(item, source);
  if (item.children.length < 2 || html?.type !== 'html' || column === undefined) return undefined;
  const at = startColumn(html, source) ?? column;
  // It lands in `parent`: in line with its content (a root has none to be in line with).
  const parentColumn = parent.type === 'root' ? 1 : contentColumn(parent, source);
  if (at >= column || parentColumn === undefined || at < parentColumn) return undefined;
  const rest = list.children.slice(j + 1);
  if (startLine(rest[0]!) > endLine(html) + 1) return { html, swallowed: 0 };
  const from = html.position?.start.offset;
  if (parent.type !== 'root' || from === undefined) return undefined;
  const end = blockEnd(source, from);
  const swallowed = rest.filter((n) => (n.position?.start.offset ?? Infinity) < end);
  if (swallowed.some((n) => (n.position?.end.offset ?? Infinity) > end)) return undefined;
  (html as { value: string }).value = source.slice(from, end);
  return { html, swallowed: swallowed.length };
}

// Splits `parent.children[i]` (a list) after item `j`: the item's HTML block, then a new list of the items after it.
function splitList(parent: Parent, i: number, j: number, swallowed: number, source: string): void {
  const list = parent.children[i] as List;
  const item = list.children[j]!;
  const html = item.children.pop() as RootContent;
  item.spread = hasGap(item.children);
  const rest = list.children.splice(j + 1).slice(swallowed);
  list.spread = hasGap(list.children) || list.children.some((c) => c.spread === true);
  if (rest.length === 0) {
    parent.children.splice(i + 1, 0, html);
    // (a list of another marker after the items it took in is its text too)
    if (parent.type === 'root') swallowLines(parent, i + 1, source);
    return;
  }
  const next: List = {
    type: 'list',
    ordered: list.ordered,
    start: list.ordered ? markerNumber(rest[0]!, source) : null,
    spread: hasGap(rest) || rest.some((c) => c.spread === true),
    children: rest,
  };
  if (rest[0]?.position && list.position) next.position = { start: rest[0].position.start, end: list.position.end };
  parent.children.splice(i + 1, 0, html, next);
}

// The block runs on to the next blank line: the blocks micromark made of its next lines
// (`* a\n<br>\nb`: a paragraph `b`, items) are its text. In a list item, its lines are the
// item's content: the item's indent is taken off them (a tab that it takes in part leaves spaces).
function swallowLines(parent: Parent, at: number, source: string): void {
  const html = parent.children[at] as { value: string; position?: { start: { offset?: number } } };
  const from = html.position?.start.offset;
  const indent = parent.type === 'root' ? 0 : (contentColumn(parent, source) ?? 1) - 1;
  if (from === undefined) return;
  const end = blockEnd(source, from);
  // A block that runs to the end of the text (an unclosed fence) ends with the HTML block then.
  const last = source.replace(/\n$/, '').length === end ? source.length : end;
  let n = 0;
  for (let k = at + 1; k < parent.children.length && (parent.children[k]!.position?.start.offset ?? Infinity) < end; k++) {
    if ((parent.children[k]!.position?.end.offset ?? Infinity) > last) return;
    n++;
  }
  parent.children.splice(at + 1, n);
  const [first, ...rest] = source.slice(from, end).split('\n');
  html.value = [first, ...rest.map((line) => dropColumns(line, indent))].join('\n');
}

function dropColumns(line: string, columns: number): string {
  let column = 0;
  let k = 0;
  while (k < line.length && column < columns && (line[k] === ' ' || line[k] === '\t')) column = line[k++] === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(column - Math.min(column, columns)) + line.slice(k);
}

// Moves a lazy HTML block at the end of each of `parent`'s containers out into `parent`.
function lift(parent: Parent, source: string, quoted = false, quotes = 0): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i] as Nodes;
    if (!CONTAINERS.has(child.type) || !('children' in child)) continue;
    const depth = child.type === 'blockquote' ? quotes + 1 : quotes;
    lift(child, source, quoted || child.type === 'blockquote', depth);
    if (child.type === 'list') {
      for (let j = 0; j < child.children.length - 1; j++) {
        const found = lazyHtmlAfterItem(child, j, parent, source);
        if (!found) continue;
        // The items after it are the next list, itself looked at when the loop reaches it.
        splitList(parent, i, j, found.swallowed, source);
        break;
      }
    }
    const from = liftedFrom(child, source);
    if (from === undefined || (child.type === 'blockquote' && quoteMarkers(child.children[from] as Nodes, source) >= depth)) continue;
    // Inside a list, only after its last item (before another, splitList above has done it when cmark would).
    if (parent.type === 'list' && i < parent.children.length - 1) continue;
    // The blocks after it (past a blank line) are the parent's too: cmark has closed the container.
    const moved = child.children.splice(from) as RootContent[];
    parent.children.splice(i + 1, 0, ...moved);
    if (child.type === 'listItem') child.spread = hasGap(child.children);
    // (in a block quote, its lines hold the quote's markers)
    if ((parent.type === 'root' || (parent.type === 'listItem' && !quoted)) && moved[0]?.type === 'html') swallowLines(parent, i + 1, source);
  }
}

// The `>` markers before a block on its line (`><div>`: its quote's content needs no space after
// the marker, where the quote's first line had one): a block after as many as its quotes is in them.
function quoteMarkers(node: Nodes, source: string): number {
  const at = node.position?.start.offset;
  if (at === undefined) return 0;
  const prefix = source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
  return /^[ \t>]*$/.test(prefix) ? prefix.split('>').length - 1 : 0;
}

// Where the blocks to move out of `child` start: a list holds items only, so what was moved out
// of its last item goes on out of it; elsewhere, at a lazy HTML block left of the content.
function liftedFrom(child: Parent, source: string): number | undefined {
  const kids = child.children;
  if (kids.length < 2) return undefined;
  if (child.type === 'list') {
    let from = kids.length;
    while (from > 1 && kids[from - 1]!.type !== 'listItem') from--;
    return from < kids.length && kids[from]!.type === 'html' ? from : undefined;
  }
  const column = contentColumn(child, source);
  if (column === undefined) return undefined;
  const at = kids.findIndex((n, k) => k > 0 && n.type === 'html' && (startColumn(n, source) ?? column) < column);
  return at > 0 ? at : undefined;
}

/** Moves lazy HTML blocks out of the containers cmark closes before them; `source` is the document's text. */
export function liftLazyHtml(tree: Root, source: string): void {
  lift(tree, source);
}
