// Follows Rouge 3.30 lib/rouge/lexers/nim.rb.
import { rx, type LexerDef } from '../engine.js';
import { rubyEscape } from '../regex.js';

/** Nim.underscorize: each letter may be followed by an underscore (Nim ignores them in names). */
const underscorize = (words: string): string =>
  words.trim().split(/\s+/).map((w) => [...w].map((c) => `${rubyEscape(c)}_?`).join('')).join('|');

const KEYWORDS = underscorize(`addr as asm atomic bind block break case cast const continue
  converter defer discard distinct do elif else end enum except export
  func finally for from generic if import include interface iterator let
  macro method mixin nil object of out proc ptr raise ref return static
  template try tuple type using var when while with without yield`);
const OPWORDS = underscorize('and or not xor shl shr div mod in notin is isnot');
const PSEUDOKEYWORDS = underscorize('nil true false');
const TYPES = underscorize('int int8 int16 int32 int64 float float32 float64 bool char range array seq set string');
const NAMESPACE = underscorize('from import include');

export const nim: LexerDef = {
  name: 'nim',
  aliases: ['nimrod'],
  states: {
    chars: [
      [/\\([\\abcefnrtvl"']|x[a-fA-F0-9]{2}|[0-9]{1,3})/, 'Str.Escape'],
      [/'/, 'Str.Char', '#pop'],
      [/./, 'Str.Char'],
    ],
    strings: [
      [/(?<!\$)\$(\d+|#|\w+)+/, 'Str.Interpol'],
      [/[^\\'"$\n]+/, 'Str'],
      [/['"\\]/, 'Str'],
      [/\$/, 'Str'],
    ],
    dqs: [
      [/\\([\\abcefnrtvl"']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3})/, 'Str.Escape'],
      [/"/, 'Str', '#pop'],
      { mixin: 'strings' },
    ],
    rdqs: [
      [/"(?!")/, 'Str', '#pop'],
      [/"/, 'Str.Escape', '#pop'],
      { mixin: 'strings' },
    ],
    tdqs: [
      [/"""(?!")/, 'Str', '#pop'],
      { mixin: 'strings' },
      { mixin: 'nl' },
    ],
    funcname: [
      [/((?![\d_])\w)(((?!_)\w)|(_(?!_)\w))*/, 'Name.Function', '#pop'],
      [/`.+`/, 'Name.Function', '#pop'],
    ],
    nl: [[/\n/, 'Str']],
    floatnumber: [
      [/\.(?!\.)[0-9_]*/, 'Num.Float'],
      [/[eE][+-]?[0-9][0-9_]*/, 'Num.Float'],
      [/(?:)/, 'Text', '#pop'],
    ],
    floatsuffix: [
      [/'?[fF](32|64)/, 'Num.Float'],
      [/(?:)/, 'Text', '#pop'],
    ],
    intsuffix: [
      [/'?[iI](32|64)/, 'Num.Integer.Long'],
      [/'?[iI](8|16)/, 'Num.Integer'],
      [/'?[uU]/, 'Num.Integer'],
      [/(?:)/, 'Text', '#pop'],
    ],
    root: [
      [/##.*$/, 'Str.Doc'],
      [/#.*$/, 'Comment'],
      [/\*|=|>|<|\+|-|\/|@|\$|~|&|%|!|\?|\||\\|\[|\]/, 'Operator'],
      [/\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;/, 'Punctuation'],
      [/(?:\w+)"/, 'Str', 'rdqs'],
      [/"""/, 'Str', 'tdqs'],
      [/"/, 'Str', 'dqs'],
      [/'/, 'Str.Char', 'chars'],
      [rx(String.raw`(${OPWORDS})\b`), 'Operator.Word'],
      [/(p_?r_?o_?c_?\s)(?![\(\[\]])/, 'Keyword', 'funcname'],
      [rx(String.raw`(${KEYWORDS})\b`), 'Keyword'],
      [rx(String.raw`(${NAMESPACE})\b`), 'Keyword.Namespace'],
      [/(v_?a_?r)\b/, 'Keyword.Declaration'],
      [rx(String.raw`(${TYPES})\b`), 'Keyword.Type'],
      [rx(String.raw`(${PSEUDOKEYWORDS})\b`), 'Keyword.Pseudo'],
      [/\b((?![_\d])\w)(((?!_)\w)|(_(?!_)\w))*/, 'Name'],
      [/[0-9][0-9_]*(?=([eE.]|'?[fF](32|64)))/, (lx, m) => {
        lx.push('floatsuffix');
        lx.push('floatnumber');
        lx.token('Num.Float', m[0]);
      }],
      [/0[xX][a-fA-F0-9][a-fA-F0-9_]*/, 'Num.Hex', 'intsuffix'],
      [/0[bB][01][01_]*/, 'Num', 'intsuffix'],
      [/0o[0-7][0-7_]*/, 'Num.Oct', 'intsuffix'],
      [/[0-9][0-9_]*/, 'Num.Integer', 'intsuffix'],
      [/\s+/, 'Text'],
      [/.+$/, 'Error'],
    ],
  },
};
