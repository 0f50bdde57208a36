// Follows Rouge 3.30 lib/rouge/lexers/properties.rb.
import type { LexerDef } from '../engine.js';

export const properties: LexerDef = {
  name: 'properties',
  states: {
    basic: [
      [/[!#].*?\n/, 'Comment'],
      [/\s+/, 'Text'],
      [/\\\n/, 'Str.Escape'],
    ],
    root: [
      { mixin: 'basic' },
      [/([\w.-]+)(\s*)([=:])/, (lx, m) => { lx.groups(m, 'Name.Property', 'Text', 'Punctuation'); lx.push('value'); }],
    ],
    value: [
      [/\n/, 'Text', '#pop'],
      { mixin: 'basic' },
      [/"/, 'Str', 'dq'],
      [/'.*?'/, 'Str'],
      { mixin: 'esc_str' },
      [/[^\\\n]+/, 'Str'],
    ],
    dq: [[/"/, 'Str', '#pop'], { mixin: 'esc_str' }, [/[^\\"]+/s, 'Str']],
    esc_str: [[/\\u[0-9]{4}/, 'Str.Escape'], [/\\./s, 'Str.Escape']],
  },
};
