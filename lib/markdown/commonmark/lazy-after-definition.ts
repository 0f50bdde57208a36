// A paragraph whose link reference definitions cmark took away, leaving a lazy line first: cmark
// adds a lazy continuation line to the paragraph as it stands after the matched containers
// (blocks.c, add_text_to_container: no skip to its first non-space), while other paragraph lines
// start at their first non-space character. The inline parser drops white space only after a
// line ending, so the white space of that lazy line, now the paragraph's start, is written
// (`> [a]: /u\n  x` gives `<p>  x</p>`). micromark drops it. Done for a block quote or list item
// at the document's root, where the whole line is the lazy one.
import type { Nodes, Parent, Root } from 'mdast';

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

// The column of `offset` in its line, tabs to the next multiple of four.
function columnOf(source: string, offset: number): number {
  let column = 0;
  for (let k = lineStart(source, offset); k < offset; k++) column = source[k] === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

function keepLazyWhitespace(container: Parent, source: string): void {
  const kids = container.children as Nodes[];
  for (let i = 1; i < kids.length; i++) {
    const para = kids[i]!;
    const before = kids[i - 1]!;
    const at = para.position?.start.offset;
    if (para.type !== 'paragraph' || before.type !== 'definition' || at === undefined || para.position!.start.line !== (before.position?.end.line ?? 0) + 1) continue;
    const prefix = source.slice(lineStart(source, at), at);
    if (prefix === '' || !/^[ \t]*$/.test(prefix)) continue;
    // A list item's line indented to its content is no lazy line.
    if (container.type === 'listItem') {
      const first = container.children[0] as Nodes | undefined;
      const content = first?.position?.start.offset;
      if (content === undefined || columnOf(source, at) >= columnOf(source, content)) continue;
    }
    const head = para.children[0];
    if (head?.type === 'text') head.value = prefix + head.value;
    else para.children.unshift({ type: 'text', value: prefix });
  }
}

/** The lazy first lines' white space of paragraphs left after definitions, in root-level quotes and list items. */
export function cmarkLazyAfterDefinition(root: Root, source: string): void {
  if (!source.includes(']:')) return;
  for (const node of root.children) {
    if (node.type === 'blockquote') keepLazyWhitespace(node, source);
    else if (node.type === 'list') for (const item of node.children) keepLazyWhitespace(item, source);
  }
}
