// Follows Rouge 3.30 lib/rouge/lexers/mathematica.rb (builtins in mathematica-words.ts). Each
// Regexp Rouge interpolates is a group here, as (?-mix:...) is in Ruby.
import { rx, type LexerDef } from '../engine.js';
import { BUILTINS } from './mathematica-words.js';

const g = (s: string): string => `(?:${s})`;
const NUMBER = g(String.raw`\.\d+|\d+\.\d*|\d+`);
const NUMBER_BASE = g(String.raw`\.\w+|\w+\.\w*|\w+`);
const PRECISION = g(`${'`'}(${'`'}?${NUMBER})?`);
const STRING = g(String.raw`"(\\\\|\\"|[^"])*"`);
const ID = g('[a-zA-Z$][$a-zA-Z0-9]*');
const NAMED_CHARACTER = g(String.raw`\\\[${ID}\]`);
const SYMBOL = g(`(${ID}|${NAMED_CHARACTER})+`);
const CONTEXT_SYMBOL = `${'`'}?${SYMBOL}(${'`'}${SYMBOL})*${'`'}?`;
const ASSOCIATION_SLOT = g(`#(${ID}|"${ID}")`);
const SLOT = `${ASSOCIATION_SLOT}|#[0-9]*`;
const KEYWORDS = new Set(['Module', 'With', 'Block']);

export const mathematica: LexerDef = {
  name: 'mathematica',
  aliases: ['wl'],
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/\(\*/, 'Comment', 'comment'],
      [rx(`(?:\\d+)\\^\\^${NUMBER_BASE}${PRECISION}?(\\*\\^[+-]?\\d+)?`), 'Num'],
      [rx(`(?:${NUMBER}${PRECISION}?(?:\\*\\^[+-]?\\d+)?)`), 'Num'],
      [rx(`::(${ID}|${STRING})`), 'Name.Tag'],
      [/(In|Out)\[[0-9]+\]:?=/, 'Generic.Prompt'],
      [rx(CONTEXT_SYMBOL, 'm'), (lx, m) =>
        lx.token(KEYWORDS.has(m[0]) ? 'Name.Builtin.Pseudo' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name.Variable', m[0])],
      [rx(SLOT), 'Name.Function'],
      [/[+\-*\/|,;.:@~=><&`'^?!_%]/, 'Operator'],
      [/[\[\](){}]/, 'Punctuation'],
      [rx(STRING), 'Str'],
    ],
    comment: [
      [/\(\*/, 'Comment', 'comment'],
      [/\*\)/, 'Comment', '#pop'],
      [rx(`::${ID}::`), 'Comment.Preproc'],
      [rx(`[ ]:(${ID}|[^\\S])+:[ ]`), 'Comment.Preproc'],
      [/./, 'Comment'],
    ],
  },
};
