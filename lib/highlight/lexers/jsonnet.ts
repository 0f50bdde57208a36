// Follows Rouge 3.30 lib/rouge/lexers/jsonnet.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('self super local for in if then else import importstr error tailstrict assert');
const CONSTANTS = wordSet('null true false');
const BUILTINS = wordSet(`acos asin atan ceil char codepoint cos exp exponent filter floor force length log makeArray mantissa
  objectFields objectHas pow sin sqrt tan thisFile type abs assertEqual escapeStringBash escapeStringDollars escapeStringJson
  escapeStringPython filterMap flattenArrays foldl foldr format join lines manifestIni manifestPython manifestPythonVars map
  max min mod range set setDiff setInter setMember setUnion sort split stringChars substr toString uniq`);

export const jsonnet: LexerDef = {
  name: 'jsonnet',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/#.*?$/, 'Comment.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]\d+)?/i, 'Num.Float'],
      [/-?(?:0|[1-9]\d*)(?:e[+-]\d+)?/i, 'Num.Integer'],
      [/[{}:\.,;+\[\]=%\(\)]/, 'Punctuation'],
      [/"/, 'Str', 'string_double'],
      [/'/, 'Str', 'string_single'],
      [/\|\|\|/, 'Str', 'string_block'],
      [/\$/, 'Keyword'],
      [/[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : w === 'function' ? 'Keyword.Declaration' : CONSTANTS.has(w) ? 'Keyword.Constant'
          : BUILTINS.has(w) ? 'Name.Builtin' : 'Name.Other', w);
      }],
    ],
    string: [[/\\([\\\/bfnrt]|(u[0-9a-fA-F]{4}))/, 'Str.Escape'], [/\\./, 'Str.Escape']],
    string_double: [{ mixin: 'string' }, [/\\"/, 'Str.Escape'], [/"/, 'Str', '#pop'], [/[^\\"]+/, 'Str']],
    string_single: [{ mixin: 'string' }, [/'/, 'Str', '#pop'], [/[^\\']+/, 'Str']],
    string_block: [{ mixin: 'string' }, [/[|][|][|]/, 'Str', '#pop'], [/[^|\\]+/, 'Str'], [/[|]/, 'Str']],
  },
};
