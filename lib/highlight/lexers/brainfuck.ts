// Follows Rouge 3.30 lib/rouge/lexers/brainfuck.rb: a leading [...] is a comment; other
// characters than the eight commands are comments.
import type { LexerDef } from '../engine.js';

export const brainfuck: LexerDef = {
  name: 'brainfuck',
  start: (lx) => lx.push('bol'),
  states: {
    bol: [
      [/\s+/s, 'Text'],
      [/\[/, 'Comment.Multiline', 'comment_multi'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    root: [[/\]/, 'Error'], [/\[/, 'Punctuation', 'loop'], { mixin: 'comment_single' }, { mixin: 'commands' }],
    comment_multi: [
      [/\[/, 'Comment.Multiline', 'comment_multi'],
      [/\]/, 'Comment.Multiline', '#pop'],
      [/[^\[\]]+?/s, 'Comment.Multiline'],
    ],
    comment_single: [[/[^><+\-.,\[\]]+/, 'Comment.Single']],
    loop: [[/\[/, 'Punctuation', 'loop'], [/\]/, 'Punctuation', '#pop'], { mixin: 'comment_single' }, { mixin: 'commands' }],
    commands: [[/[><]+/, 'Name.Builtin'], [/[+\-.,]+/, 'Name.Function']],
  },
};
