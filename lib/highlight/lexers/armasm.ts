// Follows Rouge 3.30 lib/rouge/lexers/armasm.rb (its word lists joined as Rouge joins them).
import { rx, type LexerDef, type Lexing } from '../engine.js';

const PREPROC = 'define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning';
const FILE_DIRECTIVE = 'BIN|GET|INCBIN|INCLUDE|LNK';
const GENERAL_DIRECTIVE = String.raw`ALIAS|ALIGN|AOF|AOUT|AREA|ARM|ASSERT|ATTR|CN|CODE16|CODE32|COMMON|CP|DATA|DCB|DCD|DCDO|DCDU|DCFD|DCFDU|DCFH|DCFHU|DCFS|DCFSU|DCI|DCI.N|DCI.W|DCQ|DCQU|DCW|DCWU|DN|ELIF|ELSE|END|ENDFUNC|ENDIF|ENDP|ENTRY|EQU|EXPORT|EXPORTAS|EXTERN|FIELD|FILL|FN|FRAME|FUNCTION|GBLA|GBLL|GBLS|GLOBAL|IF|IMPORT|INFO|KEEP|LCLA|LCLL|LCLS|LEADR|LEAF|LTORG|MACRO|MAP|MEND|MEXIT|NOFP|OPT|ORG|PRESERVE8|PROC|QN|RELOC|REQUIRE|REQUIRE8|RLIST|RN|ROUT|SETA|SETL|SETS|SN|SPACE|STRONG|SUBT|THUMB|THUMBX|TTL|WEND|WHILE|\[|\]|[|!#*=%&^]`;
const SHIFT_OR_CONDITION = 'ASR|LSL|LSR|ROR|RRX|AL|CC|CS|EQ|GE|GT|HI|HS|LE|LO|LS|LT|MI|NE|PL|VC|VS|asr|lsl|lsr|ror|rrx|al|cc|cs|eq|ge|gt|hi|hs|le|lo|ls|lt|mi|ne|pl|vc|vs';
const BUILTIN = 'ARCHITECTURE|AREANAME|ARMASM_VERSION|CODESIZE|COMMANDLINE|CONFIG|CPU|ENDIAN|FALSE|FPIC|FPU|INPUTFILE|INTER|LINENUM|LINENUMUP|LINENUMUPPER|OBJASM_VERSION|OPT|PC|PCSTOREOFFSET|REENTRANT|ROPI|RWPI|TRUE|VAR';
const OPERATOR = 'AND|BASE|CC|CC_ENCODING|CHR|DEF|EOR|FATTR|FEXEC|FLOAD|FSIZE|INDEX|LAND|LEFT|LEN|LEOR|LNOT|LOR|LOWERCASE|MOD|NOT|OR|RCONST|REVERSE_CC|RIGHT|ROL|ROR|SHL|SHR|STR|TARGET_ARCH_[0-9A-Z_]+|TARGET_FEATURE_[0-9A-Z_]+|TARGET_FPU_[A-Z_]|TARGET_PROFILE_[ARM]|UAL|UPPERCASE';
const gotoAfter = (tok: string, state: string) => (lx: Lexing<unknown>, m: RegExpExecArray): void => { lx.token(tok, m[0]); lx.goto(state); };

export const armasm: LexerDef = {
  name: 'armasm',
  states: {
    root: [
      [/\n/, 'Text'],
      [rx(`^([ \\t]*)(#[ \\t]*(?:(?:${PREPROC})(?:[ \\t].*)?)?)(\\n)`), (lx, m) => lx.groups(m, 'Text', 'Comment.Preproc', 'Text')],
      [/[ \t]+/, 'Text', 'command'],
      [/;.*/, 'Comment'],
      [/\$[a-z_]\w*\.?/i, 'Name.Namespace'], // variable substitution or macro argument
      [/\w+|\|[^|\n]+\|/, 'Name.Label'],
    ],
    command: [
      [/\n/, 'Text', '#pop'],
      [/[ \t]+/, gotoAfter('Text', 'args')],
      [/;.*/, 'Comment', '#pop'],
      [rx(`(?:${FILE_DIRECTIVE})\\b`), gotoAfter('Keyword', 'filespec')],
      [rx(`(?:${GENERAL_DIRECTIVE})(?=[; \\t\\n])`), 'Keyword'],
      // all-uppercase or all-lowercase words rather than a list of every opcode
      [/(?:[A-Z][\dA-Z]*|[a-z][\da-z]*)(?:\.[NWnw])?(?:\.[DFIPSUdfipsu]?(?:8|16|32|64)?){,3}\b/, 'Name.Builtin'],
      [/[a-z_]\w*|\|[^|\n]+\|/i, 'Name.Function'], // probably a macro name
      [/\$[a-z]\w*\.?/i, 'Name.Namespace'],
    ],
    args: [
      [/\n/, 'Text', '#pop'],
      [/[ \t]+/, 'Text'],
      [/;.*/, 'Comment', '#pop'],
      [rx(`(?:${SHIFT_OR_CONDITION})\\b`), 'Name.Builtin'],
      [/[a-z_]\w*|\|[^|\n]+\|/i, 'Name.Variable'], // various types of symbol
      [/%[bf]?[at]?\d+(?:[a-z_]\w*)?/i, 'Name.Label'],
      [/(?:&|0x)\h+(?!p)/i, 'Literal.Number.Hex'],
      [/(?:&|0x)[.\h]+(?:p[-+]?\d+)?/i, 'Literal.Number.Float'],
      [/0f_\h{8}|0d_\h{16}/i, 'Literal.Number.Float'],
      [/(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\d+)(?!e)/i, 'Literal.Number.Integer'],
      [/(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+|9_[.0-8]+|[.\d]+)(?:e[-+]?\d+)?/i, 'Literal.Number.Float'],
      [/[@:](?=[ \t]*(?:8|16|32|64|128|256)[^\d])/, 'Operator'],
      [rx(`[.@]|\\{(?:${BUILTIN})\\}`), 'Name.Constant'],
      [rx(String.raw`[-!#%&()*+,\/<=>?^{|}]|\[|\]|!=|&&|\/=|<<|<=|<>|==|><|>=|>>|\|\||:(?:${OPERATOR}):`), 'Operator'],
      [/\$[a-z]\w*\.?/i, 'Name.Namespace'],
      [/'/, gotoAfter('Literal.String.Char', 'singlequoted')],
      [/"/, gotoAfter('Literal.String.Double', 'doublequoted')],
    ],
    singlequoted: [
      [/\n/, 'Text', '#pop'],
      [/\$\$/, 'Literal.String.Char'],
      [/\$[a-z]\w*\.?/i, 'Name.Namespace'],
      [/'/, gotoAfter('Literal.String.Char', 'args')],
      [/[^$'\n]+/, 'Literal.String.Char'],
    ],
    doublequoted: [
      [/\n/, 'Text', '#pop'],
      [/\$\$/, 'Literal.String.Double'],
      [/\$[a-z]\w*\.?/i, 'Name.Namespace'],
      [/"/, gotoAfter('Literal.String.Double', 'args')],
      [/[^$"\n]+/, 'Literal.String.Double'],
    ],
    filespec: [[/\n/, 'Text', '#pop'], [/\$\$/, 'Literal.String.Other'], [/\$[a-z]\w*\.?/i, 'Name.Namespace'], [/[^$\n]+/, 'Literal.String.Other']],
  },
};
