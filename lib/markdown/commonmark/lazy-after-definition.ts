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

/**
 * The column of a list item's content: after its marker and the spaces or tabs after it (one
 * column of them when there are five or more, or none before the line's end), as cmark's
 * parse_list_marker sets the item's padding. A task item's box is part of that content (its
 * paragraph starts after the box, which is no indentation).
 */
function contentColumn(item: Parent, source: string): number | undefined {
  const at = item.position?.start.offset;
  if (at === undefined) return undefined;
  const marker = /^(?:[-+*]|[0-9]{1,9}[.)])/.exec(source.slice(at, at + 10));
  if (!marker) return undefined;
  const markerEnd = at + marker[0].length;
  let end = markerEnd;
  while (source[end] === ' ' || source[end] === '\t') end++;
  const afterMarker = columnOf(source, markerEnd);
  const padded = columnOf(source, end) - afterMarker;
  return end >= source.length || source[end] === '\n' || padded > 4 ? afterMarker + 1 : afterMarker + padded;
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
      const content = contentColumn(container, source);
      if (content === undefined || columnOf(source, at) >= content) continue;
    }
    // The white space is source text of the paragraph (SMART reads the characters after it as written).
    const from = lineStart(source, at);
    const start = { line: para.position!.start.line, column: 1, offset: from };
    const head = para.children[0];
    if (head?.type === 'text') {
      head.value = prefix + head.value;
      if (head.position) head.position = { ...head.position, start };
    } else para.children.unshift({ type: 'text', value: prefix, position: { start, end: para.position!.start } });
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
