// Follows Rouge 3.30 lib/rouge/lexers/pony.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`actor addressof and as be break class compiler_intrinsic consume continue do else elseif embed
  end error for fun if ifdef in interface is isnt lambda let match new not object primitive recover repeat return struct
  then this trait try type until use var where while with`);
const CAPABILITIES = wordSet('box iso ref tag trn val');
const TYPES = wordSet(`Number Signed Unsigned Float I8 I16 I32 I64 I128 U8 U32 U64 U128 F32 F64 EventID Align IntFormat
  NumberPrefix FloatFormat Type`);

export const pony: LexerDef = {
  name: 'pony',
  states: {
    whitespace: [[/\s+/, 'Text']],
    root: [
      { mixin: 'whitespace' },
      [/"""/, 'Str.Doc', 'docstring'],
      [/\/\/.*/, 'Comment.Single'],
      [/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//, 'Comment.Multiline'],
      [/"/, 'Str', 'string'],
      [/[~!%^&*+=\|?:<>\/-]/, 'Operator'],
      [/(true|false|NULL)\b/, 'Name.Constant'],
      [/(?:[A-Z_][a-zA-Z0-9_]*)/, 'Name.Class'],
      [/[()\[\],.';]/, 'Punctuation'],
      [/0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?/, 'Num.Float'],
      [/[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?/, 'Num.Float'],
      [/\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?/, 'Num.Float'],
      [/0[xX][0-9a-fA-F_]+/, 'Num.Hex'],
      [/(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?/, 'Num.Integer'],
      [/[a-z_][a-z0-9_]*/i, (lx, m) => lx.token(CAPABILITIES.has(m[0]) ? 'Keyword.Declaration'
        : KEYWORDS.has(m[0]) ? 'Keyword.Reserved' : TYPES.has(m[0]) ? 'Keyword.Type' : 'Name', m[0])],
    ],
    string: [
      [/"/, 'Str', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
      [/[^\\"\n]+/, 'Str'],
      [/\\\n/, 'Str'],
      [/\\/, 'Str'], // stray backslash
    ],
    docstring: [[/"""/, 'Str.Doc', '#pop'], [/\n/, 'Str.Doc'], [/./, 'Str.Doc']],
  },
};
