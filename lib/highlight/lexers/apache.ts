// Follows Rouge 3.30 lib/rouge/lexers/apache.rb.
import type { LexerDef } from '../engine.js';
import { DIRECTIVES, SECTIONS, VALUES } from './apache-words.js';

/** Apache#name_for_token: known words get the token, others are Text. */
const nameFor = (word: string, tok: string): string =>
  SECTIONS.has(word) || DIRECTIVES.has(word) || VALUES.has(word) ? tok : 'Text';

export const apache: LexerDef = {
  name: 'apache',
  states: {
    whitespace: [[/#.*/, 'Comment'], [/\s+/, 'Text']],
    root: [
      { mixin: 'whitespace' },
      [/(<\/?)(\w+)/, (lx, m) => {
        lx.token('Punctuation', m[1]);
        lx.token(nameFor(m[2]!.toLowerCase(), 'Name.Label'), m[2]);
        lx.push('section');
      }],
      [/\w+/, (lx, m) => { lx.token(nameFor(m[0].toLowerCase(), 'Name.Class'), m[0]); lx.push('directive'); }],
    ],
    section: [
      [/([^>]+)?(>(?:\r\n?|\n)?)/, (lx, m) => { lx.groups(m, 'Str.Regex', 'Punctuation'); lx.pop(); }],
      { mixin: 'whitespace' },
    ],
    directive: [
      [/\r\n?|\n/, 'Text', '#pop'],
      { mixin: 'whitespace' },
      [/\S+/, (lx, m) => lx.token(nameFor(m[0].toLowerCase(), 'Str.Symbol'), m[0])],
    ],
  },
};
