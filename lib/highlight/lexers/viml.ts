// Follows Rouge 3.30 lib/rouge/lexers/viml.rb (words: viml-words.ts).
import type { LexerDef } from '../engine.js';
import { AUTO, COMMANDS, FUNCTIONS, OPTIONS } from './viml-words.js';

export const viml: LexerDef = {
  name: 'viml',
  aliases: ['vim', 'vimscript', 'ex'],
  states: {
    root: [
      [/^(\s*)(".*?)$/, (lx, m) => lx.groups(m, 'Text', 'Comment')],
      [/^\s*\\/, 'Str.Escape'],
      [/[ \t]+/, 'Text'],
      [/\/(\\\\|\\\/|[^\n\/])*\//, 'Str.Regex'],
      [/"(\\\\|\\"|[^\n"])*"/, 'Str.Double'],
      [/'(\\\\|\\'|[^\n'])*'/, 'Str.Single'],
      [/(?<=\s)"[^-:.%#=*].*?$/, 'Comment'],
      [/-?\d+/, 'Num'],
      [/#[0-9a-f]{6}/i, 'Num.Hex'],
      [/^:/, 'Punctuation'],
      [/[():<>+=!\[\]{}|,~.-]/, 'Punctuation'],
      [/\b(let|if|else|endif|elseif|fun|function|endfunction)\b/, 'Keyword'],
      [/\b(NONE|bold|italic|underline|dark|light)\b/, 'Name.Builtin'],
      [/[absg]:\w+\b/, 'Name.Variable'],
      [/\b\w+\b/, (lx, m) => {
        const w = m[0];
        lx.token(COMMANDS.has(w) ? 'Keyword' : FUNCTIONS.has(w) || OPTIONS.has(w) || AUTO.has(w) ? 'Name.Builtin' : 'Text', w);
      }],
      [/./s, 'Text'],
    ],
  },
};
