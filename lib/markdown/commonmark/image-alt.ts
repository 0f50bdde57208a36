// An image's alt text as commonmarker writes it: HtmlRenderer#image renders the label "plain"
// (Renderer#render: only text and soft breaks are written, other nodes give their children's), so
// code spans and raw HTML in the label give nothing, where mdast's alt (its label's toString) keeps them.
// A reference to no note is text for cmark (its literal, `[^1]`); one to a note writes nothing, but
// the note is referred to all the same (process_footnotes numbers it): its label is kept in the
// image's data for footnote-order.ts. So is whether the label holds a link (an autolink `<...>`),
// whose end cmark's e-mail pass sees (autolink-literal.ts).
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

function plain(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ((node as { type: string }).type === 'cmarkFootnoteLiteral') return (node as unknown as { value: string }).value;
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
    const notes: string[] = [];
    noteReferences(fragment, notes);
    if (notes.length > 0) node.data = { ...node.data, cmarkNoteReferences: notes } as typeof node.data;
    if (holdsLink(fragment)) node.data = { ...node.data, cmarkAltLink: true } as typeof node.data;
  }
  return undefined;
}

/** The identifiers of the notes referred to in an image's label, in order (nested images' too). */
function noteReferences(node: Nodes, out: string[]): void {
  if (node.type === 'footnoteReference') out.push(node.identifier);
  else if (node.type === 'image' || node.type === 'imageReference') out.push(...imageNoteReferences(node));
  else if ('children' in node) for (const child of node.children) noteReferences(child as Nodes, out);
}

function holdsLink(node: Nodes): boolean {
  if (node.type === 'link' || imageHoldsLink(node)) return true;
  return 'children' in node && node.children.some((child) => holdsLink(child as Nodes));
}

/** Whether an image's label held a link (the alt keeps only its text). */
export function imageHoldsLink(node: Nodes): boolean {
  return (node.type === 'image' || node.type === 'imageReference') && (node.data as { cmarkAltLink?: boolean } | undefined)?.cmarkAltLink === true;
}

/** What noteReferences kept on an image. */
export function imageNoteReferences(node: Nodes): readonly string[] {
  return (node.data as { cmarkNoteReferences?: string[] } | undefined)?.cmarkNoteReferences ?? [];
}

export const cmarkImageAlt: Extension = { exit: { label: exitLabel } };
