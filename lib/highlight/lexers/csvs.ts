// Follows Rouge 3.30 lib/rouge/lexers/csvs.rb (CSV Schema).
import type { LexerDef } from '../engine.js';

export const csvs: LexerDef = {
  name: 'csvs',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/\/\/[\S\t ]*/, 'Comment.Single'],
      [/\/\*[^*]*\*\//, 'Comment.Multiline'],
      [/(version)( )(\d+\.\d+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text.Whitespace', 'Num.Float')],
      [/T?\d{2}:\d{2}:\d{2}(\.\d{5})?(Z|(?:[-+]\d{2}:\d{2}))?/, 'Literal.Date'],
      [/\d{4}-\d{2}-\d{2}/, 'Literal.Date'],
      [/\d{2}\/\d{2}\/\d{4}/, 'Literal.Date'],
      [/(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?/i, 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      [/@\w+/, 'Keyword.Pseudo'],
      [/[-.\w]+:/, 'Name.Variable'],
      [/^"[^"]+"/, 'Name.Variable'],
      [/\$([-.\w]+|("[^"]+"))\/?/, 'Name.Variable'],
      [/[A-Z]+/i, 'Keyword'],
      [/"[^"]*"/, 'Str.Double'],
      [/'[^\r\n\f']'/, 'Str.Char'],
      [/[,()*]/, 'Punctuation'],
    ],
  },
};
