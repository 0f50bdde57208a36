// Follows Rouge 3.30 lib/rouge/lexers/ttcn3.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`module import group type port component signature external execute const template function
  altstep testcase var timer if else select case for while do label goto start stop return break int2char int2unichar
  int2bit int2enum int2hex int2oct int2str int2float float2int char2int char2oct unichar2int unichar2oct bit2int bit2hex
  bit2oct bit2str hex2int hex2bit hex2oct hex2str oct2int oct2bit oct2hex oct2str oct2char oct2unichar str2int str2hex
  str2oct str2float enum2int any2unistr lengthof sizeof ispresent ischosen isvalue isbound istemplatekind regexp substr
  replace encvalue decvalue encvalue_unichar decvalue_unichar encvalue_o decvalue_o get_stringencoding remove_bom rnd
  hostid send receive setverdict`);
const RESERVED = wordSet(`all alt apply assert at configuration conjunct const control delta deterministic disjunct
  duration fail finished fuzzy from history implies inconc inv lazy mod mode notinv now omit onentry onexit par pass prev
  realtime seq setstate static stepsize stream timestamp until values wait`);
const TYPES = wordSet(`anytype address boolean bitstring charstring hexstring octetstring component enumerated float
  integer port record set of union universal`);
const ID = /[a-zA-Z_]\w*/;
const DIGIT = '(?:\\d_+\\d|\\d)';
const BIN_DIGIT = '(?:[01]_+[01]|[01])';
const OCT_DIGIT = '(?:[0-7]_+[0-7]|[0-7])';
const HEX_DIGIT = '(?:\\h_+\\h|\\h)';

export const ttcn3: LexerDef = {
  name: 'ttcn3',
  states: {
    statements: [
      [/\n+/, 'Text'],
      [/[ \t\r]+/, 'Text'],
      [/\\\n/, 'Text'], // line continuation
      [/\/\/(\\.|.)*?$/, 'Comment.Single'],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
      [/"/, 'Str', 'string'],
      [/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, 'Str.Char'],
      [rx(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`, 'i'), 'Num.Float'],
      [rx(`'${BIN_DIGIT}+'B`, 'i'), 'Num.Bin'],
      [rx(`'${HEX_DIGIT}+'H`, 'i'), 'Num.Hex'],
      [rx(`'${OCT_DIGIT}+'O`, 'i'), 'Num.Oct'],
      [rx(`${DIGIT}+`, 'i'), 'Num.Integer'],
      [/[~!%^&*+:=\|?<>\/-]/, 'Operator'],
      [/[()\[\]{},.;:]/, 'Punctuation'],
      [/(?:true|false|null)\b/, 'Name.Builtin'],
      [ID, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : TYPES.has(m[0]) ? 'Keyword.Type'
        : RESERVED.has(m[0]) ? 'Keyword.Reserved' : 'Name', m[0])],
    ],
    root: [
      [/module\b/, 'Keyword.Declaration', 'module'],
      [/import\b/, 'Keyword.Namespace', 'import'],
      { mixin: 'statements' },
    ],
    string: [
      [/"/, 'Str', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
      [/[^\\"\n]+/, 'Str'],
      [/\\\n/, 'Str'],
      [/\\/, 'Str'], // stray backslash
    ],
    module: [[/\s+/, 'Text'], [ID, 'Name.Class', '#pop']],
    import: [[/\s+/, 'Text'], [/[\w.]+\*?/, 'Name.Namespace', '#pop']],
  },
};
