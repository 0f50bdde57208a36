// An HTML block that the end of its list item or block quote closes (kinds 1 to 5, which run on
// over blank lines: `- <pre>\n  x\n\n- b`). cmark's block is its lines, each ending in a
// newline, blank ones too; micromark's node is the text up to its end:
// - Closed by the next item (or another new container), the node keeps the line ending before
//   it, which cmark's writer does not double; closed by a line the container does not take
//   (`- a\n  <pre>\n\nc`), its last line, a blank one, ends it: cmark's newline is still to come.
// - A blank last line makes the list loose when another item follows (blocks.c: the block takes
//   the line and its last_line_blank; S_ends_with_blank_line goes down a list's last item to its
//   last block), where mdast sees no blank line between the items.
import type { List, Nodes, Root } from 'mdast';

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

// The node's text ends with the line ending before a line it does not hold (one with text on it),
// or with the text's last line ending.
function endsBeforeLine(node: Nodes, source: string): boolean {
  const end = node.position?.end;
  if (end?.offset === undefined || end.column !== 1) return false;
  if (end.offset >= source.length) return true;
  const eol = source.indexOf('\n', end.offset);
  return /[^ \t]/.test(source.slice(end.offset, eol < 0 ? source.length : eol));
}

function trimEnds(node: Nodes, source: string): void {
  if (!CONTAINERS.has(node.type) || !('children' in node)) return;
  const last = node.children.at(-1);
  if (node.type !== 'root' && last?.type === 'html' && last.value.endsWith('\n') && endsBeforeLine(last, source)) last.value = last.value.slice(0, -1);
  for (const child of node.children as Nodes[]) trimEnds(child, source);
}

// cmark's S_ends_with_blank_line for such a block: down the last items and their last blocks.
function endsWithBlankHtml(node: Nodes | undefined): boolean {
  if (node?.type === 'list' || node?.type === 'listItem') return endsWithBlankHtml(node.children.at(-1));
  return node?.type === 'html' && node.value.endsWith('\n');
}

function loosen(node: Nodes): void {
  if (!CONTAINERS.has(node.type) || !('children' in node)) return;
  for (const child of node.children as Nodes[]) loosen(child);
  if (node.type === 'list' && (node as List).children.some((item, k, items) => k < items.length - 1 && endsWithBlankHtml(item))) {
    node.spread = true;
    for (const item of node.children) item.spread = true;
  }
}

/** Ends list items' HTML blocks as cmark does, and loosens the lists a blank last line of one makes loose. */
export function cmarkItemHtmlEnd(root: Root, source: string): void {
  trimEnds(root, source);
  loosen(root);
}
