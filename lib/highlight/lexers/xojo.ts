// Follows Rouge 3.30 lib/rouge/lexers/xojo.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`addhandler aggregates array asc assigns attributes begin break byref byval call case catch class
  const continue char ctype declare delegate dim do downto each else elseif end enum event exception exit extends false
  finally for function global goto if implements inherits interface lib loop mod module new next nil object of optional
  paramarray private property protected public raise raiseevent rect redim removehandler return select shared soft
  static step sub super then to true try until using uend uhile`);
const TYPES = wordAlt(`boolean cfstringref cgfloat cstring curency date double int8 int16 int32 int64 integer ostype
  pstring ptr short single single string structure variant uinteger uint8 uint16 uint32 uint64 ushort windowptr wstring`);
const OPERATOR_WORDS = wordAlt('addressof weakaddressof and as in is isa mod not or xor');

export const xojo: LexerDef = {
  name: 'xojo',
  aliases: ['realbasic'],
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/rem\b.*?$/i, 'Comment.Single'],
      [/[\/\/'].*$/, 'Comment.Single'],
      [/\#tag Note.*?\#tag EndNote/is, 'Comment.Preproc'],
      [rx('\\s*[#].*$', 'x'), 'Comment.Preproc'],
      [/".*?"/, 'Literal.String.Double'],
      [/[(){}!#,:]/, 'Punctuation'],
      [rx(`\\b(?:${KEYWORDS})\\b`, 'i'), 'Keyword'],
      [rx(`\\b(?:${TYPES})\\b`, 'i'), 'Keyword.Declaration'],
      [rx(`\\b(?:${OPERATOR_WORDS})\\b`, 'i'), 'Operator'],
      [/[+-]?(\d+\.\d*|\d*\.\d+)/i, 'Literal.Number.Float'],
      [/[+-]?\d+/, 'Literal.Number.Integer'],
      [/&[CH][0-9a-f]+/i, 'Literal.Number.Hex'],
      [/&O[0-7]+/i, 'Literal.Number.Oct'],
      [/\b[\w\.]+\b/i, 'Text'],
      [/<=|>=|<>|[=><\+\-\*\/\\]/, 'Operator'],
    ],
  },
};
