// Follows Rouge 3.30 lib/rouge/lexers/msgtrans.rb (RISC OS MessageTrans files).
import type { LexerDef } from '../engine.js';

export const msgtrans: LexerDef = {
  name: 'msgtrans',
  states: {
    root: [
      [/^#[^\n]*/, 'Comment'],
      [/[^\t\n\r ,):?\/]+/, 'Name.Variable'],
      [/[\n\/?]/, 'Operator'],
      [/:/, 'Operator', 'value'],
    ],
    value: [[/\n/, 'Text', '#pop'], [/%[0-3%]/, 'Operator'], [/[^\n%]/, 'Literal.String']],
  },
};
