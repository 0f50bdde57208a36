// Follows Rouge 3.30 lib/rouge/lexers/minizinc.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const BUILTINS = wordSet(`abort abs acosh array_intersect array_union array1d array2d array3d array4d array5d array6d asin
  assert atan bool2int card ceil concat cos cosh dom dom_array dom_size fix exp floor index_set index_set_1of2
  index_set_2of2 index_set_1of3 index_set_2of3 index_set_3of3 int2float is_fixed join lb lb_array length ln log log2
  log10 min max pow product round set2array show show_int show_float sin sinh sqrt sum tan tanh trace ub ub_array`);
const KEYWORDS = wordSet(`ann annotation any constraint else endif function for forall if include list of op output minimize
  maximize par predicate record satisfy solve test then type var where`);
const TYPES = wordSet('array set bool enum float int string tuple');
const OPERATORS = wordSet('in subset superset union diff symdiff intersect');

export const minizinc: LexerDef = {
  name: 'minizinc',
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/\\\n/, 'Text.Whitespace'],
      [/%.*/, 'Comment.Single'],
      [/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//s, 'Comment.Multiline'],
      [/"(\\\\|\\"|[^"])*"/, 'Literal.String'],
      [/not|<->|->|<-|\\\/|xor|\/\\/, 'Operator'],
      [/<|>|<=|>=|==|=|!=/, 'Operator'],
      [/\+|-|\*|\/|div|mod/, 'Operator'],
      [/\\|\.\.|\+\+/, 'Operator'],
      [/[|()\[\]{},:;]/, 'Punctuation'],
      [/(true|false)\b/, 'Keyword.Constant'],
      [/([+-]?)\d+(\.(?!\.)\d*)?([eE][-+]?\d+)?/, 'Literal.Number'],
      [/[$a-zA-Z_]\w*/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : TYPES.has(m[0]) ? 'Keyword.Type'
        : BUILTINS.has(m[0]) ? 'Name.Builtin' : OPERATORS.has(m[0]) ? 'Operator' : 'Name.Other', m[0])],
      [/::\s*([^\W\d]\w*)(\s*\([^\)]*\))?/, 'Name.Decorator'],
      [/\b([^\W\d]\w*)\b(\()/, (lx, m) => lx.groups(m, 'Name.Function', 'Punctuation')],
      [/[^\W\d]\w*/, 'Name.Other'],
    ],
  },
};
