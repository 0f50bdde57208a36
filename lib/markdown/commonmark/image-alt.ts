// An image's alt text as commonmarker writes it: HtmlRenderer#image renders the label "plain"
// (Renderer#render: only text and soft breaks are written, other nodes give their children's), so
// code spans and raw HTML in the label give nothing, where mdast's alt (its label's toString) keeps them.
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { FootnoteReference, Nodes } from 'mdast';

function plain(node: Nodes): string {
  if (node.type === 'text') return node.value;
  // a `[^label]` of no note: cmark's process_footnotes made it a text node again
  if ((node as { type: string }).type === 'cmarkFootnoteLiteral') return (node as unknown as { value: string }).value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => plain(c as Nodes)).join('');
  return '';
}

// mdast-util-from-markdown's exit of a link or image label, with the image's alt from its plain label.
function exitLabel(this: CompileContext): undefined {
  const fragment = this.stack[this.stack.length - 1] as Nodes;
  this.resume();
  const node = this.stack[this.stack.length - 1] as Nodes;
  // As the default handler: a label is a reference's until a resource follows it.
  this.data.inReference = true;
  if (node.type === 'link' && 'children' in fragment) node.children = fragment.children as typeof node.children;
  else if (node.type === 'image') {
    node.alt = plain(fragment);
    // A note's reference in the label writes nothing, but it is in cmark's tree: it numbers the
    // note and has the note written (footnote-order.ts reads these).
    const refs: FootnoteReference[] = [];
    collectReferences(fragment, refs);
    if (refs.length > 0) node.data = { ...node.data, cmarkFootnoteReferences: refs };
  }
  return undefined;
}

function collectReferences(node: Nodes, into: FootnoteReference[]): void {
  if (node.type === 'footnoteReference') into.push(node);
  else if (node.type === 'image') into.push(...(node.data?.cmarkFootnoteReferences ?? []));
  else if ('children' in node) for (const c of node.children) collectReferences(c as Nodes, into);
}

declare module 'mdast' {
  interface ImageData {
    /** The footnote references of the image's label, which its alt text leaves out. */
    cmarkFootnoteReferences?: FootnoteReference[];
  }
}

export const cmarkImageAlt: Extension = { exit: { label: exitLabel } };
