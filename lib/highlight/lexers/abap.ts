// Follows Rouge 3.30 lib/rouge/lexers/abap.rb (word lists in abap-words.ts, built on first use).
import type { LexerDef } from '../engine.js';
import { abapWords } from './abap-words.js';

export const abap: LexerDef = {
  name: 'abap',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/".*/, 'Comment.Single'],
      [/^\*.*/, 'Comment.Multiline'],
      [/\d+/, 'Num.Integer'],
      [/('|`)/, 'Str.Single', 'single_string'],
      [/[\[\]\(\)\{\}\.,:\|]/, 'Punctuation'],
      // builtins / new ABAP 7.40 keywords (@DATA(), ...)
      [/(->|=>)?([A-Za-z][A-Za-z0-9_\-]*)(\()/, (lx, m) => {
        const w = abapWords();
        lx.token('Operator', m[1]);
        const name = m[2]!;
        lx.token(w.newKeywords.has(name.toUpperCase()) && m[1] === undefined ? 'Keyword'
          : w.builtins.has(name.toLowerCase()) && m[1] === undefined ? 'Name.Builtin' : 'Name', name);
        lx.token('Punctuation', m[3]);
      }],
      [/\w\w*/, (lx, m) => {
        const w = abapWords();
        lx.token(w.keywords.has(m[0].toUpperCase()) ? 'Keyword' : w.types.has(m[0].toLowerCase()) ? 'Keyword.Type' : 'Name', m[0]);
      }],
      [/(->|->>|=>)/, 'Operator'],
      [/[-\*\+%\/~=&\?<>!#\@\^]+/, 'Operator'],
    ],
    operators: [[/(->|->>|=>)/, 'Operator'], [/[-\*\+%\/~=&\?<>!#\@\^]+/, 'Operator']],
    single_string: [
      [/\\./, 'Str.Escape'],
      [/(''|``)/, 'Str.Escape'],
      [/['`]/, 'Str.Single', '#pop'],
      [/[^\\'`]+/, 'Str.Single'],
    ],
  },
};
