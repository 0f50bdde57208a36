// A code block's text as cmark keeps it: every content line with its newline. mdast's value
// drops the last newline, and hast's text adds it back unless the value is empty, so a fence
// around one blank line (```\n\n```) lost the "\n" cmark writes: its lines tell the two apart.
import type { Element } from 'hast';

export function codeBlockText(code: Element): string {
  const text = code.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  const at = code.position;
  // Between the opening fence's line and the closing one (or the end an unclosed fence reaches).
  return text === '' && at !== undefined && at.end.line - at.start.line > 1 ? '\n' : text;
}
