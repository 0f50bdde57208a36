// Follows Rouge 3.30 lib/rouge/lexers/conf.rb.
import type { LexerDef } from '../engine.js';

export const conf: LexerDef = {
  name: 'conf',
  aliases: ['config', 'configuration'],
  states: {
    root: [
      [/#.*?\n/, 'Comment'],
      [/".*?"/, 'Str.Double'],
      [/'.*?'/, 'Str.Single'],
      [/[a-z]\w*/i, 'Name'],
      [/\d+/, 'Num'],
      [/[^\w#"']+/, 'Text'],
    ],
  },
};
