// Follows Rouge 3.30 lib/rouge/lexers/clean.rb (with inline ABC code).
import type { LexerDef, RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`if otherwise let in with where case of infix infixl infixr class instance generic derive special
  implementation definition system module from import qualified as dynamic code inline foreign export ccall stdcall`);

const comment = (tok: string, nested: string): RuleSpec<unknown>[] => [
  [/\*\//, tok, '#pop'],
  [/\/\/.*/, tok], // single-line comments in multi-line comments are skipped
  [/\/\*/, tok, nested],
  [/[^*\/]+/, tok],
  [/[*\/]/, tok],
];

export const clean: LexerDef = {
  name: 'clean',
  states: {
    common_literals: [
      [/'(?:[^'\\]|\\(?:x[0-9a-fA-F]+|\d+|.))'/, 'Str.Char'],
      [/[+~-]?\d+\.\d+(?:E[+-]?\d+)?\b/, 'Num.Float'],
      [/[+~-]?\d+E[+-]?\d+\b/, 'Num.Float'],
      [/[+~-]?\d+/, 'Num.Integer'],
      [/"/, 'Str.Double', 'string'],
    ],
    basic: [
      [/\s+/, 'Text.Whitespace'],
      [/\/\/\*.*/, 'Comment.Doc'],
      [/\/\/.*/, 'Comment.Single'],
      [/\/\*\*/, 'Comment.Doc', 'comment_doc'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [/[+~-]?0[0-7]+/, 'Num.Oct'],
      [/[+~-]?0x[0-9a-fA-F]+/, 'Num.Hex'],
      { mixin: 'common_literals' },
      [/(\[)(\s*)(')(?=.*?'\])/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Str.Single', 'Punctuation'); lx.push('charlist'); }],
    ],
    comment_doc: comment('Comment.Doc', 'comment'),
    comment: comment('Comment.Multiline', 'comment'),
    root: [
      { mixin: 'basic' },
      [/code(\s+inline)?\s*{/, 'Comment.Preproc', 'abc'],
      [/_*[a-z][\w_`]*/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : 'Name', m[0])],
      [/_*[A-Z][\w_`]*/, (lx, m) => lx.token(m[0] === 'True' || m[0] === 'False' ? 'Keyword.Constant' : 'Keyword.Type', m[0])],
      [/[^\w_\s`]/, 'Punctuation'],
      [/_\b/, 'Punctuation'],
    ],
    escapes: [
      [/\\x[0-9a-fA-F]{1,2}/i, 'Str.Escape'],
      [/\\d\d{0,3}/i, 'Str.Escape'],
      [/\\0[0-7]{0,3}/, 'Str.Escape'],
      [/\\[0-7]{1,3}/, 'Str.Escape'],
      [/\\[nrfbtv\\"']/, 'Str.Escape'],
    ],
    string: [[/"/, 'Str.Double', '#pop'], { mixin: 'escapes' }, [/[^\\"]+/, 'Str.Double']],
    charlist: [
      [/(')(\])/, (lx, m) => { lx.groups(m, 'Str.Single', 'Punctuation'); lx.pop(); }],
      { mixin: 'escapes' },
      [/[^\\']/, 'Str.Single'],
    ],
    abc_basic: [[/\s+/, 'Text.Whitespace'], [/\|.*/, 'Comment.Single'], { mixin: 'common_literals' }],
    // the ABC intermediate language, included as C includes inline assembly
    abc: [
      { mixin: 'abc_basic' },
      [/}/, 'Comment.Preproc', '#pop'],
      [/\.\w*/, 'Keyword', 'abc_rest_of_line'],
      [/[\w_]+/, 'Name.Builtin', 'abc_rest_of_line'],
    ],
    abc_rest_of_line: [
      [/\n/, 'Text.Whitespace', '#pop'],
      [/}/, (lx, m) => { lx.token('Comment.Preproc', m[0]); lx.pop(2); }],
      { mixin: 'abc_basic' },
      [/\S+/, 'Name'],
    ],
  },
};
