// Follows Rouge 3.30 lib/rouge/lexers/io.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const CONSTANTS = wordSet('nil false true');
const BUILTINS = wordSet('args call clone do doFile doString else elseif for if list method return super then');

export const io: LexerDef = {
  name: 'io',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/\/\/.*/, 'Comment.Single'],
      [/#.*/, 'Comment.Single'],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
      [/\/[+]/, 'Comment.Multiline', 'nested_comment'],
      [/"(\\\\|\\"|[^"])*"/, 'Str'],
      [/:?:=/, 'Keyword'],
      [/[()]/, 'Punctuation'],
      [/[-=;,*+><!\/|^.%&\[\]{}]/, 'Operator'],
      [/[A-Z]\w*/, 'Name.Class'],
      [/[a-z_]\w*/, (lx, m) => lx.token(CONSTANTS.has(m[0]) ? 'Keyword.Constant' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
      [/(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?/i, 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      [/@@?/, 'Keyword'],
    ],
    nested_comment: [
      [/[^\/+]+/, 'Comment.Multiline'],
      [/\/[+]/, 'Comment.Multiline', 'nested_comment'],
      [/[+]\//, 'Comment.Multiline', '#pop'],
    ],
  },
};
