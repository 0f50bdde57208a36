// An indented code block that starts on the line ending a list or block quote (`  1. a\n\n    x\n    y`:
// four spaces are too few for that item). micromark reads that line as lazy and ends the code with it
// (code-indented.js's furtherStart refuses the line after a lazy one), so the next lines make a
// second code block; cmark-gfm opens one block after the list (blocks.c#open_new_blocks) and goes
// on adding lines to it. Two indented code blocks side by side, with only blank lines between,
// never come from cmark (those lines join them), so such pairs are joined back here.
import type { Code, Nodes, Parent, Root } from 'mdast';

const FENCE = /^ {0,3}(?:`{3}|~{3})/;
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function isIndentedCode(node: Nodes | undefined, source: string): node is Code {
  const at = node?.position?.start.offset;
  return node?.type === 'code' && at !== undefined && !FENCE.test(source.slice(at, at + 40));
}

// What cmark keeps of a blank line inside indented code: the white space past the code's indent
// (four columns after `base`, where the container's content starts), tabs to the next stop of 4.
function blankLine(line: string, base: number): string {
  if (!/^[ \t]*$/.test(line)) return '';
  let column = 0;
  for (const ch of line) column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(Math.max(0, column - base - 4));
}

function join(parent: Parent, lines: readonly string[], source: string): void {
  const kids = parent.children as Nodes[];
  for (let i = kids.length - 1; i > 0; i--) {
    const first = kids[i - 1];
    const second = kids[i];
    if (!isIndentedCode(first, source) || !isIndentedCode(second, source)) continue;
    const end = first.position!.end.line;
    const start = second.position!.start.line;
    const base = first.position!.start.column - 1;
    const between = lines.slice(end, start - 1).map((l) => `${blankLine(l, base)}\n`).join('');
    first.value = `${first.value}\n${between}${second.value}`;
    first.position!.end = second.position!.end;
    kids.splice(i, 1);
  }
  for (const kid of kids) if (CONTAINERS.has(kid.type)) join(kid as Parent, lines, source);
}

/** Joins the indented code blocks that micromark split after a lazy line; `source` is the document's text. */
export function cmarkCodeIndentedLazy(root: Root, source: string, lines: readonly string[]): void {
  // only a document with an indented line can have one
  if (!source.includes('    ') && !source.includes('\t')) return;
  join(root, lines, source);
}
