// Follows Rouge 3.30 lib/rouge/lexers/awk.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('if else while for do break continue return next nextfile delete exit print printf getline');
const CONSTANTS = wordSet('CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON');
const BUILTINS = wordSet('exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf system tolower toupper');

export const awk: LexerDef = {
  name: 'awk',
  states: {
    comments_and_whitespace: [[/\s+/, 'Text'], [/#.*?$/, 'Comment.Single']],
    expr_start: [
      { mixin: 'comments_and_whitespace' },
      [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex'); }],
      [/(?:)/, 'Text', '#pop'],
    ],
    regex: [
      [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex_end'); }],
      [/[^\/]\n/, 'Error', '#pop'],
      [/\n/, 'Error', '#pop'],
      [/\[\^/, 'Str.Escape', 'regex_group'],
      [/\[/, 'Str.Escape', 'regex_group'],
      [/\\./, 'Str.Escape'],
      [/[(][?][:=<!]/, 'Str.Escape'],
      [/[{][\d,]+[}]/, 'Str.Escape'],
      [/[()?]/, 'Str.Escape'],
      [/./, 'Str.Regex'],
    ],
    regex_end: [[/(?:)/, (lx) => lx.pop()]],
    regex_group: [
      [/\//, 'Str.Escape'],
      [/[^\/]\n/, (lx, m) => { lx.token('Error', m[0]); lx.pop(2); }],
      [/\]/, 'Str.Escape', '#pop'],
      [/\\./, 'Str.Escape'],
      [/./, 'Str.Regex'],
    ],
    root: [
      { mixin: 'comments_and_whitespace' },
      [/(?<=\n)(?=\s|\/)/, 'Text', 'expr_start'],
      [/[-<>+*\/%\^!=]=?|in\b|\+\+|--|\|/, 'Operator', 'expr_start'],
      [/&&|\|\||~!?/, 'Operator', 'expr_start'],
      [/[(\[,]/, 'Punctuation', 'expr_start'],
      [/;/, 'Punctuation', 'statement'],
      [/[)\].]/, 'Punctuation'],
      [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
      [/[{}]/, 'Punctuation', 'statement'],
      [/[$a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
        const w = m[0];
        if (KEYWORDS.has(w)) { lx.token('Keyword', w); lx.push('expr_start'); }
        else if (w === 'function') { lx.token('Keyword.Declaration', w); lx.push('expr_start'); }
        else lx.token(w === 'BEGIN' || w === 'END' ? 'Keyword.Reserved' : CONSTANTS.has(w) ? 'Keyword.Constant'
          : BUILTINS.has(w) ? 'Name.Builtin' : w.startsWith('$') ? 'Name.Variable' : 'Name.Other', w);
      }],
      [/[0-9]+\.[0-9]+/, 'Num.Float'],
      [/[0-9]+/, 'Num.Integer'],
      [/"(\\[\\"]|[^"])*"/, 'Str.Double'],
      [/:/, 'Punctuation'],
    ],
    statement: [[/[{}]/, 'Punctuation'], { mixin: 'expr_start' }],
    ternary: [[/:/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }], { mixin: 'root' }],
  },
};
