// Follows Rouge 3.30 lib/rouge/lexers/supercollider.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('var arg classvar const super this');
const RESERVED = wordSet('case do for forBy loop if while new newCopyArgs'); // not keywords, but treated as such
const CONSTANTS = wordSet(`true false nil inf thisThread thisMethod thisFunction thisProcess thisFunctionDef
  currentEnvironment topEnvironment`);

export const supercollider: LexerDef = {
  name: 'supercollider',
  states: {
    whitespace: [[/\s+/, 'Text']],
    comments: [[/\/\/.*?$/, 'Comment.Single'], [/\/[*]/, 'Comment.Multiline', 'nested_comment']],
    nested_comment: [
      [/\/[*]/, 'Comment.Multiline', 'nested_comment'],
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^*\/]+/, 'Comment.Multiline'],
      [/./, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'whitespace' },
      { mixin: 'comments' },
      [/[\-+]?0[xX]\h+/, 'Num.Hex'],
      [/[\-+]?\d+r[0-9a-zA-Z]*(\.[0-9A-Z]*)?/, 'Num.Float'], // radix float
      [/[\-+]?((\d+(\.\d+)?([eE][\-+]?\d+)?(pi)?)|pi)/, 'Num.Float'],
      [/[\-+]?\d+/, 'Num.Integer'],
      [/\$(\\.|.)/, 'Str.Char'],
      [/"([^\\"]|\\.)*"/, 'Str'],
      [/'([^\\']|\\.)*'/, 'Str.Other'], // symbols (single-quote notation)
      [/\\\w+/, 'Str.Other'], // symbols (backslash notation)
      [/[A-Za-z_]\w*:/, 'Name.Label'], // symbol arg
      [/[A-Z]\w*/, 'Name.Class'],
      [/_\w+/, 'Name.Function'], // primitive
      [/[a-z]\w*/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : CONSTANTS.has(m[0]) ? 'Keyword.Constant'
        : RESERVED.has(m[0]) ? 'Keyword.Reserved' : 'Name', m[0])],
      [/~\w+/, 'Name.Variable.Global'], // environment variables
      [/[\{\}()\[\];,\.]/, 'Punctuation'],
      [/[\+\-\*\/&\|%<>=]+/, 'Operator'],
      [/[\^:#]/, 'Operator'],
      [/\b_\b/, 'Name.Builtin'], // curry argument
    ],
  },
};
