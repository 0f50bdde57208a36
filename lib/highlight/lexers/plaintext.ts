// Follows Rouge 3.30 lib/rouge/lexers/plain_text.rb: the whole input as one Text token.
import type { LexerDef } from '../engine.js';

export const plaintext: LexerDef = {
  name: 'plaintext',
  aliases: ['text'],
  states: { root: [[/[\s\S]+/, 'Text']] },
};
