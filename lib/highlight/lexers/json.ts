// Follows Rouge 3.30 lib/rouge/lexers/json.rb.
import type { LexerDef } from '../engine.js';

export const json: LexerDef = {
  name: 'json',
  states: {
    whitespace: [[/\s+/, 'Text.Whitespace']],
    root: [
      { mixin: 'whitespace' },
      [/{/, 'Punctuation', 'object'],
      [/\[/, 'Punctuation', 'array'],
      { mixin: 'name' },
      { mixin: 'value' },
      [/[\]}]/, 'Punctuation'],
    ],
    object: [
      { mixin: 'whitespace' },
      { mixin: 'name' },
      { mixin: 'value' },
      [/}/, 'Punctuation', '#pop'],
      [/,/, 'Punctuation'],
    ],
    name: [[/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, (lx, m) => lx.groups(m, 'Name.Label', 'Text.Whitespace', 'Punctuation')]],
    value: [
      { mixin: 'whitespace' },
      { mixin: 'constants' },
      [/"/, 'Literal.String.Double', 'string'],
      [/\[/, 'Punctuation', 'array'],
      [/{/, 'Punctuation', 'object'],
    ],
    string: [
      [/[^\\"]+/, 'Literal.String.Double'],
      [/\\./, 'Literal.String.Escape'],
      [/"/, 'Literal.String.Double', '#pop'],
    ],
    array: [
      { mixin: 'value' },
      [/\]/, 'Punctuation', '#pop'],
      [/,/, 'Punctuation'],
    ],
    constants: [
      [/(?:true|false|null)/, 'Keyword.Constant'],
      [/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, 'Literal.Number.Float'],
      [/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, 'Literal.Number.Integer'],
    ],
  },
};
