// Follows Rouge 3.30 lib/rouge/lexers/systemd.rb (unit files; a value ending in a backslash
// continues on the next line).
import type { LexerDef } from '../engine.js';

export const systemd: LexerDef = {
  name: 'systemd',
  aliases: ['unit-file'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/[;#].*/, 'Comment'],
      [/\[.*?\]$/, 'Keyword'],
      [/(.*?)(=)(.*)(\\\n)/, (lx, m) => { lx.groups(m, 'Name.Tag', 'Punctuation', 'Text', 'Str.Escape'); lx.push('continuation'); }],
      [/(.*?)(=)(.*)/, (lx, m) => lx.groups(m, 'Name.Tag', 'Punctuation', 'Text')],
    ],
    continuation: [
      [/(.*?)(\\\n)/, (lx, m) => lx.groups(m, 'Text', 'Str.Escape')],
      [/(.*)'/, 'Text', '#pop'],
    ],
  },
};
