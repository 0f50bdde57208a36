// Footnote numbers as cmark-gfm gives them (blocks.c, process_footnotes): the definitions stay
// where they were written while the references are walked in document order, those inside a
// definition (even one to itself, or one in a block quote) at the definition's place, and each
// definition a reference reaches gets the next number. mdast-util-to-hast numbers a note when
// the main text first refers to it and reaches the others only from the footer, so a note only
// referred to from a note (or from itself) was dropped and notes referred to from notes came
// last. The order is seeded into its state before the root is converted. A table's cells past
// its column count refer to nothing.
import type { Nodes, Root } from 'mdast';
import { defaultHandlers, type Handler, type State } from 'mdast-util-to-hast';
import { imageNoteReferences } from './image-alt.js';

function referencesInOrder(node: Nodes, order: string[]): void {
  const add = (identifier: string): void => {
    const id = identifier.toUpperCase();
    if (!order.includes(id)) order.push(id);
  };
  if (node.type === 'footnoteReference') add(String(node.identifier));
  // (an image's label is its alt text in mdast: its references are kept aside, image-alt.ts)
  if (node.type === 'image' || node.type === 'imageReference') imageNoteReferences(node).forEach(add);
  if (node.type === 'table') {
    // A row's cells past the delimiter row's count are dropped before the inline parse (table.c,
    // try_opening_table_row trims them): their references number nothing (mdast keeps the cells
    // and mdast-util-to-hast leaves them out of the HTML only).
    const columns = node.align?.length ?? Infinity;
    for (const row of node.children) for (const cell of row.children.slice(0, columns)) referencesInOrder(cell, order);
    return;
  }
  if ('children' in node) for (const child of node.children) referencesInOrder(child as Nodes, order);
}

function root(state: State, node: Root): ReturnType<typeof defaultHandlers.root> {
  const order: string[] = [];
  referencesInOrder(node, order);
  for (const id of order) {
    if (!state.footnoteById.has(id)) continue;
    state.footnoteOrder.push(id);
    // A count (none yet) makes the reference handler take the seeded number instead of pushing a new one.
    state.footnoteCounts.set(id, 0);
  }
  return defaultHandlers.root(state, node);
}

// mdast-util-to-hast's Handler type leaves the root out, though its root handler is one like the others.
export const cmarkFootnoteRoot = root as unknown as Handler;
