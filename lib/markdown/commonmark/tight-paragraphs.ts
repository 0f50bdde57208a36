// A tight list item's paragraphs that a footnote definition (or a link reference definition)
// stood between: cmark-gfm's footnote definition may interrupt a paragraph (blocks.c,
// open_new_blocks checks no paragraph before scan_footnote_definition), and the paragraph after
// it is the item's next block once the definition ends. commonmarker's HtmlRenderer writes a
// tight item's paragraph with no tags and no cr (html.c S_render_node, CMARK_NODE_PARAGRAPH),
// and the definition itself goes to the notes at the end, or nowhere: the two texts run together
// (`- a\n  [^x]: <div>b\n  c` is `<li>ac</li>`). remark-rehype puts a line ending between
// every two blocks of an item, so here the two paragraphs become one.
import type { List, ListItem, Nodes, Paragraph } from 'mdast';

// mdast-util-to-hast's listLoose: a list is loose when it or any of its items is spread.
function loose(list: List): boolean {
  return list.spread === true || list.children.some((item) => (item.spread ?? item.children.length > 1) === true);
}

function joinItem(item: ListItem): void {
  const kept: ListItem['children'] = [];
  let last: Paragraph | undefined;
  let between = false;
  for (const child of item.children) {
    if (child.type === 'footnoteDefinition' || child.type === 'definition') {
      between = true;
    } else if (child.type === 'paragraph' && last !== undefined && between) {
      last.children.push(...child.children);
      if (last.position && child.position) last.position = { start: last.position.start, end: child.position.end };
      between = false;
      continue;
    } else {
      last = child.type === 'paragraph' ? child : undefined;
      between = false;
    }
    kept.push(child);
  }
  item.children = kept;
}

export function cmarkTightParagraphs(node: Nodes): void {
  if (!('children' in node)) return;
  if (node.type === 'list' && !loose(node)) node.children.forEach(joinItem);
  for (const child of node.children) cmarkTightParagraphs(child as Nodes);
}
