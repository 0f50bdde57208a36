// A list is loose for its blank lines between items, not for those after its last one: cmark's
// finalize (blocks.c) checks S_last_line_blank only on an item that another follows. micromark
// ends a list in a block quote after the quote's blank line (`> 1. a\n>\n> > b`), and mdast then
// counts that line as a blank line between items (its list `spread`). Nor for a blank line after
// a thematic break (below).
import type { List, ListItem, Nodes, Root } from 'mdast';

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

// The block a blank line after `node` lands in: down the last items and their last blocks.
function innermostLast(node: Nodes): Nodes {
  const last = node.type === 'list' || node.type === 'listItem' ? node.children.at(-1) : undefined;
  return last ? innermostLast(last as Nodes) : node;
}

// A blank line whose innermost open block is a thematic break sets no last_line_blank (blocks.c,
// S_process_line), and clears its containers': an item ending with one (`- ***\n\n- b`) leaves
// the list tight.
function blankBetweenItems(list: List): boolean {
  return list.children.some((item, k) => {
    const before = list.children[k - 1];
    return before !== undefined && innermostLast(before).type !== 'thematicBreak' && (item.position?.start.line ?? 0) > (before.position?.end.line ?? 0) + 1;
  });
}

// An item's own blank lines between its blocks, but for those after a thematic break (above) and
// those inside a footnote definition, which mdast counts as the item's (cmark asks each block
// whether it ends with a blank line: a definition last in the last item is asked nothing).
function blankBetweenBlocks(item: ListItem): boolean {
  return item.children.some((child, k) => {
    const before = item.children[k - 1];
    return before !== undefined && innermostLast(before).type !== 'thematicBreak' && (child.position?.start.line ?? 0) > (before.position?.end.line ?? 0) + 1;
  });
}

const mayOverCount = (item: ListItem): boolean => item.children.some((c) => c.type === 'thematicBreak' || c.type === 'footnoteDefinition');

function walk(node: Nodes): void {
  if (!CONTAINERS.has(node.type) || !('children' in node)) return;
  if (node.type === 'list' && node.spread === true && !blankBetweenItems(node)) node.spread = false;
  if (node.type === 'listItem' && node.spread === true && mayOverCount(node) && !blankBetweenBlocks(node)) node.spread = false;
  for (const child of node.children as Nodes[]) walk(child);
}

/** Sets each list's `spread` from the blank lines between its items only (and items' as cmark counts theirs). */
export function cmarkListEndBlank(tree: Root): void {
  walk(tree);
}
