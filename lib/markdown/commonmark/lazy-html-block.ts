// An HTML block of kind 7 (`<br/>`, `<span>`: a lone open or closing tag) on a lazy line after a
// paragraph in a block quote or list item. cmark (blocks.c#open_new_blocks) tries kind 7 when the
// innermost matched container is not a paragraph: on a lazy line that is the unmatched quote's
// parent, so the block starts there and closes the quote or list (`> a\n<br/>` gives
// `</blockquote>\n<br/>`). micromark keeps it inside them; it starts left of their content, which
// is how it is found here and moved out to the container whose content it is in line with.
import type { Extension } from 'mdast-util-from-markdown';
import type { Nodes, Parent, Root, RootContent } from 'mdast';

const CONTAINERS = new Set(['blockquote', 'list', 'listItem']);

// The column a container's content starts at: its first child's.
function contentColumn(node: Parent): number | undefined {
  return node.children[0]?.position?.start.column;
}

// Moves a lazy HTML block at the end of each of `parent`'s containers out into `parent`.
function lift(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i] as Nodes;
    if (!CONTAINERS.has(child.type) || !('children' in child)) continue;
    lift(child);
    const last = child.children[child.children.length - 1] as RootContent | undefined;
    const column = contentColumn(child);
    if (child.children.length < 2 || last?.type !== 'html') continue;
    // A list holds items only: a block moved out of its last item goes on out of it.
    if (child.type !== 'list' && (column === undefined || (last.position?.start.column ?? column) >= column)) continue;
    // Inside a list, only after its last item (cmark would also end the list there and start another: not followed).
    if (parent.type === 'list' && i < parent.children.length - 1) continue;
    child.children.pop();
    parent.children.splice(i + 1, 0, last);
  }
}

function liftLazyHtml(tree: Root): undefined {
  lift(tree);
  return undefined;
}

export const cmarkLazyHtmlBlock: Extension = { transforms: [liftLazyHtml] };
