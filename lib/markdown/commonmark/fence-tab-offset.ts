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

/**
 * A line of the block as cmark adds it (blocks.c): the item takes its columns (S_advance_offset by
 * columns; a blank line less indented, all its spaces), then the fence's offset takes as many
 * spaces or tab columns; add_line writes what is left of a tab it took in part as spaces, and
 * the rest as it is, later tabs too. Undefined for a line the item does not hold.
 */
function cmarkLine(line: string, content: number, fenceOffset: number): string | undefined {
  const columns = columnsOf(line);
  const lead = /^[ \t]*/.exec(line)![0].length;
  if (columns[lead]! < content) return lead === line.length ? '' : undefined;
  let offset = 0;
  let column = 0;
  let partial = false;
  const advance = (count: number): void => {
    while (count > 0 && offset < line.length) {
      if (line[offset] === '\t') {
        const toTab = 4 - (column % 4);
        partial = toTab > count;
        const step = Math.min(count, toTab);
        column += step;
        if (!partial) offset++;
        count -= step;
      } else {
        partial = false;
        offset++;
        column++;
        count--;
      }
    }
  };
  advance(content);
  for (let i = fenceOffset; i > 0 && (line[offset] === ' ' || line[offset] === '\t'); i--) advance(1);
  return partial ? ' '.repeat(4 - (column % 4)) + line.slice(offset + 1) : line.slice(offset);
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
  const body = at.end.line - at.start.line;
  const last = lines[at.end.line - 1] ?? '';
  const closed = body > 0 && closes(lines[at.start.line - 1]!, last);
  // Its lines are those after the fence, up to the closing one if any (an empty block has none).
  const value = code.value === '' && closed && body === 1 ? [] : code.value.split('\n');
  if (value.length !== body - 1 && value.length !== body) return;
  const mapped = value.map((text, k) => cmarkLine(lines[at.start.line + k]!, content, fence.chars) ?? text);
  // An unclosed block's last blank line, which micromark leaves out when the fence's columns take
  // it all (`\t~~~` then `    `), is a line of cmark's block when its smaller offset leaves some.
  if (!closed && code.value !== '' && value.length === body - 1 && /^[ \t]*$/.test(last)) {
    const text = cmarkLine(last, content, fence.chars);
    if (text) mapped.push(text);
  }
  code.value = mapped.join('\n');
}

/** Whether `line` is a closing fence of the fence that opens on `opening` (the same character, at least as many). */
function closes(opening: string, line: string): boolean {
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(opening)?.[1];
  const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return fence !== undefined && close !== undefined && close[0] === fence[0] && close.length >= fence.length;
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
