// An item whose first line holds only its marker (`-`, `1.`) goes on through a blank line that
// is indented to its content, as cmark-gfm 0.29 reads it: blocks.c parse_node_item_prefix
// continues an item on any line indented that far, blank or not, and closes an item with no
// child only on a blank line indented less (`-\n  \n  foo` is one item holding foo; `-\n\n  foo`
// an empty item and a paragraph). micromark's list closes such an item on the first non-blank
// line after any blank line (its furtherBlankLines), however the blank line was indented.
import type { List, ListItem, Nodes, Root } from 'mdast';
import type { Construct } from 'micromark-util-types';
import { list } from 'micromark-core-commonmark';

/** `construct` (micromark's list or one built on it) with such blank lines taken as cmark takes them. */
export function cmarkBlankIndentedItem(construct: Construct = list): Construct {
  const continuation = construct.continuation!;
  return {
    ...construct,
    continuation: {
      ...continuation,
      tokenize(effects, ok, nok) {
        const self = this;
        const state = self.containerState!;
        const [initial, further] = [state.initialBlankLine, state.furtherBlankLines];
        return continuation.tokenize.call(
          this,
          effects,
          (code) => {
            // micromark's onBlank took this blank line's indentation (at most the item's size)
            if (initial && !further && state.furtherBlankLines) {
              const last = self.events.at(-1);
              const indent = last && last[0] === 'exit' && last[1].type === 'listItemIndent' && last[1].start.line === self.now().line ? self.sliceSerialize(last[1], true).length : 0;
              if (indent >= (state.size as number)) state.furtherBlankLines = undefined;
            }
            return ok(code);
          },
          nok,
        );
      },
    },
  };
}

// Such an item's blank lines before its first block leave it tight in cmark (the item's
// last_line_blank is cleared when the block opens); mdast spread it for them. Its list is
// decided again from its items, such an item loose only for a blank line between its blocks
// or before the next item.
function respread(list: List): void {
  let changed = false;
  // a blank line between an item and the next
  const gap = (item: ListItem, i: number): boolean => {
    const next = list.children[i + 1];
    return next?.position !== undefined && item.position !== undefined && next.position.start.line > item.position.end.line + 1;
  };
  list.children.forEach((item, i) => {
    const first = item.children[0];
    const start = item.position?.start.line;
    if (!first?.position || start === undefined || first.position.start.line <= start + 1) return;
    const kids = item.children;
    const between = kids.some((kid, k) => k > 0 && kid.position!.start.line > kids[k - 1]!.position!.end.line + 1);
    item.spread = between || gap(item, i);
    changed = true;
  });
  if (changed) list.spread = list.children.some((item, i) => item.spread === true || gap(item, i));
}

function visit(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) visit(child as Nodes);
  if (node.type === 'list') respread(node);
}

/** Items that went on through an indented blank line (cmarkBlankIndentedItem), tight as cmark has them. */
export function cmarkBlankIndentedSpread(root: Root): void {
  visit(root);
}
