// An indented code block ends at its last line that is not blank: cmark's finalize
// (blocks.c, remove_trailing_blank_lines) drops the blank lines after it, those holding more
// spaces than the indent too (`    a\n      \n`), which micromark keeps as the code's last lines.
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { Code } from 'mdast';
import type { Token } from 'micromark-util-types';

function exitCodeIndented(this: CompileContext, token: Token): undefined {
  const data = this.resume();
  const node = this.stack[this.stack.length - 1] as Code;
  node.value = data.replace(/(?:\r?\n|\r)[ \t]*(?=(?:(?:\r?\n|\r)[ \t]*)*$)/g, '').replace(/(?:\r?\n|\r)$/, '');
  this.exit(token);
  return undefined;
}

export const cmarkCodeIndentedEnd: Extension = { exit: { codeIndented: exitCodeIndented } };
