// Follows Rouge 3.30 lib/rouge/lexers/bsl.rb (1C:Enterprise; its keyword and builtin regexes in bsl-words.ts).
import { rx, type LexerDef } from '../engine.js';
import { BSL_BUILTINS, BSL_KEYWORDS } from './bsl-words.js';

export const bsl: LexerDef = {
  name: 'bsl',
  states: {
    root: [
      [/\n/, 'Text'],
      [/[^\S\n]+/, 'Text'],
      [/\/\/.*$/, 'Comment.Single'],
      [/[\[\]:(),;]/, 'Punctuation'],
      [/(?<=[^\wа-яё]|^)\&.*$/, 'Keyword.Declaration'],
      [/[-+\/*%=<>.?&]/, 'Operator'],
      [/(?<=[^\wа-яё]|^)\#.*$/, 'Keyword.Declaration'],
      [rx(BSL_KEYWORDS, 'ix'), 'Keyword'],
      [rx(BSL_BUILTINS, 'ix'), 'Name.Builtin'],
      [/[\wа-яё][\wа-яё]*/i, 'Name.Variable'],
      [/\b((\h{8}-(\h{4}-){3}\h{12})|\d+\.?\d*)\b/, 'Literal.Number'],
      [/\'.*\'/, 'Literal.Date'],
      [/".*?("|$)/, 'Literal.String.Single'],
      [/(?<=[^\wа-яё]|^)\|((?!\"\").)*?(\"|$)/, 'Literal.String'],
    ],
  },
};
