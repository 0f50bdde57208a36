// Follows Rouge 3.30 lib/rouge/lexers/smalltalk.rb.
import { rx, type LexerDef } from '../engine.js';

const OPS = String.raw`[-+*\/\\~<>=|&!?,@%]`;
const pop: [RegExp, (lx: { pop(): void }) => void] = [/(?:)/, (lx) => lx.pop()];

export const smalltalk: LexerDef = {
  name: 'smalltalk',
  aliases: ['st', 'squeak'],
  states: {
    root: [
      [/(<)(\w+:)(.*?)(>)/, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword', 'Text', 'Punctuation')],
      { mixin: 'whitespaces' },
      { mixin: 'method_definition' },
      [/([|])([\w\s]*)([|])/, (lx, m) => lx.groups(m, 'Punctuation', 'Name.Variable', 'Punctuation')],
      { mixin: 'objects' },
      [/\^|:=|_/, 'Operator'],
      [/[)}\]]/, 'Punctuation', 'after_object'],
      [/[({\[!]/, 'Punctuation'],
    ],
    method_definition: [
      [/([a-z]\w*:)(\s*)(\w+)/i, (lx, m) => lx.groups(m, 'Name.Function', 'Text', 'Name.Variable')],
      [/^(\s*)(\b[a-z]\w*\b)(\s*)$/i, (lx, m) => lx.groups(m, 'Text', 'Name.Function', 'Text')],
      [rx(String.raw`^(\s*)(${OPS}+)(\s*)(\w+)(\s*)$`), (lx, m) => lx.groups(m, 'Text', 'Name.Function', 'Text', 'Name.Variable', 'Text')],
    ],
    block_variables: [
      { mixin: 'whitespaces' },
      [/(:)(\s*)(\w+)/, (lx, m) => lx.groups(m, 'Operator', 'Text', 'Name.Variable')],
      [/[|]/, 'Punctuation', '#pop'],
      pop,
    ],
    literals: [
      [/'(''|.)*?'/s, 'Str', 'after_object'],
      [/[$]./, 'Str.Char', 'after_object'],
      [/#[(]/, 'Str.Symbol', 'parenth'],
      [/(\d+r)?-?\d+(\.\d+)?(e-?\d+)?/, 'Num', 'after_object'],
      [rx(`#("[^"]*"|${OPS}+|[\\w:]+)`), 'Str.Symbol', 'after_object'],
    ],
    parenth: [
      [/[)]/, (lx, m) => { lx.token('Str.Symbol', m[0]); lx.goto('after_object'); }],
      { mixin: 'inner_parenth' },
    ],
    inner_parenth: [
      [/#[(]/, 'Str.Symbol', 'inner_parenth'],
      [/[)]/, 'Str.Symbol', '#pop'],
      { mixin: 'whitespaces' },
      { mixin: 'literals' },
      [rx(`(${OPS}|[\\w:])+`), 'Str.Symbol'],
    ],
    whitespaces: [
      [/! !$/, 'Keyword'], // Squeak's chunk delimiter
      [/\s+/, 'Text'],
      [/".*?"/s, 'Comment'],
    ],
    objects: [
      [/\[/, 'Punctuation', 'block_variables'],
      [/(self|super|true|false|nil|thisContext)\b/, 'Name.Builtin.Pseudo', 'after_object'],
      [/[A-Z]\w*(?!:)\b/, 'Name.Class', 'after_object'],
      [/[a-z]\w*(?!:)\b/, 'Name.Variable', 'after_object'],
      { mixin: 'literals' },
    ],
    after_object: [
      { mixin: 'whitespaces' },
      [/(ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):/, 'Name.Builtin', '#pop'],
      [/new(?!:)\b/, 'Name.Builtin'],
      [/:=|_/, 'Operator', '#pop'],
      [/[a-z]+\w*:/i, 'Name.Function', '#pop'],
      [/[a-z]+\w*/i, 'Name.Function'],
      [rx(`${OPS}+`), 'Name.Function', '#pop'],
      [/[.]/, 'Punctuation', '#pop'],
      [/;/, 'Punctuation'],
      pop,
    ],
  },
};
