// GFM task list items as cmark-gfm 0.29's tasklist extension (commonmarker 0.23.6) reads them,
// which is narrower than micromark's: the box is matched on the item's whole first line from its
// start (ext_scanners.re `tasklist`: spaces or tabs, the marker, spaces or tabs, `[ ]`, `[x]` or
// `[X]`, then a space or tab), so an item inside a quote (`> - [x] a`), a nested item on its
// parent's line (`- - [x] a`) or a box at the line's end has no checkbox: its `[x]` stays text.
// The item is checked when the line holds `[x]` or `[X]` anywhere (tasklist.c uses strstr), and
// its text starts at the first character after the box that is no space or tab (the paragraph
// starts after it, on the next line when nothing follows the box).
import type { ListItem, Nodes, Parent, Paragraph, Root } from 'mdast';

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
    dropLeadingSpace(para);
    return;
  }
  // Not a task for cmark: the box is text again, with what followed it up to the paragraph's text.
  item.checked = null;
  const box = source.indexOf('[', at);
  // (a text the autolink transform cut has no position: micromark's check took the box and the
  // one space or line ending after it)
  const textAt = para.children[0]?.position?.start.offset ?? box + 4;
  if (box < 0 || textAt < box) return;
  restoreBox(para, source.slice(box, textAt));
}

// A line with nothing after the box leaves the paragraph to start on the next line.
function dropLeadingSpace(para: Paragraph): void {
  for (;;) {
    const first = para.children[0];
    if (first?.type === 'break' || (first?.type === 'text' && /^[ \t\n]*$/.test(first.value))) para.children.shift();
    else break;
  }
  const first = para.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[ \t]*(?:\n[ \t]*)?/, '');
}

function restoreBox(para: Paragraph, text: string): void {
  const first = para.children[0];
  if (first?.type === 'text') first.value = text + first.value;
  else para.children.unshift({ type: 'text', value: text });
}

function visit(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of (node as Parent).children) visit(child as Nodes, source);
  if (node.type !== 'listItem') return;
  // A box alone on its line, read with the list (task-box-alone.ts).
  if (node.data?.cmarkTaskBox !== undefined) node.checked = node.data.cmarkTaskBox;
  else if (typeof node.checked === 'boolean') fixItem(node, source);
}

/** Task list items of `tree` (from `source`) as cmark-gfm's tasklist extension makes them. */
export function cmarkTaskListItems(tree: Root, source: string): void {
  visit(tree, source);
}
