// GFM task list items as cmark-gfm 0.29's tasklist extension (commonmarker 0.23.6) reads them,
// which is narrower than micromark's: the box is matched on the item's whole first line from its
// start (ext_scanners.re `tasklist`: spaces or tabs, the marker, spaces or tabs, `[ ]`, `[x]` or
// `[X]`, then a space or tab), so an item inside a quote (`> - [x] a`), a nested item on its
// parent's line (`- - [x] a`) or a box at the line's end has no checkbox: its `[x]` stays text.
// The item is checked when the line holds `[x]` or `[X]` anywhere (tasklist.c uses strstr), and
// its text starts at the first character after the box that is no space or tab (the paragraph
// starts after it, on the next line when nothing follows the box).
import type { Heading, ListItem, Nodes, Parent, Paragraph, Root } from 'mdast';

const SPACES = /^[ \t\v\f]*$/;
const TASK_LINE = /^(?:[-+*]|[0-9]+[^\r\n])[ \t\v\f]+\[[ xX]\][ \t\v\f]/;

function lineAround(source: string, offset: number): { start: number; end: number } {
  const start = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
  const end = source.slice(offset).search(/[\r\n]|$/) + offset;
  return { start, end };
}

function fixItem(item: ListItem, source: string): void {
  const at = item.position?.start.offset;
  const para = item.children[0];
  if (at === undefined || para?.type !== 'paragraph') return;
  const { start, end } = lineAround(source, at);
  const rest = source.slice(at, end);
  if (SPACES.test(source.slice(start, at)) && TASK_LINE.test(rest)) {
    item.checked = /\[[xX]\]/.test(source.slice(start, end));
    dropLeadingSpace(para, source);
    return;
  }
  // Not a task for cmark: the box is text again, with what followed it up to the paragraph's text.
  item.checked = null;
  const box = source.indexOf('[', at);
  // (a text the autolink transform cut has no position: micromark's check took the box and the
  // one space or line ending after it)
  const textAt = para.children[0]?.position?.start.offset ?? box + 4;
  if (box < 0 || textAt < box) return;
  restoreBox(para, source, box, textAt);
}

// A line with nothing after the box leaves the paragraph to start on the next line. A backslash
// after the box, at the line's end, is the paragraph's first character: its hard break stays.
function dropLeadingSpace(para: Paragraph, source: string): void {
  for (;;) {
    const first = para.children[0];
    const backslash = first?.type === 'break' && source[first.position?.start.offset ?? -1] === '\\';
    if ((first?.type === 'break' && !backslash) || (first?.type === 'text' && /^[ \t\n]*$/.test(first.value))) para.children.shift();
    else break;
  }
  const first = para.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[ \t]*(?:\n[ \t]*)?/, '');
}

// The text starts at the box in the source again: SMART (remark-smart-punctuation.ts) reads each
// text's characters against the source from its start, and `- [x]\n  it's` is `[x]\nit’s` in cmark.
function restoreBox(para: Paragraph, source: string, box: number, textAt: number): void {
  const text = source.slice(box, textAt);
  const lineStart = Math.max(source.lastIndexOf('\n', box - 1), source.lastIndexOf('\r', box - 1)) + 1;
  const start = { line: para.position?.start.line ?? 1, column: box - lineStart + 1, offset: box };
  const first = para.children[0];
  if (first?.type === 'text') {
    first.value = text + first.value;
    if (first.position) first.position.start = start;
  } else para.children.unshift({ type: 'text', value: text, position: { start, end: { ...start, column: start.column + text.length, offset: textAt } } });
}

// An item whose first line, box and text, a setext underline made a heading (`- [x] a\n  ---`):
// cmark took the box off the line before the paragraph began (tasklist.c advances past it, no
// block opened after it), so the heading's text is what follows the box. micromark reads no box
// in a heading.
const HEADING_BOX = /^\[([ xX])\][ \t]+/;

function headingItem(item: ListItem, source: string): void {
  const at = item.position?.start.offset;
  const heading = item.children[0];
  if (at === undefined || heading?.type !== 'heading' || heading.position?.start.line !== item.position?.start.line) return;
  const { start, end } = lineAround(source, at);
  if (!SPACES.test(source.slice(start, at)) || !TASK_LINE.test(source.slice(at, end))) return;
  const text = heading.children[0];
  const m = text?.type === 'text' ? HEADING_BOX.exec(text.value) : null;
  if (m && text?.type === 'text') {
    text.value = text.value.slice(m[0].length);
    if (text.value === '') heading.children.shift();
  } else if (!boxReference(heading, source)) return;
  item.checked = /\[[xX]\]/.test(source.slice(start, end));
}

// The box read as a shortcut reference (`- [x] a\n  ---` with `[x]: /url` defined): cmark took it
// off the line before the inline parse, so it is no link; it goes with the white space after it.
function boxReference(heading: Heading, source: string): boolean {
  const [first, next] = heading.children;
  const from = first?.position?.start.offset;
  if (first?.type !== 'linkReference' || from === undefined || !/^\[[ xX]\]$/.test(source.slice(from, first.position?.end.offset))) return false;
  if (next?.type !== 'text' || !/^[ \t]/.test(next.value)) return false;
  heading.children.shift();
  next.value = next.value.replace(/^[ \t]+/, '');
  if (next.value === '') heading.children.shift();
  return true;
}

function visit(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of (node as Parent).children) visit(child as Nodes, source);
  if (node.type !== 'listItem') return;
  // A box alone on its line, read with the list (task-box-alone.ts).
  if (node.data?.cmarkTaskBox !== undefined) node.checked = node.data.cmarkTaskBox;
  else if (typeof node.checked === 'boolean') fixItem(node, source);
  else headingItem(node, source);
}

/** Task list items of `tree` (from `source`) as cmark-gfm's tasklist extension makes them. */
export function cmarkTaskListItems(tree: Root, source: string): void {
  visit(tree, source);
}
