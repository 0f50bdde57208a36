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
  const textAt = para.children[0]?.position?.start.offset;
  if (box < 0 || textAt === undefined || textAt < box) return;
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

// An item of a box alone (`- [ ] `, a space or tab after it): micromark sees no task without text
// after the box, cmark an empty task item (the box is taken before the line's blocks are read:
// tasklist.c open_tasklist_item), whose blocks on the next lines (`  - b`) are its own.
function emptyTask(item: ListItem, source: string): void {
  const at = item.position?.start.offset;
  const [para, ...rest] = item.children;
  if (at === undefined || para?.type !== 'paragraph' || para.children.length !== 1) return;
  const box = para.children[0]!;
  if (box.type !== 'text' || !/^\[[ xX]\]$/.test(box.value)) return;
  const { start, end } = lineAround(source, at);
  if (!SPACES.test(source.slice(start, at)) || !TASK_LINE.test(source.slice(at, end))) return;
  item.checked = /\[[xX]\]/.test(source.slice(start, end));
  item.children = rest;
}

function visit(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of (node as Parent).children) visit(child as Nodes, source);
  if (node.type === 'listItem') {
    if (typeof node.checked === 'boolean') fixItem(node, source);
    else emptyTask(node, source);
  }
  if (node.type !== 'list') liftFromEmptyTask(node as Parent, source);
}

/**
 * A box alone on its line leaves cmark's item with no block (the box is taken before the line's
 * blocks are read), so nothing can continue in it lazily, and a blank line closes it (an item
 * whose first line was empty ends at one: blocks.c, tasklist.c parse_node_item_prefix). Its
 * blocks on the next lines that are not indented to its content (`- [x] \nt`), or that come
 * after a blank line, are the parent's, after the list. Only for a list's last item.
 */
function liftFromEmptyTask(parent: Parent, source: string): void {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const list = parent.children[i]!;
    if (list.type !== 'list') continue;
    const item = list.children.at(-1);
    const first = item?.children[0];
    const at = item?.position?.start.offset;
    if (!item || typeof item.checked !== 'boolean' || !first || at === undefined) continue;
    const { start, end } = lineAround(source, at);
    const box = source.indexOf('[', at);
    // The box ends its line: nothing but spaces after `[x]`.
    if (box < 0 || box >= end || !SPACES.test(source.slice(box + 3, end))) continue;
    const boxLine = item.position!.start.line;
    const firstLine = first.position?.start.line ?? boxLine;
    const afterBlank = firstLine > boxLine + 1;
    // micromark's paragraph began at the box and went on to the next line, not indented to the content.
    const next = source.slice(end + 1);
    const lazy = first.type === 'paragraph' && firstLine === boxLine && (first.position?.end.line ?? boxLine) > boxLine && next.search(/[^ ]/) < box - start;
    if (!afterBlank && !lazy) continue;
    const moved = item.children.splice(0);
    parent.children.splice(i + 1, 0, ...(moved as Parent['children']));
  }
}

/** Task list items of `tree` (from `source`) as cmark-gfm's tasklist extension makes them. */
export function cmarkTaskListItems(tree: Root, source: string): void {
  visit(tree, source);
}
