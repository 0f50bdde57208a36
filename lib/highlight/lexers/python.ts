// Follows Rouge 3.30 lib/rouge/lexers/python.rb.
import { rx, type LexerDef, type Lexing } from '../engine.js';

/** Python's StringRegister: the open strings as [type (prefix letters), delimiter]. */
export interface PythonState { strings: [type: string, delim: string][] }
type S = PythonState;
type L = Lexing<S>;

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
export const PYTHON_KEYWORDS = set(`assert break continue del elif else except exec finally for global if lambda pass print raise
  return try while yield as with from import yield async await nonlocal`);
const BUILTINS = set(`__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce compile
  complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash hex id
  input int intern isinstance issubclass iter len list locals long map max memoryview min next object oct open ord pow property range
  raw_input reduce reload repr reversed round set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip`);
const PSEUDO = set('self None Ellipsis NotImplemented False True');
const EXCEPTIONS = set(`ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError
  BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
  DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError
  FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
  InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError
  NotADirectoryError NotImplemented NotImplementedError OSError OverflowError OverflowWarning PendingDeprecationWarning
  ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration
  StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
  UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning
  WindowsError ZeroDivisionError`);

export const PY_ID = '[[:alpha:]_][[:alnum:]_]*';
const ID = PY_ID;
export const PY_DOTTED = '[[:alpha:]_.][[:alnum:]_.]*';
const DOTTED = PY_DOTTED;
const DIGITS = '[0-9](_?[0-9])*';
const DECIMAL = `((${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const EXPONENT = `[eE][+-]?${DIGITS}`;
const last = (lx: L): [string, string] | undefined => lx.s.strings[lx.s.strings.length - 1];

/** A word by the class's word lists (keywords, builtins, pseudo-builtins), `otherwise` if none. */
export const pythonWord = (keywords: ReadonlySet<string>, otherwise: string) => (lx: Lexing<any>, m: RegExpExecArray): void => {
  const w = m[0];
  lx.token(keywords.has(w) ? 'Keyword' : EXCEPTIONS.has(w) || BUILTINS.has(w) ? 'Name.Builtin'
    : PSEUDO.has(w) ? 'Name.Builtin.Pseudo' : otherwise, w);
};

/** Python's lexer with a subclass's `self.keywords` (cython.rb adds some). */
export const pythonLexer = (name: string, aliases: readonly string[], keywords: ReadonlySet<string>): LexerDef<S> => ({
  name, aliases,
  init: () => ({ strings: [] }),
  states: {
    root: [
      [/\n+/s, 'Text'],
      [/^(:)(\s*)([ru]{,2}""".*?""")/is, (lx, m) => lx.groups(m, 'Punctuation', 'Text', 'Str.Doc')],
      [/[^\S\n]+/, 'Text'],
      [/#(.*)?\n?/, 'Comment.Single'],
      [/[\[\]{}:(),;.]/, 'Punctuation'],
      [/\\\n/, 'Text'],
      [/\\/, 'Text'],
      [/(in|is|and|or|not)\b/, 'Operator.Word'],
      [/(<<|>>|\/\/|\*\*)=?/, 'Operator'],
      [/[-~+\/*%=<>&^|@]=?|!=/, 'Operator'],
      [rx(`(from)((?:\\\\\\s|\\s)+)(${DOTTED})((?:\\\\\\s|\\s)+)(import)`), (lx, m) =>
        lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace', 'Text', 'Keyword.Namespace')],
      [rx(`(import)(\\s+)(${DOTTED})`), (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace')],
      [/(def)((?:\s|\\\s)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('funcname'); }],
      [/(class)((?:\s|\\\s)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('classname'); }],
      [/`.*?`/, 'Str.Backtick'],
      [/([rfbu]{0,2})('''|"""|['"])/i, (lx, m) => {
        lx.groups(m, 'Str.Affix', 'Str');
        lx.s.strings.push([m[1]!.toLowerCase(), m[2]!]);
        lx.push('generic_string');
      }],
      [rx(`@${DOTTED}`), 'Name.Decorator'],
      [rx(`(?<!\\.)${ID}`), pythonWord(keywords, 'Name')],
      [rx(ID), 'Name'],
      [rx(`${DECIMAL}(${EXPONENT})?j?`, 'i'), 'Num.Float'],
      [rx(`${DIGITS}${EXPONENT}j?`, 'i'), 'Num.Float'],
      [rx(`${DIGITS}j`, 'i'), 'Num.Float'],
      [/0b(_?[0-1])+/i, 'Num.Bin'],
      [/0o(_?[0-7])+/i, 'Num.Oct'],
      [/0x(_?[a-f0-9])+/i, 'Num.Hex'],
      [/\d+L/, 'Num.Integer.Long'],
      [/([1-9](_?[0-9])*|0(_?0)*)/, 'Num.Integer'],
    ],
    funcname: [[rx(ID), 'Name.Function', '#pop']],
    classname: [[rx(ID), 'Name.Class', '#pop']],
    raise: [
      [/from\b/, 'Keyword'],
      [/raise\b/, 'Keyword'],
      [/yield\b/, 'Keyword'],
      [/\n/, 'Text', '#pop'],
      [/;/, 'Punctuation', '#pop'],
      { mixin: 'root' },
    ],
    generic_string: [
      [/[^'"\\{]+/, 'Str'],
      [/{{/, 'Str'],
      [/'''|"""|['"]/, (lx, m) => {
        lx.token('Str', m[0]);
        if (last(lx)?.[1] === m[0]) { lx.s.strings.pop(); lx.pop(); }
      }],
      [/(?=\\)/, 'Str', 'generic_escape'],
      [/{/, (lx, m) => {
        if (last(lx)?.[0].includes('f')) { lx.token('Str.Interpol', m[0]); lx.push('generic_interpol'); }
        else lx.token('Str', m[0]);
      }],
    ],
    generic_escape: [
      [rx(String.raw`\\
          ( [\\abfnrtv"']
          | \n
          | newline
          | N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}
          | u[a-fA-F0-9]{4}
          | U[a-fA-F0-9]{8}
          | x[a-fA-F0-9]{2}
          | [0-7]{1,3}
          )`, 'x'), (lx, m) => { lx.token(last(lx)?.[0].includes('r') ? 'Str' : 'Str.Escape', m[0]); lx.pop(); }],
      [/\\./, 'Str', '#pop'],
    ],
    generic_interpol: [
      [/[^{}!:]+/, (lx, m) => lx.recurse(m[0])],
      [/![asr]/, 'Str.Interpol'],
      [/:/, 'Str.Interpol'],
      [/{/, 'Str.Interpol', 'generic_interpol'],
      [/}/, 'Str.Interpol', '#pop'],
    ],
  },
});

export const python = pythonLexer('python', ['py'], PYTHON_KEYWORDS);
