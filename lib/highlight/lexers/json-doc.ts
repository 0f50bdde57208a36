// Follows Rouge 3.30 lib/rouge/lexers/json_doc.rb: JSON with comments, bare keys and `...`.
import type { LexerDef } from '../engine.js';
import { json } from './json.js';

export const jsonDoc: LexerDef = {
  name: 'json-doc',
  aliases: ['jsonc'],
  states: {
    ...json.states,
    name: [
      [/([$\w]+)(\s*)(:)/, (lx, m) => lx.groups(m, 'Name.Attribute', 'Text', 'Punctuation')],
      ...json.states['name']!,
    ],
    value: [
      [/\/[*].*?[*]\//, 'Comment'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/(\.\.\.)/, 'Comment.Single'],
      ...json.states['value']!,
    ],
  },
};
