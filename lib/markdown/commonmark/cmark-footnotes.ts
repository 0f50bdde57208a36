// Footnotes (the FOOTNOTES option) as cmark-gfm writes them (html.c, S_render_node for
// CMARK_NODE_FOOTNOTE_REFERENCE and _DEFINITION), from remark-rehype's GitHub-style ones:
// a reference is `<sup class="footnote-ref"><a href="#fnN" id="fnrefN">N</a></sup>` (the same
// for each reference to a note), the list a `<section class="footnotes">` with no heading, each
// note `<li id="fnN">` with one back link, at the end of its last paragraph or after its last block.
import type { Element, ElementContent, Root, RootContent } from 'hast';

const BACKREF_SPACE = /^ $/;

export function cmarkFootnotes(tree: Root): void {
  const numbers = new Map<string, string>();
  walk(tree, (node, parent) => {
    if (node.properties.dataFootnoteRef === undefined || node.tagName !== 'a') return;
    const label = String(node.properties.href ?? '').replace(/^#user-content-fn-/, '');
    const n = textOf(node);
    numbers.set(label, n);
    node.properties = { href: `#fn${n}`, id: `fnref${n}` };
    if (parent?.type === 'element' && parent.tagName === 'sup') parent.properties = { className: ['footnote-ref'] };
  });
  walk(tree, (node) => {
    if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined) return;
    node.properties = { className: ['footnotes'] };
    node.children = [{ type: 'text', value: '\n' }, ...node.children.filter((c) => !(c.type === 'element' && c.tagName === 'h2') && !(c === node.children[1] && c.type === 'text'))];
    const ol = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
    const items = (ol?.children ?? []).filter((li): li is Element => li.type === 'element' && li.tagName === 'li');
    items.forEach((li, i) => note(li, numbers, i + 1));
  });
  // Notes referred to only from notes: the list is all there is, no line ending before it.
  const [first, second] = tree.children;
  if (first?.type === 'text' && first.value === '\n' && second?.type === 'element' && second.tagName === 'section') tree.children.shift();
  // An HTML block that runs to the text's end holds its last line ending (`<pre>\n`): cmark's
  // cr() before the list adds none.
  const at = tree.children.findIndex((c) => c.type === 'element' && c.tagName === 'section' && (c.properties.className as string[] | undefined)?.includes('footnotes'));
  const [before, gap] = at >= 2 ? [tree.children[at - 2], tree.children[at - 1]] : [];
  if (gap?.type === 'text' && gap.value === '\n' && before?.type === 'raw' && before.value.endsWith('\n')) tree.children.splice(at - 1, 1);
}

// `place`: the note's number when no reference to it is written (one only in a note left out
// for want of references: cmark numbered it there all the same, and the list is in number order).
function note(li: Element, numbers: ReadonlyMap<string, string>, place: number): void {
  const n = numbers.get(String(li.properties.id ?? '').replace(/^user-content-fn-/, '')) ?? String(place);
  li.properties = { id: `fn${n}` };
  const backref: Element = { type: 'element', tagName: 'a', properties: { href: `#fnref${n}`, className: ['footnote-backref'] }, children: [{ type: 'text', value: '\u21a9' }] };
  const isBackref = (c: ElementContent): boolean => c.type === 'element' && c.tagName === 'a' && c.properties.dataFootnoteBackref !== undefined;
  // The last block: an element, or raw HTML (an HTML block ends the note as a list does).
  const lastBlock = [...li.children].reverse().find((c) => (c.type === 'element' && !isBackref(c)) || c.type === 'raw');
  const last = lastBlock?.type === 'element' ? lastBlock : undefined;
  if (last?.tagName === 'p') {
    // The back links and the spaces before them end the last paragraph: one link instead.
    while (last.children.length > 0 && (isBackref(last.children.at(-1)!) || isSpace(last.children.at(-1)!))) last.children.pop();
    // remark-rehype's space may have joined the paragraph's last text (a paragraph never ends with one).
    const tail = last.children.at(-1);
    if (tail?.type === 'text') tail.value = tail.value.replace(/ $/, '');
    last.children.push({ type: 'text', value: ' ' }, backref);
    return;
  }
  // After a block: the first back link's place (on its own line), the others gone.
  // The footer appends the links (and the spaces between them) after the last block, each on a
  // line of its own: only the first stays, then the item's last newline.
  const first = li.children.findIndex(isBackref);
  if (first < 0) {
    // No reference written (its only one is in a note left out): cmark's link all the same, on its own line.
    const tail = li.children.at(-1);
    if (!(tail?.type === 'text' && tail.value.endsWith('\n'))) li.children.push({ type: 'text', value: '\n' });
    li.children.push(backref, { type: 'text', value: '\n' });
    return;
  }
  const rest = li.children.slice(first + 1);
  if (rest.every((c) => isBackref(c) || (c.type === 'text' && /^\s*$/.test(c.value)))) {
    li.children = [...li.children.slice(0, first), backref, ...(rest.length > 0 ? [{ type: 'text' as const, value: '\n' }] : [])];
    return;
  }
  li.children = li.children.filter((c, i) => i === first || !(isBackref(c) || (isSpace(c) && i > first)));
  li.children[first] = backref;
}

function isSpace(c: ElementContent): boolean {
  return c.type === 'text' && BACKREF_SPACE.test(c.value);
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function walk(node: Root | Element, visit: (node: Element, parent: Root | Element) => void): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    visit(child, node);
    walk(child, visit);
  }
}
