// An unclosed fenced code block in a list item (or quote) that a later line closes keeps the
// blank line before that line: cmark adds each blank line to the open fence as it comes, where
// micromark's code ends at the start of the last blank line (`- ~~~\n  x\n\nb` is `x\n\n`).
import type { Code, Nodes } from 'mdast';

const FENCE = /^[ \t]*(?:`{3,}|~{3,})/;

export function cmarkFenceBlankEnd(node: Nodes, source: string, lines: readonly string[]): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'code') keepLastBlank(child, source, lines);
    else cmarkFenceBlankEnd(child as Nodes, source, lines);
  }
}

function keepLastBlank(code: Code, source: string, lines: readonly string[]): void {
  const at = code.position;
  if (!at || at.end.line <= at.start.line || at.end.line >= lines.length) return;
  // A blank line (a quote's `>` markers only) that a later line follows: not the end of the text.
  if (!/^[ \t>]*$/.test(lines[at.end.line - 1]!)) return;
  if (!FENCE.test(source.slice(at.start.offset).replace(/^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)]))*/, ''))) return;
  const blanks = at.end.line - at.start.line;
  if (code.value === '' && blanks === 1) {
    // Its text is then one newline, which the HTML stage reads from the lines it spans.
    const next = source.indexOf('\n', at.end.offset!);
    if (next >= 0) at.end = { line: at.end.line + 1, column: 1, offset: next + 1 };
  } else code.value = code.value === '' ? '\n'.repeat(blanks - 1) : `${code.value}\n`;
}
