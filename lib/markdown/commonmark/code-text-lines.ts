// A code span across lines as cmark reads it: the paragraph's lines lose their leading spaces
// and tabs before inlines are parsed (blocks.c adds each continuation line from its first
// non-space), so `` `a\n   b` `` is `a b`; micromark keeps them in the span's text. cmark strips
// its padding after that, so `` ` a\n\t` `` is `a`: micromark, seeing a tab before the closer, strips none.
// In a table cell, cmark-gfm has taken the backslash out of every `\|` before (table.c,
// unescape_pipes), code spans included: `` `\|\|` `` is `||` (this handler replaces
// mdast-util-gfm-table's, which does the same but keeps `\\|`).
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { InlineCode } from 'mdast';
import type { Token } from 'micromark-util-types';

function exitCodeText(this: CompileContext, token: Token): undefined {
  this.resume();
  const node = this.stack[this.stack.length - 1] as InlineCode;
  // cmark's span (inlines.c, S_normalize_code) from the source: between the backtick runs, each
  // line without its leading spaces and tabs (code-text-lazy.ts gives lazy lines theirs back), then
  // one space or line ending off each end when it starts and ends with one and holds anything else.
  // (The line endings stay: mdast-util-to-hast writes them as spaces.)
  const text = this.sliceSerialize(token);
  const run = /^`+/.exec(text)![0].length;
  let value = text.slice(run, text.length - run).replace(/(\r\n|\n|\r)[ \t]+/g, '$1');
  const spaced = value.replace(/\r\n|\r|\n/g, ' ');
  if (/[^ ]/.test(spaced) && spaced.startsWith(' ') && spaced.endsWith(' ')) value = value.replace(/^(?:\r\n| |\n|\r)/, '').replace(/(?:\r\n| |\n|\r)$/, '');
  node.value = (this.data as { inTable?: boolean }).inTable ? value.replace(/\\\|/g, '|') : value;
  this.exit(token);
  return undefined;
}

export const cmarkCodeTextLines: Extension = { exit: { codeText: exitCodeText } };
