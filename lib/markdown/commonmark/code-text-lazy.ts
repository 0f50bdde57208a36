// A code span across a lazy continuation line (`- a \`b\n c\``: the line is too little indented for
// the item, yet continues its paragraph): cmark 0.29 adds a lazy line from where its containers
// stopped matching (blocks.c, S_process_line: add_line without advancing to the first non-space),
// so the span keeps that line's leading white space (`b  c`); a line every container takes loses it,
// as code-text-lines.ts gives every line. Only block quotes, list items and footnote definitions
// are followed here.
// So does the text after a backslash's hard break (`- a\\\n  b`: inlines.c's handle_backslash,
// unlike handle_newline, skips no spaces after the line end).
import type { Break, Html, Image, InlineCode, Link, Nodes, Parent, Root } from 'mdast';

// A list item's width is its marker's indent and padding (cmark's marker_offset + padding), counted
// from where the containers around it leave its first line.
type Container = { readonly kind: 'quote' } | { readonly kind: 'item'; readonly width: number; readonly line: number; readonly content: number };

// The visual column (tabs to the next multiple of four) before the character at `index` of `line`.
function columnAt(line: string, index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column = line[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * Where the containers leave `line` (blocks.c's continuation of a block quote: up to three spaces,
 * `>` and one column of white space; of a list item: its width of indent), as the index of the
 * first character not wholly taken and the column reached (inside that character when it is a
 * tab the containers took part of), or, when one does not take the line (a lazy line), the white
 * space cmark then keeps at its start: add_line writes what is left of a part-taken tab as spaces.
 */
function consume(line: string, containers: readonly Container[], from = 0): { readonly at: number; readonly col: number; readonly lazy?: string } {
  let at = from;
  let col = columnAt(line, from);
  const lazy = (first: number): { at: number; col: number; lazy: string } => {
    const partial = line[at] === '\t' && col > columnAt(line, at);
    return { at, col, lazy: partial ? ' '.repeat(columnAt(line, at + 1) - col) + line.slice(at + 1, first) : line.slice(at, first) };
  };
  for (const c of containers) {
    let first = at;
    while (line[first] === ' ' || line[first] === '\t') first++;
    const indent = columnAt(line, first) - col;
    if (c.kind === 'quote') {
      if (indent > 3 || line[first] !== '>') return lazy(first);
      at = first + 1;
      col = columnAt(line, at);
      if (line[at] === ' ' || line[at] === '\t') {
        col++;
        if (columnAt(line, at + 1) === col) at++;
      }
    } else {
      if (indent < c.width) return lazy(first);
      col += c.width;
      while (at < first && columnAt(line, at + 1) <= col) at++;
    }
  }
  return { at, col };
}

// A task item's paragraph starts after its box (an item's indented code may start after its
// content column too), yet the item's width ends at its marker's padding
// (blocks.c, parse_list_marker: one to four columns of white space, one when more or none follow).
function markerContent(line: string, at: number): number | undefined {
  const marker = /^(?:[-+*]|\d{1,9}[.)])/.exec(line.slice(at))?.[0];
  if (marker === undefined) return undefined;
  const end = at + marker.length;
  let next = end;
  while (line[next] === ' ' || line[next] === '\t') next++;
  const spaces = columnAt(line, next) - columnAt(line, end);
  return columnAt(line, end) + (next >= line.length || spaces > 4 ? 1 : spaces);
}

// A list item's width: from where the containers around it leave its line (an item that starts on
// that line too leaves it at its content) to where its first block starts, on the item's own line.
function itemContainer(item: Parent, lines: readonly string[], containers: readonly Container[]): Container | undefined {
  const first = item.children[0]?.position?.start;
  if (!first || first.line !== item.position?.start.line) return undefined;
  const line = lines[first.line - 1]!;
  const i = containers.findLastIndex((c) => c.kind === 'item' && c.line === first.line);
  let from = 0;
  if (i >= 0) while (from < line.length && columnAt(line, from) < (containers[i] as { content: number }).content) from++;
  const outer = consume(line, containers.slice(i + 1), from);
  if (outer.lazy !== undefined) return undefined;
  // (from the marker: a task's box, or an indented code block that starts inside the tab after the
  // marker, `+\t   a`, begins past the item's content column)
  const content = markerContent(line, item.position!.start.column - 1) ?? columnAt(line, first.column - 1);
  return { kind: 'item', width: content - outer.col, line: first.line, content };
}

// The later lines of a text that starts on line `first` (a code span, inline HTML, a title), each
// with the lazy white space micromark took from its start put back.
function withLazyIndents(value: string, first: number, lines: readonly string[], containers: readonly Container[]): string {
  return value
    .split('\n')
    .map((part, k) => (k === 0 ? part : (consume(lines[first - 1 + k] ?? '', containers).lazy ?? '') + part))
    .join('\n');
}

// A code span with a lazy line, from the source as cmark reads it: each later line from where its
// containers stop when it is lazy (its white space kept), else from its first non-space; then one
// space or line ending off each end when it starts and ends with one and holds anything else
// (code-text-lines.ts stripped that padding before the lazy white space came back: `- \` a\n \``
// is `a `, the lazy space being the last).
function lazyCodeText(node: InlineCode, lines: readonly string[], containers: readonly Container[]): void {
  const at = node.position!;
  const first = lines[at.start.line - 1]!.slice(at.start.column - 1);
  const run = /^`*/.exec(first)![0].length;
  let lazy = false;
  const parts = [first.slice(run)];
  for (let n = at.start.line + 1; n <= at.end.line; n++) {
    const line = n === at.end.line ? lines[n - 1]!.slice(0, at.end.column - 1) : lines[n - 1]!;
    const c = consume(line, containers);
    if (c.lazy !== undefined) lazy = true;
    const rest = line.slice(c.at).replace(/^[ \t]+/, '');
    parts.push((c.lazy ?? '') + rest);
  }
  if (!lazy) return;
  let value = parts.join('\n');
  value = value.slice(0, value.length - run);
  const spaced = value.replace(/\n/g, ' ');
  if (/[^ ]/.test(spaced) && spaced.startsWith(' ') && spaced.endsWith(' ')) value = value.slice(1, -1);
  node.value = value;
}

function keepLazyIndents(node: InlineCode | Html, lines: readonly string[], containers: readonly Container[]): void {
  const at = node.position;
  if (!at || at.end.line === at.start.line) return;
  if (node.type === 'inlineCode') return lazyCodeText(node, lines, containers);
  if (node.value.split('\n').length - 1 !== at.end.line - at.start.line) return;
  node.value = withLazyIndents(node.value, at.start.line, lines, containers);
}

// A link's or image's title of several lines: it closes on the line of the last quote or
// parenthesis before the resource's `)` (only white space between them).
function keepLazyTitleIndents(node: Link | Image, lines: readonly string[], containers: readonly Container[]): void {
  const at = node.position;
  if (!at || !node.title?.includes('\n') || at.end.line === at.start.line) return;
  const text = lines.slice(at.start.line - 1, at.end.line).join('\n').slice(at.start.column - 1, -(lines[at.end.line - 1]!.length - (at.end.column - 1)) || undefined);
  const beforeClose = text.replace(/\)$/, '').replace(/[\s>]*$/, '');
  const closeLine = at.start.line + (beforeClose.match(/\n/g)?.length ?? 0);
  const first = closeLine - (node.title.split('\n').length - 1);
  if (first < at.start.line) return;
  node.title = withLazyIndents(node.title, first, lines, containers);
}

/** The lazy white space the line after `br`, a backslash's hard break, starts with (else nothing). */
function lazyAfterBreak(br: Break, lines: readonly string[], containers: readonly Container[]): string {
  const at = br.position?.start;
  if (!at || lines[at.line - 1]?.[at.column - 1] !== '\\' || at.line >= lines.length) return '';
  return consume(lines[at.line]!, containers).lazy ?? '';
}

// The inlines of a paragraph in containers: lazy lines keep their leading white space after a
// backslash's hard break, in code spans and inline HTML, and in titles (cmark adds the line whole).
function keepLazyInlines(parent: Parent, lines: readonly string[], containers: readonly Container[], breaks: Map<number, string>): void {
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'break') {
      const lazy = lazyAfterBreak(child, lines, containers);
      if (lazy !== '') breaks.set(child.position!.start.offset!, lazy);
    } else if (child.type === 'inlineCode' || child.type === 'html') keepLazyIndents(child, lines, containers);
    else if (child.type === 'link' || child.type === 'image') keepLazyTitleIndents(child, lines, containers);
    if ('children' in child) keepLazyInlines(child, lines, containers, breaks);
  }
}

function walk(node: Nodes, lines: readonly string[], containers: readonly Container[], breaks: Map<number, string>): void {
  if (node.type === 'definition' && containers.length > 0 && node.title?.includes('\n') && node.position) {
    // (a definition's title closes on its last line)
    const first = node.position.end.line - (node.title.split('\n').length - 1);
    if (first >= node.position.start.line) node.title = withLazyIndents(node.title, first, lines, containers);
    return;
  }
  if (!('children' in node)) return;
  let inner = containers;
  if (node.type === 'blockquote') inner = [...containers, { kind: 'quote' }];
  else if (node.type === 'listItem') {
    const item = itemContainer(node, lines, containers);
    if (!item) return;
    inner = [...containers, item];
  } else if (node.type === 'footnoteDefinition') {
    // (blocks.c, parse_footnote_definition_block_prefix: a line goes on in the note after four columns
    // of indent, as in an item that wide; its first block starts on the note's own line)
    const first = node.children[0]?.position?.start;
    const line = node.position?.start.line;
    if (!first || line === undefined) return;
    const content = first.line === line ? columnAt(lines[line - 1]!, first.column - 1) : -1;
    inner = [...containers, { kind: 'item', width: 4, line, content }];
  }
  if (node.type === 'paragraph') {
    if (inner.length > 0) keepLazyInlines(node, lines, inner, breaks);
    return;
  }
  for (const child of node.children as Nodes[]) walk(child, lines, inner, breaks);
}

/**
 * Gives code spans in block quotes and list items the leading white space of their lazy lines; returns
 * that of the lines after a backslash's hard break, by the break's offset, for the HTML stage to put
 * back (mdast-util-to-hast trims the start of what follows a break: rehype-commonmarker.ts).
 */
export function cmarkCodeTextLazy(root: Root, lines: readonly string[]): ReadonlyMap<number, string> {
  const breaks = new Map<number, string>();
  walk(root, lines, [], breaks);
  return breaks;
}
