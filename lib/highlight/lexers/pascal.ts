// Follows Rouge 3.30 lib/rouge/lexers/pascal.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`absolute abstract all and and_then array as asm assembler attribute begin bindable case class
  const constructor delay destructor div do downto else end except exit export exports external far file finalization
  finally for forward function goto if implementation import in inc index inherited initialization inline interface
  interrupt is label library message mod module near nil not object of on only operator or or_else otherwise out
  overload override packed pascal pow private procedure program property protected public published qualified raise
  read record register repeat resident resourcestring restricted safecall segment set shl shr stdcall stored string
  then threadvar to try type unit until uses value var view virtual while with write writeln xor`);
const TYPES = wordAlt(`ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword extended
  int64 integer iunknown longbool longint longword pansichar pansistring pbool pboolean pbyte pbytearray pcardinal
  pchar pcomp pcurrency pdate pdatetime pdouble pdword pextended phandle pint64 pinteger plongint plongword pointer
  ppointer pshortint pshortstring psingle psmallint pstring pvariant pwidechar pwidestring pword pwordarray pwordbool
  real real48 shortint shortstring single smallint string tclass tdate tdatetime textfile thandle tobject ttime variant
  widechar widestring word wordbool`);

export const pascal: LexerDef = {
  name: 'pascal',
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/(\/\/).*$\n?/, 'Comment.Single'],
      [/(--).*$\n?/, 'Comment.Single'],
      [/\(\*.*?\*\)/s, 'Comment.Multiline'],
      [/\{.*?\}/s, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?/, 'Num'],
      [/\$[0-9A-Fa-f]+/, 'Num.Hex'],
      [/[~!@#$%\^&*()+`\-={}\[\]:;<>?,.\/|\\]/, 'Punctuation'],
      [/'([^']|'')*'/, 'Str'],
      [/(true|false|nil)\b/i, 'Name.Builtin'],
      [rx(`\\b(${KEYWORDS})\\b`, 'i'), 'Keyword'],
      [rx(`\\b(${TYPES})\\b`, 'i'), 'Keyword.Type'],
      [/@?[_a-z]\w*/i, 'Name'],
    ],
  },
};
