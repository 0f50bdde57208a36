// A fenced code block in a list item whose fence is indented with a tab that the item takes in
// part (`- x\n\n\t```\n\ta\n\t````): cmark 0.29 keeps the fence's indent as a count of bytes
// (blocks.c: fence_offset = first_nonspace - offset, the tab counting one) and takes that many
// columns off each line of the block, where micromark takes the indent's columns (2 here): cmark
// leaves the rest of the tab as spaces (` a`).
import type { Code, Nodes, Parent, Root } from 'mdast';

// The visual columns (tabs to the next multiple of four) at which each character of `line` starts.
function columnsOf(line: string): number[] {
  const out: number[] = [];
  let column = 0;
  for (const ch of line) {
    out.push(column);
    column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  }
  out.push(column);
  return out;
}

// The column of the first character that is not a space or a tab, and how many such characters
// end past `from` (a tab that straddles it counting one), or undefined for a blank line.
function indentOf(line: string, from: number): { column: number; chars: number } | undefined {
  const columns = columnsOf(line);
  let k = 0;
  let chars = 0;
  while (k < line.length && (line[k] === ' ' || line[k] === '\t')) {
    if (columns[k + 1]! > from) chars++;
    k++;
  }
  return k === line.length ? undefined : { column: columns[k]!, chars };
}

function adjust(code: Code, item: Parent, lines: readonly string[]): void {
  const first = item.children[0];
  const at = code.position;
  if (!at || first === code || first?.position === undefined) return;
  // The item's content column, from its first block (0-based, tabs expanded).
  const firstLine = lines[first.position.start.line - 1]!;
  const content = columnsOf(firstLine)[first.position.start.column - 1];
  const fence = indentOf(lines[at.start.line - 1]!, content ?? 0);
  if (content === undefined || !fence) return;
  const columns = fence.column - content;
  if (fence.chars >= columns || columns > 3) return;
  const value = code.value.split('\n');
  const body = at.end.line - at.start.line;
  // Its lines are those after the fence, up to the closing one if any.
  if (value.length !== body - 1 && value.length !== body) return;
  code.value = value.map((text, k) => {
    const indent = indentOf(lines[at.start.line + k]!, content);
    if (!indent || text === '') return text;
    const width = indent.column - content;
    return ' '.repeat(Math.min(width, columns) - Math.min(width, fence.chars)) + text;
  }).join('\n');
}

function walk(node: Nodes, lines: readonly string[]): void {
  // (a block quote's lines hold its markers: not looked into)
  if (!('children' in node) || node.type === 'blockquote') return;
  for (const child of node.children as Nodes[]) {
    if (child.type === 'code' && node.type === 'listItem') adjust(child, node, lines);
    else walk(child, lines);
  }
}

/** Gives fenced code in list items cmark's fence offset when a tab indents the fence; `source` is the document's text. */
export function cmarkFenceTabOffset(tree: Root, source: string): void {
  if (source.includes('\t')) walk(tree, source.split('\n'));
}
