// Follows Rouge 3.30 lib/rouge/lexers/ssh.rb (ssh_config files).
import type { LexerDef } from '../engine.js';

export const ssh: LexerDef = {
  name: 'ssh',
  states: {
    root: [[/[a-z0-9]+/i, 'Keyword', 'statement'], { mixin: 'base' }],
    statement: [
      [/\n/, 'Text', '#pop'],
      [/(?:yes|no|confirm|ask|always|auto|none|force)\b/, 'Name.Constant'],
      [/\d+/, 'Num'],
      [/[^#\s;{}$\\]+/, 'Text'],
      { mixin: 'base' },
    ],
    base: [[/\s+/, 'Text'], [/#.*/, 'Comment.Single']],
  },
};
