// Follows Rouge 3.30 lib/rouge/lexers/cmhg.rb (RISC OS C module header generator files).
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const PREPROC = wordAlt('define elif else endif error if ifdef ifndef include line pragma undef warning');

export const cmhg: LexerDef = {
  name: 'cmhg',
  states: {
    root: [
      [/;[^\n]*/, 'Comment'],
      [rx(`^([ \\t]*)(#[ \\t]*(?:(?:${PREPROC})(?:[ \\t].*)?)?)(?=\\n)`), (lx, m) => lx.groups(m, 'Text', 'Comment.Preproc')],
      [/[-a-z]+:/, 'Keyword.Declaration'],
      [/[a-z_]\w+/i, 'Name.Entity'],
      [/"[^"]*"/, 'Literal.String'],
      [/(?:&|0x)\h+/, 'Literal.Number.Hex'],
      [/\d+/, 'Literal.Number'],
      [/[,\/()]/, 'Punctuation'],
      [/[ \t]+/, 'Text'],
      [/\n+/, 'Text'],
    ],
  },
};
