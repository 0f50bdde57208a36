// Follows Rouge 3.30 lib/rouge/lexers/go.rb (its interpolated regexes written out; the /m
// parts use [\s\S] for the dot).
import { rx, type LexerDef } from '../engine.js';

const LETTER = '(?:[[:alpha:]]|_)';
const DECIMALS = '[0-9]+';
const EXPONENT = `[eE][+\\-]?${DECIMALS}`;
const FLOAT = `(?:${DECIMALS}\\.(?:${DECIMALS})?(?:${EXPONENT})?|${DECIMALS}${EXPONENT}|\\.${DECIMALS}(?:${EXPONENT})?)`;
const HEX = '[0-9A-Fa-f]';
const ESCAPED_CHAR = `\\\\[abfnrtv\\\\'"]`;
const UNICODE_VALUE = `(?:[^\\n]|\\\\u${HEX}{4}|\\\\U${HEX}{8}|${ESCAPED_CHAR})`;
const BYTE_VALUE = `(?:\\\\[0-7]{3}|\\\\x${HEX}{2})`;
const words = (s: string): string => `\\b(?:${s.trim().split(/\s+/).join('|')})\\b`;
const KEYWORD = words(`break default func interface select case defer go map struct chan else goto package switch
  const fallthrough if range type continue for import return var`);
const TYPES = words(`bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string
  uint8 uint16 uint32 uint64 uintptr uint`);
const FUNCTIONS = words('append cap close complex copy delete imag len make new panic print println real recover');

export const go: LexerDef = {
  name: 'go',
  aliases: ['golang'],
  states: {
    simple_tokens: [
      [rx(String.raw`\/\/(?:(?!\n).)*|\/\*(?:(?!\*\/)[\s\S])*\*\/`), 'Comment'],
      [rx(KEYWORD), 'Keyword'],
      [rx(TYPES), 'Keyword.Type'],
      [rx(FUNCTIONS), 'Name.Builtin'],
      [/\b(?:true|false|iota|nil)\b/, 'Name.Constant'],
      [rx(`(?:${DECIMALS}|${FLOAT})i`), 'Num'],
      [rx(FLOAT), 'Num'],
      [rx(`0[xX]${HEX}+|[0-9][0-9]*|0[0-7]*`), 'Num'],
      [rx(`'(?:${UNICODE_VALUE}|${BYTE_VALUE})'`), 'Str.Char'],
      [rx(String.raw`\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^|>>=|>>|>=|>|\/|\/=|:=|%|%=|\.\.\.|\.|:`), 'Operator'],
      [/\(|\)|\[|\]|\{|\}|,|;/, 'Punctuation'],
      [rx(`(?!${KEYWORD})${LETTER}(?:${LETTER}|[[:digit:]])*`), 'Name'],
      [/\s+/, 'Text'],
    ],
    root: [
      { mixin: 'simple_tokens' },
      [/`/, 'Str', 'raw_string'],
      [/"/, 'Str', 'interpreted_string'],
    ],
    interpreted_string: [
      [rx(`${ESCAPED_CHAR}|\\\\u${HEX}{4}|\\\\U${HEX}{8}|\\\\x${HEX}{2}`), 'Str.Escape'],
      [/\\./, 'Error'],
      [/"/, 'Str', '#pop'],
      [/[^"\\]+/, 'Str'],
    ],
    raw_string: [
      [/`/, 'Str', '#pop'],
      [/[^`]+/s, 'Str'],
    ],
  },
};
