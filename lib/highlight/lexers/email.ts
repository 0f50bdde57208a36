// Follows Rouge 3.30 lib/rouge/lexers/email.rb: header fields, then the body (quoted lines).
import type { LexerDef } from '../engine.js';

export const email: LexerDef = {
  name: 'email',
  aliases: ['eml', 'e-mail'],
  start: (lx) => lx.push('fields'),
  states: {
    fields: [
      [/[:]/, 'Operator', 'field_body'],
      [/[^\n\r:]+/, 'Name.Tag'],
      [/[\n\r]/, 'Name.Tag'],
    ],
    field_body: [
      [/(\r?\n){2}/, (lx, m) => { lx.token('Text', m[0]); lx.pop(2); }],
      [/\r?\n(?![ \v\t\f])/, 'Text', '#pop'],
      [/[^\n\r]+/, 'Name.Attribute'],
      [/[\n\r]/, 'Name.Attribute'],
    ],
    root: [[/\n/, 'Text'], [/^>.*/, 'Comment'], [/.+/, 'Text']],
  },
};
