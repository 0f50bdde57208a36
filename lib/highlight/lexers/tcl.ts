// Follows Rouge 3.30 lib/rouge/lexers/tcl.rb (its generated command/params states written out).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`after apply array break catch continue elseif else error eval expr for foreach global if
  namespace proc rename return set switch then trace unset update uplevel upvar variable vwait while`);
const BUILTINS = wordSet(`append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked
  fconfigure fcopy file fileevent flush format gets glob history http incr info interp join lappend lassign lindex
  linsert list llength load loadTk lrange lrepeat lreplace lreverse lsearch lset lsort mathfunc mathop memory msgcat
  open package pid pkg::create pkg_mkIndex platform platform::shell puts pwd re_syntax read refchan regexp registry
  regsub scan seek socket source split string subst tell time tm unknown unload`);
// TCL's CHARS / NOT_CHARS over its OPEN, CLOSE, END_LINE and END_WORD lists
const NOT_END_WORD = String.raw`[^\)\]\};\n\r\t\v]`;
const NOT_END_LINE = String.raw`[^\)\]\};\n]`;
const END_WORD = String.raw`[\)\]\};\n\r\t\v]`;
const OPEN_OR_BACKSLASH = String.raw`[\(\[\{"\\]`;
// `CLOSE - [close]` subtracts a Regexp from a list of strings: all three brackets stay
const CLOSE = /[)\]}]/;
type Rules = readonly RuleSpec<S>[];
interface S { braceCount: number }

/** `pop! until state? :brace; pop!` */
function closeBrace(lx: Lexing<S>, text: string): void {
  while (!lx.state('brace')) lx.pop();
  lx.pop();
  lx.token('Punctuation', text);
}

/** TCL.gen_command_state */
const commandState = (name: string): Rules => [
  { mixin: 'word' },
  [rx(`#${NOT_END_LINE}+`), 'Comment.Single'],
  [rx(`(?=${END_WORD})`), (lx) => lx.push(`params${name}`)],
  [rx(`${NOT_END_WORD}+`), (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Text', m[0])],
  { mixin: 'whitespace' },
];

/** TCL.gen_delimiter_states */
function delimiterStates(name: string, close: RegExp, strict: boolean): Record<string, Rules> {
  return {
    [`command_in_${name}`]: commandState(`_in_${name}`),
    [`params_in_${name}`]: [
      [close, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }],
      [CLOSE, strict ? 'Error' : 'Text'],
      { mixin: 'params' },
    ],
    [name]: [[close, 'Punctuation', '#pop'], { mixin: `command_in_${name}` }],
  };
}

export const tcl: LexerDef<S> = {
  name: 'tcl',
  init: () => ({ braceCount: 0 }),
  states: {
    word: [
      [/\{\*\}/, 'Keyword'],
      { mixin: 'brace_abort' },
      { mixin: 'interp' },
      [/\{/, 'Punctuation', 'brace'],
      [/\(/, 'Punctuation', 'paren'],
      [/"/, 'Str.Double', 'string'],
      [rx(`${NOT_END_WORD}+?(?=${OPEN_OR_BACKSLASH})`), 'Text'],
    ],
    brace_abort: [[/}/, (lx, m) => { if (lx.inState('brace')) closeBrace(lx, m[0]); else lx.token('Error', m[0]); }]],
    params: [
      [/;/, 'Punctuation', '#pop'],
      [/\n/, 'Text', '#pop'],
      [/else|elseif|then/, 'Keyword'],
      { mixin: 'word' },
      { mixin: 'whitespace' },
      [rx(`${NOT_END_WORD}+`), 'Text'],
    ],
    ...delimiterStates('brace', /\}/, false),
    ...delimiterStates('paren', /\)/, true),
    ...delimiterStates('bracket', /\]/, true),
    command: commandState(''),
    root: [{ mixin: 'command' }],
    whitespace: [[/\s+/, 'Text']],
    interp: [
      [/\[/, 'Punctuation', 'bracket'],
      [/\$[a-z0-9.:-]+/, 'Name.Variable'],
      [/\$\{.*?\}/s, 'Name.Variable'],
      [/\$/, 'Text'],
      [/\\[0-7]{3}/, 'Str.Escape'],
      [/\\x[0-9a-f]{2}/i, 'Str.Escape'],
      [/\\u[0-9a-f]{4}/i, 'Str.Escape'],
      [/\\./s, 'Str.Escape'],
    ],
    string: [
      [/"/, 'Str.Double', '#pop'],
      { mixin: 'interp' },
      [/[^\\\[$"{}]+/, 'Str.Double'],
      [/{/, (lx, m) => { lx.s.braceCount++; lx.token('Str.Double', m[0]); }],
      [/}/, (lx, m) => {
        if (lx.inState('brace') && lx.s.braceCount === 0) closeBrace(lx, m[0]);
        else { lx.s.braceCount--; lx.token('Str.Double', m[0]); }
      }],
    ],
  },
};
