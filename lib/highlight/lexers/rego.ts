// Follows Rouge 3.30 lib/rouge/lexers/rego.rb (Open Policy Agent's policy language).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const CONSTANTS = wordSet('true false null');
const OPERATORS = wordSet('as default else import not package some with');

export const rego: LexerDef = {
  name: 'rego',
  states: {
    basic: [
      [/\s+/, 'Text'],
      [/#.*/, 'Comment.Single'],
      [/[\[\](){}|.,;!]/, 'Punctuation'],
      [/"[^"]*"/, 'Str.Double'],
      [/-?\d+\.\d+([eE][+-]?\d+)?/, 'Num.Float'],
      [/-?\d+([eE][+-]?\d+)?/, 'Num'],
      [/\\u[0-9a-fA-F]{4}/, 'Num.Hex'],
      [/\\["\/bfnrt]/, 'Str.Escape'],
    ],
    operators: [
      [/(=|!=|>=|<=|>|<|\+|-|\*|%|\/|\||&|:=)/, 'Operator'],
      [/[\/:?@^~]+/, 'Operator'],
    ],
    root: [
      { mixin: 'basic' },
      { mixin: 'operators' },
      [rx('[[:word:]]+'), (lx, m) => lx.token(CONSTANTS.has(m[0]) ? 'Keyword.Constant' : OPERATORS.has(m[0]) ? 'Operator.Word' : 'Name', m[0])],
    ],
  },
};
