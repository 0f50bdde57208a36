// Follows Rouge 3.30 lib/rouge/lexers/actionscript.rb (its regex literal states are the same
// as javascript.rb's, taken from javascript.ts).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { javascript } from './javascript.js';

const KEYWORDS = wordSet(`for in while do break return continue switch case default if else throw try catch finally new
  delete typeof is this with`);
const DECLARATIONS = wordSet('var with function');
const RESERVED = wordSet(`dynamic final internal native public protected private class const override static package
  interface extends implements namespace set get import include super flash_proxy object_proxy trace`);
const CONSTANTS = wordSet('true false null NaN Infinity undefined');
const BUILTINS = wordSet(`void Function Math Class Object RegExp decodeURI decodeURIComponent encodeURI encodeURIComponent
  eval isFinite isNaN parseFloat parseInt this`);
const ID = '[$a-zA-Z_][a-zA-Z0-9_]*';
const JS = javascript.states;

export const actionscript: LexerDef = {
  name: 'actionscript',
  aliases: ['as', 'as3'],
  states: {
    comments_and_whitespace: [
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
    ],
    expr_start: [
      { mixin: 'comments_and_whitespace' },
      [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex'); }],
      [/[{]/, 'Punctuation', 'object'],
      [/(?:)/, 'Text', '#pop'],
    ],
    regex: JS['regex']!,
    regex_end: [[/[gim]+/, 'Str.Regex', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    regex_group: JS['regex_group']!,
    bad_regex: JS['bad_regex']!,
    root: [
      [/\A\s*#!.*?\n/s, 'Comment.Preproc', 'statement'],
      [/\n/, 'Text', 'statement'],
      [/(?<=\n)(?=\s|\/|<!--)/, 'Text', 'expr_start'],
      { mixin: 'comments_and_whitespace' },
      [/\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'Operator', 'expr_start'],
      [/[:-<>+*%&|\^\/!=]=?/, 'Operator', 'expr_start'],
      [/[(\[,]/, 'Punctuation', 'expr_start'],
      [/;/, 'Punctuation', 'statement'],
      [/[)\].]/, 'Punctuation'],
      [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
      [/[{}]/, 'Punctuation', 'statement'],
      [rx(ID), (lx, m) => {
        const w = m[0];
        if (KEYWORDS.has(w)) { lx.token('Keyword', w); lx.push('expr_start'); }
        else if (DECLARATIONS.has(w)) { lx.token('Keyword.Declaration', w); lx.push('expr_start'); }
        else lx.token(RESERVED.has(w) ? 'Keyword.Reserved' : CONSTANTS.has(w) ? 'Keyword.Constant'
          : BUILTINS.has(w) ? 'Name.Builtin' : 'Name.Other', w);
      }],
      [/\-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'Num.Float'],
      [/0x[0-9a-fA-F]+/, 'Num.Hex'],
      [/\-?[0-9]+/, 'Num.Integer'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Double'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Single'],
    ],
    statement: [
      [rx(`(${ID})(\\s*)(:)`), (lx, m) => lx.groups(m, 'Name.Label', 'Text', 'Punctuation')],
      [/[{}]/, 'Punctuation'],
      { mixin: 'expr_start' },
    ],
    object: [
      { mixin: 'comments_and_whitespace' },
      [/[}]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('statement'); }],
      [rx(`(${ID})(\\s*)(:)`), (lx, m) => { lx.groups(m, 'Name.Attribute', 'Text', 'Punctuation'); lx.push('expr_start'); }],
      [/:/, 'Punctuation'],
      { mixin: 'root' },
    ],
    ternary: [[/:/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }], { mixin: 'root' }],
  },
};
