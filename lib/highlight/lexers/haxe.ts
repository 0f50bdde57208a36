// Follows Rouge 3.30 lib/rouge/lexers/haxe.rb (its regex literal states are javascript.rb's,
// taken from javascript.ts). `using` pushes a state haxe.rb never defines: Rouge raises
// "unknown state: :namespace" and Jekyll stops with a conversion error; so does this lexer.
import { rx, type LexerDef } from '../engine.js';
import { RougeCrash } from '../rouge-crash.js';
import { wordSet } from '../regex.js';
import { javascript } from './javascript.js';

const KEYWORDS = wordSet(`break case cast catch class continue default do else enum false for function if import interface
  macro new null override package private public return switch this throw true try untyped while`);
const DECLARATIONS = wordSet('abstract dynamic extern extends from implements inline static to typedef var');
const RESERVED = wordSet('super trace inline build autoBuild enum');
const CONSTANTS = wordSet('true false null');
const BUILTINS = wordSet(`Void Dynamic Math Class Any Float Int UInt String StringTools Sys EReg isNaN parseFloat parseInt this
  Array Map Date DateTools Bool Lambda Reflect Std File FileSystem`);
const ID = '(?:[$a-zA-Z_][a-zA-Z0-9_]*)';
const JS = javascript.states;

export const haxe: LexerDef = {
  name: 'haxe',
  aliases: ['hx', 'haxe'],
  states: {
    comments_and_whitespace: [[/\s+/, 'Text'], [/\/\/.*?$/, 'Comment.Single'], [/\/\*.*?\*\//s, 'Comment.Multiline']],
    expr_start: [
      { mixin: 'comments_and_whitespace' },
      [/#(?:if|elseif|else|end).*/, 'Comment.Preproc'],
      [/~/, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex'); }],
      [/[{]/, 'Punctuation', 'object'],
      [/(?:)/, 'Text', '#pop'],
    ],
    regex: JS['regex']!,
    regex_end: [[/[gim]+/, 'Str.Regex', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    regex_group: JS['regex_group']!,
    bad_regex: JS['bad_regex']!,
    root: [
      [/\n/, 'Text', 'statement'],
      [/\{/, 'Punctuation', 'expr_start'],
      { mixin: 'comments_and_whitespace' },
      [/@/, 'Name.Decorator', 'metadata'],
      [/\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>|==|!=/, 'Operator', 'expr_start'],
      [/[-:<>+*%&|\^\/!=]=?/, 'Operator', 'expr_start'],
      [/[(\[,]/, 'Punctuation', 'expr_start'],
      [/;/, 'Punctuation', 'statement'],
      [/[)\]}.]/, 'Punctuation'],
      [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
      [rx(ID), (lx, m) => {
        const w = m[0];
        if (KEYWORDS.has(w)) { lx.token('Keyword', w); lx.push('expr_start'); }
        else if (w === 'using') throw new RougeCrash('unknown state: :namespace');
        else if (DECLARATIONS.has(w)) { lx.token('Keyword.Declaration', w); lx.push('expr_start'); }
        else lx.token(RESERVED.has(w) ? 'Keyword.Reserved' : CONSTANTS.has(w) ? 'Keyword.Constant'
          : BUILTINS.has(w) ? 'Name.Builtin' : 'Name.Other', w);
      }],
      [/\-?\d+\.\d+(?:[eE]\d+)?[fd]?/, 'Num.Float'],
      [rx(String.raw`0x\h+`), 'Num.Hex'],
      [/\-?[0-9]+/, 'Num.Integer'],
      [/"/, 'Str.Double', 'str_double'],
      [/'/, 'Str.Single', 'str_single'],
    ],
    statement: [[rx(`(${ID})(\\s*)(:)`), (lx, m) => lx.groups(m, 'Name.Label', 'Text', 'Punctuation')], { mixin: 'expr_start' }],
    object: [
      { mixin: 'comments_and_whitespace' },
      [/[}]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('statement'); }],
      [rx(`(${ID})(\\s*)(:)`), (lx, m) => { lx.groups(m, 'Name.Attribute', 'Text', 'Punctuation'); lx.push('expr_start'); }],
      [/:/, 'Punctuation'],
      { mixin: 'root' },
    ],
    metadata: [
      [rx(`(${ID})(\\()?`), (lx, m) => { lx.groups(m, 'Name.Decorator', 'Punctuation'); if (!m[2]) lx.pop(); }],
      [rx(`:${ID}(?:\\.${ID})*`), 'Name.Decorator', '#pop'],
      [/\)/, 'Name.Decorator', '#pop'],
      { mixin: 'root' },
    ],
    ternary: [[/:/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }], { mixin: 'root' }],
    str_double: [{ mixin: 'str_escape' }, [/"/, 'Str.Double', '#pop'], [/[^\\"]+/, 'Str.Double']],
    str_single: [
      { mixin: 'str_escape' },
      [/'/, 'Str.Single', '#pop'],
      [/\$\$/, 'Str.Single'],
      [rx(`\\$${ID}`), 'Str.Interpol'],
      [/\$\{/, 'Str.Interpol', 'str_interpol'],
      [/[^\\$']+/, 'Str.Single'],
    ],
    str_escape: [
      [/\\[\\tnr'"]/, 'Str.Escape'],
      [/\\[0-7]{3}/, 'Str.Escape'],
      [rx(String.raw`\\x\h{2}`), 'Str.Escape'],
      [rx(String.raw`\\u\h{4}`), 'Str.Escape'],
      [rx(String.raw`\\u\{\h{1,6}\}`), 'Str.Escape'],
    ],
    str_interpol: [[/\}/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
  },
};
