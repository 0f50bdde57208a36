// An unclosed fenced code block in a list item (or quote) that a later line closes keeps the
// blank line before that line: cmark adds each blank line to the open fence as it comes, where
// micromark's code ends at the start of the last blank line (`- ~~~\n  x\n\nb` is `x\n\n`).
import type { Code, Nodes } from 'mdast';

const FENCE = /^[ \t]*(?:`{3,}|~{3,})/;

export function cmarkFenceBlankEnd(node: Nodes, source: string, lines: readonly string[], inQuote = false): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'code') keepLastBlank(child, source, lines, inQuote);
    else cmarkFenceBlankEnd(child as Nodes, source, lines, inQuote || child.type === 'blockquote');
  }
}

function keepLastBlank(code: Code, source: string, lines: readonly string[], inQuote: boolean): void {
  const at = code.position;
  if (!at || at.end.line <= at.start.line || at.end.line >= lines.length) return;
  // A blank line (in a quote, its `>` markers only) that a later line follows: not the end of the
  // text. Outside a quote, a `>` line is a quote that ends the item and its block.
  if (!(inQuote ? /^[ \t>]*$/ : /^[ \t]*$/).test(lines[at.end.line - 1]!)) return;
  const text = source.slice(at.start.offset).replace(/^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)]))*/, '');
  // An indented code block whose first line reads as a fence (`    ```\n     \n`) is not one.
  if (!FENCE.test(text) || indentWidth(text, at.start.column - 1) >= 4) return;
  const blanks = at.end.line - at.start.line;
  // The blank line left text past the item's indent (`1. ```\n     \nx`): micromark kept it as the last line too.
  if (code.value !== '' && code.value.split('\n').length >= blanks) return;
  if (code.value === '' && blanks === 1) {
    // Its text is then one newline, which the HTML stage reads from the lines it spans.
    const next = source.indexOf('\n', at.end.offset!);
    if (next >= 0) at.end = { line: at.end.line + 1, column: 1, offset: next + 1 };
  } else code.value = code.value === '' ? '\n'.repeat(blanks - 1) : `${code.value}\n`;
}

/** The columns the text's leading spaces and tabs take from `column` (tab stops of 4), as a code block's indent is counted. */
function indentWidth(text: string, column: number): number {
  let col = column;
  for (const ch of text) {
    if (ch === ' ') col += 1;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col - column;
}
