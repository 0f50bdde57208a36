// Follows Rouge 3.30 lib/rouge/lexers/openedge.rb (OpenEdge ABL; keywords in openedge-words.ts, built on first use).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { openedgeKeywords } from './openedge-words.js';

const TYPES = wordSet(`BLOB CHARACTER CHAR CLOB COM-HANDLE DATE DATETIME DATETIME-TZ DECIMAL DEC HANDLE INT64 INTEGER INT
  LOGICAL LONGCHAR MEMPTR RAW RECID ROWID WIDGET-HANDLE`);

export const openedge: LexerDef = {
  name: 'openedge',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/(\.)(\s+)/, (lx, m) => lx.groups(m, 'Operator', 'Text')],
      [/\/\/[^\n]*/, 'Comment.Single'],
      [/\/[*].*?[*]\//s, 'Comment.Multiline'],
      [/(\{?&)(\S+)/, (lx, m) => { lx.groups(m, 'Comment.Preproc', 'Name.Other'); lx.push('preproc'); }],
      [/"/, 'Str', 'string'],
      [/'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'Str.Char'],
      { mixin: 'numbers' },
      [/\*\//, 'Error'],
      [/[~!%^*+=\|?:<>\/-]/, 'Operator'],
      [/[()\[\],]/, 'Punctuation'],
      [/(?:TRUE|FALSE|NULL)\b/i, 'Keyword.Constant'],
      [/[a-zA-Z_&{}][a-zA-Z0-9_\-&}]*/, (lx, m) => {
        const name = m[0].toUpperCase();
        lx.token(openedgeKeywords().has(name) ? 'Name.Builtin' : TYPES.has(name) ? 'Keyword.Type' : 'Name.Variable', m[0]);
      }],
    ],
    numbers: [
      [/(?:\d+[.]\d*|[.]\d+)(?:e[+-]?\d+[lu]*)?/i, 'Num.Float'],
      [/\d+e[+-]?\d+[lu]*/i, 'Num.Float'],
      [/0x[0-9a-f]+[lu]*/i, 'Num.Hex'],
      [/0[0-7]+[lu]*/i, 'Num.Oct'],
      [/\d+[lu]*/i, 'Num.Integer'],
    ],
    string: [
      [/"/, 'Str', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
      [/[^\\"]+/, 'Str'],
      [/\\/, 'Str'], // stray backslash
    ],
    preproc: [
      [/\n/, 'Text', '#pop'],
      [/\s+/, 'Text'],
      [/({?&)(\S+)/, (lx, m) => lx.groups(m, 'Comment.Preproc', 'Name.Other')],
      [/"/, 'Str', 'string'],
      { mixin: 'numbers' },
      [/\S+/, 'Name'],
    ],
  },
};
