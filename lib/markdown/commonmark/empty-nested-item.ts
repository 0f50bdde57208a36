// A list item whose first content is an empty list item (`- a\n  - -`): cmark opens the second
// `-` as a list item of its own, since the container it is checked against (the item just opened)
// is no paragraph (blocks.c#open_new_blocks, parse_list_marker's interrupts_paragraph). micromark
// still counts the line as interrupting the paragraph before it and refuses the empty item, which
// leaves the marker as the item's text. Such an item is given its empty list back here. Not after a
// task box (`- [x] *`): cmark-gfm's tasklist extension reads the box out of the item's first
// paragraph, whose text the marker after it is.
import type { Extension } from 'mdast-util-from-markdown';
import type { List, ListItem, Nodes, Parent, Root } from 'mdast';

// A marker alone: a bullet, or up to nine digits and `.` or `)`.
const MARKER = /^(?:[-*+]|(\d{1,9})[.)])$/;

function emptyList(item: ListItem): List | undefined {
  const [para] = item.children;
  if (typeof item.checked === 'boolean' || item.children.length !== 1 || para?.type !== 'paragraph' || para.children.length !== 1) return undefined;
  const [text] = para.children;
  if (text?.type !== 'text') return undefined;
  const span = text.position ? text.position.end.offset! - text.position.start.offset! : -1;
  const m = MARKER.exec(text.value);
  // As written (an escaped `\-` is text for cmark too), on the item's first line.
  if (!m || span !== text.value.length || para.position?.start.line !== item.position?.start.line) return undefined;
  const inner: ListItem = { type: 'listItem', spread: false, children: [], position: para.position };
  return { type: 'list', ordered: m[1] !== undefined, start: m[1] !== undefined ? Number(m[1]) : null, spread: false, children: [inner], position: para.position };
}

function visit(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of (node as Parent).children) visit(child as Nodes);
  if (node.type !== 'listItem') return;
  const list = emptyList(node);
  if (list) node.children = [list];
}

function restoreEmptyItems(tree: Root): undefined {
  visit(tree);
  return undefined;
}

export const cmarkEmptyNestedItem: Extension = { transforms: [restoreEmptyItems] };
