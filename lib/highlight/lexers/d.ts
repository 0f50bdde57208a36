// Follows Rouge 3.30 lib/rouge/lexers/d.rb.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { rubyEscape, wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`abstract alias align asm assert auto body break case cast catch class const continue
  debug default delegate delete deprecated do else enum export extern finally final foreach_reverse
  foreach for function goto if immutable import interface invariant inout in is lazy mixin
  module new nothrow out override package pragma private protected public pure ref return scope
  shared static struct super switch synchronized template this throw try typedef typeid typeof
  union unittest version volatile while with __gshared __traits __vector __parameters`);
const TYPES = wordAlt(`bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal
  long real short ubyte ucent uint ulong ushort void wchar`);
const PSEUDO = wordAlt(`__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__
  __EOF__ __TIME__ __TIMESTAMP__ __VENDOR__ __VERSION__`);

/** q"[...]" and its kin: nested delimiters up to the closing one followed by a quote. */
function delimited(open: string, close: string): Record<string, RuleSpec<unknown>[]> {
  const o = rubyEscape(open), c = rubyEscape(close);
  return {
    [`delimited_${open}`]: [
      [rx(`[^${o}${c}]+`), 'Str'],
      [rx(o), 'Str', `delimited_inside_${open}`],
      [rx(`${c}"`), 'Str', '#pop'],
    ],
    [`delimited_inside_${open}`]: [
      [rx(`[^${o}${c}]+`), 'Str'],
      [rx(o), 'Str', '#push'],
      [rx(c), 'Str', '#pop'],
    ],
  };
}

export const d: LexerDef = {
  name: 'd',
  aliases: ['dlang'],
  states: {
    whitespace: [
      [/\n/, 'Text'],
      [/\s+/, 'Text'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/\/\/.*/, 'Comment.Single'],
      [/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//, 'Comment.Multiline'],
      [/\/\+/, 'Comment.Multiline', 'nested_comment'],
      [rx(String.raw`(${KEYWORDS})\b`), 'Keyword'],
      [rx(String.raw`(${TYPES})\b`), 'Keyword.Type'],
      [/(false|true|null)\b/, 'Keyword.Constant'],
      [rx(String.raw`(${PSEUDO})\b`), 'Keyword.Pseudo'],
      [/macro\b/, 'Keyword.Reserved'],
      [/(string|wstring|dstring|size_t|ptrdiff_t)\b/, 'Name.Builtin'],
      [/0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?/, 'Num.Float'],
      [/[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?/, 'Num.Float'],
      [/\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?/, 'Num.Float'],
      [/0[Bb][01_]+/, 'Num.Bin'],
      [/0[0-7_]+/, 'Num.Oct'],
      [/0[xX][0-9a-fA-F_]+/, 'Num.Hex'],
      [/(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?/, 'Num.Integer'],
      [/'(\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'/, 'Str.Char'],
      [/r"[^"]*"[cwd]?/, 'Str'],
      [/`[^`]*`[cwd]?/, 'Str'],
      [/"(\\\\|\\"|[^"])*"[cwd]?/, 'Str'],
      [/\\(['"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;)/, 'Str'],
      [/x"[0-9a-fA-F_\s]*"[cwd]?/, 'Str'],
      [/q"\[/, 'Str', 'delimited_['],
      [/q"\(/, 'Str', 'delimited_('],
      [/q"</, 'Str', 'delimited_<'],
      [/q"\{/, 'Str', 'delimited_{'],
      [/q"([a-zA-Z_]\w*)\n.*?\n\1"/, 'Str'],
      [/q"(.).*?\1"/, 'Str'],
      [/q\{/, 'Str', 'token_string'],
      [/@([a-zA-Z_]\w*)?/, 'Name.Decorator'],
      [/(~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|\/=)|[\/.&|\-+<>!()\[\]{}?,;:$=*%^~]/, 'Punctuation'],
      [/[a-zA-Z_]\w*/, 'Name'],
      [/#line\s.*\n/, 'Comment.Special'],
    ],
    nested_comment: [
      [/[^+\/]+/, 'Comment.Multiline'],
      [/\/\+/, 'Comment.Multiline', '#push'],
      [/\+\//, 'Comment.Multiline', '#pop'],
      [/[+\/]/, 'Comment.Multiline'],
    ],
    token_string: [
      [/\{/, 'Punctuation', 'token_string_nest'],
      [/\}/, 'Str', '#pop'],
      { mixin: 'root' },
    ],
    token_string_nest: [
      [/\{/, 'Punctuation', '#push'],
      [/\}/, 'Punctuation', '#pop'],
      { mixin: 'root' },
    ],
    ...delimited('[', ']'),
    ...delimited('(', ')'),
    ...delimited('<', '>'),
    ...delimited('{', '}'),
  },
};
