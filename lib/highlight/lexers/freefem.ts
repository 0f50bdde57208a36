// Follows Rouge 3.30 lib/rouge/lexers/freefem.rb: C++ (cpp.ts) with FreeFEM's word lists
// (freefem-words.ts, built on first use) and its own expr_bol and statements states.
import { rx, type LexerDef } from '../engine.js';
import { C_ID } from './c.js';
import { CPP_WORDS, cppLexer } from './cpp.js';
import { freefemWords } from './freefem-words.js';

export const freefem: LexerDef = cppLexer('freefem', ['ff'], CPP_WORDS, {
  states: {
    expr_bol: [
      { mixin: 'inline_whitespace' },
      [/include/, 'Comment.Preproc', 'macro'],
      [/load/, 'Comment.Preproc', 'macro'],
      [/ENDIFMACRO/, 'Comment.Preproc', 'macro'],
      [/IFMACRO/, 'Comment.Preproc', 'macro'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    statements: [
      { mixin: 'whitespace' },
      [/(u8|u|U|L)?"/, 'Str', 'string'],
      [/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'Str.Char'],
      [/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'Num.Float'],
      [/\d+e[+-]?\d+[lu]*/i, 'Num.Float'],
      [/0x[0-9a-f]+[lu]*/i, 'Num.Hex'],
      [/0[0-7]+[lu]*/i, 'Num.Oct'],
      [/\d+[lu]*/i, 'Num.Integer'],
      [/\*\//, 'Error'],
      [/[~!%^&*+=\|?:<>\/-]/, 'Operator'],
      [/'/, 'Operator'],
      [/[()\[\],.;]/, 'Punctuation'],
      [/\bcase\b/, 'Keyword', 'case'],
      [/(?:true|false|NaN)\b/, 'Name.Builtin'],
      [rx(C_ID), (lx, m) => {
        const w = freefemWords();
        const id = m[0];
        lx.token(w.keywords.has(id) ? 'Keyword' : w.types.has(id) ? 'Keyword.Type' : w.reserved.has(id) ? 'Keyword.Reserved'
          : w.builtins.has(id) ? 'Name.Builtin' : w.attributes.has(id) ? 'Name.Attribute' : 'Name', id);
      }],
    ],
  },
});
