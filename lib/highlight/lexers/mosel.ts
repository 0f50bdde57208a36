// Follows Rouge 3.30 lib/rouge/lexers/mosel.rb (FICO Xpress Mosel; word lists in mosel-words.ts).
import { rx, type LexerDef } from '../engine.js';
import { CORE_FUNCTIONS, CORE_KEYWORDS, MMJOBS_FUNCTIONS, MMSYSTEM_FUNCTIONS, MMXPRS_FUNCTIONS } from './mosel-words.js';

const word = (alts: string, flags = '') => rx(`\\b(${alts})\\b`, flags);

export const mosel: LexerDef = {
  name: 'mosel',
  states: {
    whitespace: [[/\s+/, 'Text'], [/(!).*$\n?/, 'Comment.Single'], [/\(!.*?!\)/s, 'Comment.Multiline']],
    // strings in single quotes take no escape sequences
    single_quotes: [[/'/, 'Str.Single', '#pop'], [/[^']+/, 'Str.Single']],
    double_quotes: [[/"/, 'Str.Double', '#pop'], [/(\\"|\\[0-7]{1,3}\D|\\[abfnrtv]|\\\\)/, 'Str.Escape'], [/[^"]/, 'Str.Double']],
    base: [
      [/"/, 'Str.Double', 'double_quotes'],
      [/'/, 'Str.Single', 'single_quotes'],
      [/((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?/, 'Num'],
      [/[~!@#\$%\^&\*\(\)\+`\-={}\[\]:;<>\?,\.\/\|\\]/, 'Punctuation'],
      [/(true|false)\b/i, 'Name.Builtin'],
      [word(CORE_KEYWORDS, 'i'), 'Keyword'],
      [word(CORE_FUNCTIONS), 'Name.Builtin'],
      [word(MMXPRS_FUNCTIONS), 'Name.Function'],
      [word('XPRS_OPT|XPRS_UNF|XPRS_INF|XPRS_UNB|XPRS_OTH'), 'Name.Constant'],
      [word('XPRS_colorder|XPRS_enumduplpol|XPRS_enummaxsol|XPRS_enumsols|XPRS_fullversion|XPRS_loadnames|XPRS_problem|XPRS_probname|XPRS_verbose', 'i'), 'Name.Property'],
      [word(MMSYSTEM_FUNCTIONS, 'i'), 'Name.Function'],
      [word('datefmt|datetimefmt|monthnames|sys_endparse|sys_fillchar|sys_pid|sys_qtype|sys_regcache|sys_sepchar'), 'Name.Property'],
      [word(MMJOBS_FUNCTIONS, 'i'), 'Name.Function'],
      [word('conntmpl|defaultnode|fsrvdelay|fsrvnbiter|fsrvport|jobid|keepalive|nodenumber|parentnumber'), 'Name.Property'],
      [/[a-zA-Z_][a-zA-Z0-9_]*/, 'Name'],
    ],
    root: [{ mixin: 'whitespace' }, { mixin: 'base' }],
  },
};
