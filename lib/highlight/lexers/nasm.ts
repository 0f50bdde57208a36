// Follows Rouge 3.30 lib/rouge/lexers/nasm.rb.
import type { LexerDef } from '../engine.js';

const NAME = /[a-z$._?][\w$.?#@~]*/i;

export const nasm: LexerDef = {
  name: 'nasm',
  states: {
    root: [
      [/^\s*%/, 'Comment.Preproc', 'preproc'],
      { mixin: 'whitespace' },
      [/[a-z$._?][\w$.?#@~]*:/i, 'Name.Label'],
      [/([a-z$._?][\w$.?#@~]*)(\s+)(equ)/i, (lx, m) => {
        lx.groups(m, 'Name.Constant', 'Keyword.Declaration', 'Keyword.Declaration');
        lx.push('instruction_args');
      }],
      [/BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE/, 'Keyword', 'instruction_args'],
      [/(?:res|d)[bwdqt]|times/i, 'Keyword.Declaration', 'instruction_args'],
      [NAME, 'Name.Function', 'instruction_args'],
      [/[\r\n]+/, 'Text'],
    ],
    instruction_args: [
      [/"(\\\\"|[^"\\n])*"|'(\\\\'|[^'\\n])*'|`(\\\\`|[^`\\n])*`/, 'Str'],
      [/(?:0x[\da-f]+|$0[\da-f]*|\d+[\da-f]*h)/i, 'Num.Hex'],
      [/[0-7]+q/i, 'Num.Oct'],
      [/[01]+b/i, 'Num.Bin'],
      [/\d+\.e?\d+/i, 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      { mixin: 'punctuation' },
      [/r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]/i, 'Name.Builtin'],
      [NAME, 'Name.Variable'],
      [/[\r\n]+/, 'Text', '#pop'],
      { mixin: 'whitespace' },
    ],
    preproc: [[/[^;\n]+/, 'Comment.Preproc'], [/;.*?\n/, 'Comment.Single', '#pop'], [/\n/, 'Comment.Preproc', '#pop']],
    whitespace: [[/\n/, 'Text'], [/[ \t]+/, 'Text'], [/;.*/, 'Comment.Single']],
    punctuation: [
      [/[,():\[\]]+/, 'Punctuation'],
      [/[&|^<>+*\/%~-]+/, 'Operator'],
      [/\$+/, 'Keyword.Constant'],
      [/seg|wrt|strict/i, 'Operator.Word'],
      [/byte|[dq]?word/i, 'Keyword.Type'],
    ],
  },
};
