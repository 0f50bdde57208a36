// Follows Rouge 3.30 lib/rouge/lexers/r.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt, wordSet } from '../regex.js';

const KEYWORDS = wordSet('if else for while repeat in next break function');
const KEYWORD_CONSTANTS = wordSet('NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_');
const BUILTIN_CONSTANTS = wordSet('LETTERS letters month.abb month.name pi T F');
const PRIMITIVES = wordAlt(`abs acos acosh all any anyNA Arg as.call as.character as.complex as.double as.environment as.integer
  as.logical as.null.default as.numeric as.raw asin asinh atan atanh attr attributes baseenv browser c call
  ceiling class Conj cos cosh cospi cummax cummin cumprod cumsum digamma dim dimnames emptyenv exp expression
  floor forceAndCall gamma gc.time globalenv Im interactive invisible is.array is.atomic is.call is.character
  is.complex is.double is.environment is.expression is.finite is.function is.infinite is.integer is.language
  is.list is.logical is.matrix is.na is.name is.nan is.null is.numeric is.object is.pairlist is.raw
  is.recursive is.single is.symbol lazyLoadDBfetch length lgamma list log max min missing Mod names nargs
  nzchar oldClass on.exit pos.to.env proc.time prod quote range Re rep retracemem return round seq_along
  seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch tan tanh tanpi
  tracemem trigamma trunc unclass untracemem UseMethod xtfrm`);

export const r: LexerDef = {
  name: 'r',
  aliases: ['r', 'R', 's', 'S'],
  states: {
    root: [
      [/#'.*?$/, 'Comment.Doc'],
      [/#.*?$/, 'Comment.Single'],
      [/\s+/, 'Text.Whitespace'],
      [/`[^`]+?`/, 'Name'],
      [/'(\\.|.)*?'/s, 'Str.Single'],
      [/"(\\.|.)*?"/s, 'Str.Double'],
      [/%[^%]*?%/, 'Operator'],
      [/0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?/, 'Num.Hex'],
      [/[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?/, 'Num'],
      [rx(`\\b(?<!.)(${PRIMITIVES})(?=\\()`), 'Name.Function'],
      [rx('(?:(?:[[:alpha:]]|[.][._[:alpha:]])[._[:alnum:]]*)|[.]'), (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : KEYWORD_CONSTANTS.has(w) ? 'Keyword.Constant' : BUILTIN_CONSTANTS.has(w) ? 'Name.Builtin' : 'Name', w);
      }],
      [/[\[\]{}();,]/, 'Punctuation'],
      [/[-<>?*+^\/!=~$@:%&|]/, 'Operator'],
    ],
  },
};
