// A list is loose for its blank lines between items, not for those after its last one: cmark's
// finalize (blocks.c) checks S_last_line_blank only on an item that another follows. micromark
// ends a list in a block quote after the quote's blank line (`> 1. a\n>\n> > b`), and mdast then
// counts that line as a blank line between items (its list `spread`).
import type { List, Nodes, Root } from 'mdast';

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function blankBetweenItems(list: List): boolean {
  return list.children.some((item, k) => k > 0 && (item.position?.start.line ?? 0) > (list.children[k - 1]!.position?.end.line ?? 0) + 1);
}

function walk(node: Nodes): void {
  if (!CONTAINERS.has(node.type) || !('children' in node)) return;
  if (node.type === 'list' && node.spread === true && !blankBetweenItems(node)) node.spread = false;
  for (const child of node.children as Nodes[]) walk(child);
}

/** Sets each list's `spread` from the blank lines between its items only. */
export function cmarkListEndBlank(tree: Root): void {
  walk(tree);
}
