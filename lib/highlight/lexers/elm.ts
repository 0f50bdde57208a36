// Follows Rouge 3.30 lib/rouge/lexers/elm.rb.
import type { LexerDef } from '../engine.js';

export const elm: LexerDef = {
  name: 'elm',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/--.*/, 'Comment.Single'],
      [/{-/, 'Comment.Multiline', 'multiline_comment'],
      [/\b(module|exposing|port|import|as|type|alias|if|then|else|case|of|let|in)\b/, 'Keyword'],
      [/[a-z]\w*/, 'Name'],
      [/_/, 'Name'],
      [/[A-Z]\w*/, 'Keyword.Type'],
      [/(->|::|\/\/|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|\/=|<=|>=)/, 'Operator'],
      [/[+-\/*%=<>^|!]/, 'Operator'],
      [/\\/, 'Operator'],
      [/[@#$&~?]/, 'Operator'],
      [/"""/, 'Str', 'multiline_string'],
      [/'(\\.|.)'/, 'Str.Char'],
      [/"/, 'Str', 'double_quote'],
      [/0x[\da-f]+/i, 'Num.Hex'],
      [/\d+e[+-]?\d+/i, 'Num.Float'],
      [/\d+\.\d+(e[+-]?\d+)?/i, 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      [/[\[\](),;`{}:]/, 'Punctuation'],
    ],
    multiline_comment: [
      [/-}/, 'Comment.Multiline', '#pop'],
      [/{-/, 'Comment.Multiline', 'multiline_comment'],
      [/[^-{}]+/, 'Comment.Multiline'],
      [/[-{}]/, 'Comment.Multiline'],
    ],
    double_quote: [[/[^\\"]+/, 'Str.Double'], [/\\"/, 'Str.Escape'], [/"/, 'Str.Double', '#pop']],
    multiline_string: [[/\\"/, 'Str.Escape'], [/"""/, 'Str', '#pop'], [/[^"]+/, 'Str'], [/"/, 'Str']],
  },
};
