// Follows Rouge 3.30 lib/rouge/lexers/plsql.rb (Oracle PL/SQL; word lists in plsql-words.ts).
import { rx, type LexerDef } from '../engine.js';
import { rubyEscape } from '../regex.js';
import { FUNCTIONS, KEYWORDS, RESERVED, TYPES } from './plsql-words.js';

const DELIMS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };
const NAME = String.raw`\w[\w\d\$]*`;

export const plsql: LexerDef = {
  name: 'plsql',
  states: {
    root: [
      [/\s+/s, 'Text'],
      [/--.*/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'multiline_comments'],
      [/q'(.)/i, (lx, m) => {
        const close = rubyEscape(DELIMS[m[1]!] ?? m[1]!);
        lx.token('Operator', m[0]);
        lx.pushDynamic(`q' ${close}`, () => [
          [rx(`(?:${close}[^']|[^${close}]'|[^${close}'])+`, 'm'), 'Str.Other'],
          [rx(`${close}'`), 'Operator', '#pop'],
        ]);
      }],
      [/'/, 'Operator', 'single_string'],
      [/"/, 'Operator', 'double_string'],
      [/(\$(?:IF|THEN|ELSE|ELSIF|ERROR|END|(?:\$\$?\w[\w\d]*)))(\s+)/is, (lx, m) => lx.groups(m, 'Comment.Preproc', 'Text')],
      [/[+-]?(?:(?:\.\d+(?:[eE][+-]?\d+)?)|\d+\.(?:\d+(?:[eE][+-]?\d+)?)?)[fFdD]?/, 'Num.Float'],
      [/[+-]?\d+/, 'Num.Integer'],
      [/%(?:TYPE|ROWTYPE|FOUND|ISOPEN|NOTFOUND|ROWCOUNT)\b/i, 'Name.Attribute'],
      [/=>|\|\||\*\*|<<|>>|\.\.|<>|[:!~^<>]=|[-+%\/*=<>@&!^\[\]]/, 'Operator'],
      [/(NOT|AND|OR|LIKE|BETWEEN|IN)(\s)/is, (lx, m) => lx.groups(m, 'Operator.Word', 'Text')],
      [/(IS)(\s+)(?:(NOT)(\s+))?(NULL\b)/is, (lx, m) => lx.groups(m, 'Operator.Word', 'Text', 'Operator.Word', 'Text', 'Operator.Word')],
      [/\.(?=\w)/, 'Punctuation', 'dotnames'],
      [/[;:()\[\],.]/, 'Punctuation'],
      [rx(String.raw`(create)(\s+)(?:(or)(\s+)(replace)(\s+))?(package|function|procedure|type)(?:(\s+)(body))?(\s+)(${NAME})`, 'im'),
        (lx, m) => lx.groups(m, 'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text',
          'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text', 'Name')],
      [/(when)(\s+)(?:(not)(\s+))?(matched)(\s+)(then)(\s+)(update|insert)\b(?:(\s+)(set)(\s+))?/is,
        (lx, m) => lx.groups(m, 'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text',
          'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text', 'Keyword.Reserved', 'Text')],
      [rx(`(${NAME})(\\.(?=\\w))?`), (lx, m) => {
        const up = m[1]!.toUpperCase();
        const tok = TYPES.has(up) ? 'Keyword.Type' : FUNCTIONS.has(up) ? 'Name.Function' : RESERVED.has(up) ? 'Keyword.Reserved'
          : KEYWORDS.has(up) ? 'Keyword' : 'Name';
        lx.groups(m, tok, 'Punctuation');
        if (m[2] === '.') lx.push('dotnames');
      }],
    ],
    multiline_comments: [[/([*][^\/]|[^*])+/s, 'Comment.Multiline'], [/[*]\//, 'Comment.Multiline', '#pop']],
    single_string: [[/\\./, 'Str.Escape'], [/''/, 'Str.Escape'], [/'/, 'Operator', '#pop'], [/[^\\']+/s, 'Str.Single']],
    double_string: [[/\\./, 'Str.Escape'], [/""/, 'Str.Escape'], [/"/, 'Operator', '#pop'], [/[^\\"]+/s, 'Name.Variable']],
    dotnames: [
      [rx(`(${NAME})(\\.(?=\\w))`), (lx, m) => lx.groups(m, 'Name', 'Punctuation')],
      [rx(NAME), (lx, m) => { lx.token(FUNCTIONS.has(m[0].toUpperCase()) ? 'Name.Function' : 'Name', m[0]); lx.pop(); }],
    ],
  },
};
