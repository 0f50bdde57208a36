// Follows Rouge 3.30 lib/rouge/lexers/matlab.rb (builtins: matlab-words.ts).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { BUILTINS } from './matlab-words.js';
import { shell } from './shell.js';

const KEYWORDS = wordSet(`arguments break case catch classdef continue else elseif end for function global if import
  methods otherwise parfor persistent properties return spmd switch try while`);

export const matlab: LexerDef = {
  name: 'matlab',
  aliases: ['m'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/[{]%.*?%[}]/s, 'Comment.Multiline'],
      [/%.*$/, 'Comment.Single'],
      [/([.][.][.])(.*?)$/, (lx, m) => lx.groups(m, 'Keyword', 'Comment')],
      [/^(!)(.*?)(?=%|$)/, (lx, m) => { lx.token('Keyword', m[1]); lx.delegate(shell, m[2]!, true); }],
      [/[a-zA-Z][_a-zA-Z0-9]*/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
      [/[(){};:,\/\\\]\[]/, 'Punctuation'],
      [/~=|==|<<|>>|[-~+\/*%=<>&^|.@]/, 'Operator'],
      [/(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?/i, 'Num.Float'],
      [/\d+e[+-]?[0-9]+/i, 'Num.Float'],
      [/\d+L/, 'Num.Integer.Long'],
      [/\d+/, 'Num.Integer'],
      [/'(?=(.*'))/, 'Str.Single', 'chararray'],
      [/"(?=(.*"))/, 'Str.Double', 'string'],
      [/'/, 'Operator'],
    ],
    chararray: [[/[^']+/, 'Str.Single'], [/''/, 'Str.Escape'], [/'/, 'Str.Single', '#pop']],
    string: [[/[^"]+/, 'Str.Double'], [/""/, 'Str.Escape'], [/"/, 'Str.Double', '#pop']],
  },
};
