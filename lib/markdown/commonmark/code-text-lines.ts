// A code span across lines as cmark reads it: the paragraph's lines lose their leading spaces
// and tabs before inlines are parsed (blocks.c adds each continuation line from its first
// non-space), so `` `a\n   b` `` is `a b`; micromark keeps them in the span's text.
// In a table cell, cmark-gfm has taken the backslash out of every `\|` before (table.c,
// unescape_pipes), code spans included: `` `\|\|` `` is `||` (this handler replaces
// mdast-util-gfm-table's, which does the same but keeps `\\|`).
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { InlineCode } from 'mdast';
import type { Token } from 'micromark-util-types';

function exitCodeText(this: CompileContext, token: Token): undefined {
  const data = this.resume();
  const node = this.stack[this.stack.length - 1] as InlineCode;
  // A line ending right after the opening backticks is the padding micromark dropped: the line after it is bare too.
  const text = this.sliceSerialize(token);
  const afterPadding = /^`+(?:\r?\n|\r)/.test(text);
  let value = (afterPadding ? data.replace(/^[ \t]+/, '') : data).replace(/(\r?\n|\r)[ \t]+/g, '$1');
  // Closing backticks on an indented line: micromark's padding took a space of the indent, cmark's
  // (the indent gone) takes the line ending before them.
  if (/^`+[ \r\n]/.test(text) && /(?:\r?\n|\r)[ \t]+`+$/.test(text) && /[^ \r\n]/.test(value)) value = value.replace(/(?:\r?\n|\r)$/, '');
  node.value = (this.data as { inTable?: boolean }).inTable ? value.replace(/\\\|/g, '|') : value;
  this.exit(token);
  return undefined;
}

export const cmarkCodeTextLines: Extension = { exit: { codeText: exitCodeText } };
