// Follows Rouge 3.30 lib/rouge/lexers/tex.rb.
import { rx, type LexerDef } from '../engine.js';

const COMMAND = rx(String.raw`\\([a-z]+|\s+|.)`, 'i');

export const tex: LexerDef = {
  name: 'tex',
  aliases: ['TeX', 'LaTeX', 'latex'],
  states: {
    general: [[/%.*$/, 'Comment'], [/[{}&_^]/, 'Punctuation']],
    root: [
      [/\\\[/, 'Punctuation', 'displaymath'],
      [/\\\(/, 'Punctuation', 'inlinemath'],
      [/\$\$/, 'Punctuation', 'displaymath'],
      [/\$/, 'Punctuation', 'inlinemath'],
      [/\\(begin|end)\{.*?\}/, 'Name.Tag'],
      [/(\\verb)\b(\S)(.*?)(\2)/, (lx, m) => lx.groups(m, 'Name.Builtin', 'Keyword.Pseudo', 'Str.Other', 'Keyword.Pseudo')],
      [COMMAND, 'Keyword', 'command'],
      { mixin: 'general' },
      [/[^\\$%&_^{}]+/, 'Text'],
    ],
    math: [
      [COMMAND, 'Name.Variable'],
      { mixin: 'general' },
      [/[0-9]+/, 'Num'],
      [/[-=!+*\/()\[\]]/, 'Operator'],
      [/[^=!+*\/()\[\]\\$%&_^{}0-9-]+/, 'Name.Builtin'],
    ],
    inlinemath: [[/\\\)/, 'Punctuation', '#pop'], [/\$/, 'Punctuation', '#pop'], { mixin: 'math' }],
    displaymath: [[/\\\]/, 'Punctuation', '#pop'], [/\$\$/, 'Punctuation', '#pop'], [/\$/, 'Name.Builtin'], { mixin: 'math' }],
    command: [[/\[.*?\]/, 'Name.Attribute'], [/\*/, 'Keyword'], [/(?:)/, (lx) => lx.pop()]],
  },
};
