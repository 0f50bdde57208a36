// Follows Rouge 3.30 lib/rouge/lexers/isabelle.rb (word lists in isabelle-words.ts, built on first use).
import type { LexerDef } from '../engine.js';
import { isabelleWords } from './isabelle-words.js';

export const isabelle: LexerDef = {
  name: 'isabelle',
  aliases: ['isa', 'Isabelle'],
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/\(\*/, 'Comment', 'comment'],
      [/\{\*|‹/, 'Text', 'text'],
      [/::|\[|\]|-|[:()_=,|+!?]/, 'Operator'],
      [/[{}.]|\.\./, 'Operator.Word'],
      [/[a-zA-Z]\w*/, (lx, m) => lx.token(isabelleWords().find(([, words]) => words.has(m[0]))?.[0] ?? 'Name', m[0])],
      [/\\<\w*>/, 'Str.Symbol'],
      [/'[^\W\d][.\w']*/, 'Name.Variable'],
      [/0[xX][\da-fA-F][\da-fA-F_]*/, 'Num.Hex'],
      [/0[oO][0-7][0-7_]*/, 'Num.Oct'],
      [/0[bB][01][01_]*/, 'Num.Bin'],
      [/"/, 'Str', 'string'],
      [/`/, 'Str.Other', 'fact'],
      [/[^\s:|\[\]\-()=,+!?{}._][^\s:|\[\]\-()=,+!?{}]*/, 'Name'],
    ],
    comment: [[/[^(*)]+/, 'Comment'], [/\(\*/, 'Comment', 'comment'], [/\*\)/, 'Comment', '#pop'], [/[(*)]/, 'Comment']],
    text: [[/[^{*}‹›]+/, 'Text'], [/\{\*|‹/, 'Text', 'text'], [/\*\}|›/, 'Text', '#pop'], [/[{*}]/, 'Text']],
    string: [[/[^"\\]+/, 'Str'], [/\\<\w*>/, 'Str.Symbol'], [/\\"/, 'Str'], [/\\/, 'Str'], [/"/, 'Str', '#pop']],
    fact: [[/[^`\\]+/, 'Str.Other'], [/\\<\w*>/, 'Str.Symbol'], [/\\`/, 'Str.Other'], [/\\/, 'Str.Other'], [/`/, 'Str.Other', '#pop']],
  },
};
