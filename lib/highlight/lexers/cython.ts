// Follows Rouge 3.30 lib/rouge/lexers/cython.rb: Python with C declarations (cdef, cpdef,
// ctypedef blocks, cimport) prepended; the block's indentation is tracked as Rouge does.
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';
import { PYTHON_KEYWORDS, pythonLexer, pythonWord, type PythonState } from './python.js';

interface S extends PythonState { indentation: string | null }
type L = Lexing<S>;

const KEYWORDS = new Set([...PYTHON_KEYWORDS, ...wordSet('by except? fused gil nogil')]);
const C_KEYWORDS = wordSet('public readonly extern api inline enum union');
// Interpolated /.../i Regexps.
const ID = '(?:[a-zA-Z_]\\w*)';
const DOTTED = '(?:[a-zA-Z_.][\\w.]*)';
const SPACE = /(?:\\\s|\s)+/;

const py = pythonLexer('cython', ['pyx', 'pyrex'], KEYWORDS) as unknown as LexerDef<S>;
const P = py.states;

function cType(lx: L, m: RegExpExecArray): void {
  const w = m[0];
  if (KEYWORDS.has(w)) { lx.token('Keyword', w); lx.pop(); }
  else if (w === 'def') { lx.token('Keyword', w); lx.goto('funcname'); }
  else if (w === 'struct' || w === 'class') { lx.token('Keyword.Reserved', w); lx.goto('classname'); }
  else if (C_KEYWORDS.has(w)) lx.token('Keyword.Reserved', w);
  else { lx.token('Keyword.Type', w); lx.pop(); }
}

const ROOT: RuleSpec<S>[] = [
  [/cp?def|ctypedef/, (lx, m) => { lx.token('Keyword', m[0]); lx.push('c_definitions'); lx.push('c_start'); }],
  [rx(`(from)(${SPACE.source})(${DOTTED})(${SPACE.source})(cimport)`), (lx, m) =>
    lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace', 'Text', 'Keyword.Namespace')],
  [rx(`(cimport)(\\s+)(${DOTTED})`), (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace')],
  [rx(`(struct)(${SPACE.source})`), (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('classname'); }],
  { mixin: 'func_call_fix' },
  [/[(,]/, 'Punctuation', 'c_start'],
];

export const cython: LexerDef<S> = {
  ...py,
  init: () => ({ strings: [], indentation: null }),
  states: {
    ...P,
    root: [...ROOT, ...P['root']!],
    classname: [[SPACE, 'Text'], ...P['classname']!],
    funcname: [[SPACE, 'Text'], ...P['funcname']!],
    func_call_fix: [[rx(`${ID}(?=\\()`), pythonWord(KEYWORDS, 'Name.Function')]],
    c_start: [
      [/[^\S\n]+/, 'Text'],
      [/cp?def|ctypedef/, 'Keyword'],
      [/(?:un)?signed/, 'Keyword.Type'],
      [rx(`${ID}(?=(?:\\*+)|(?:[ \\t]*\\[)|(?:[ \\t]+\\w))`), cType],
      [/(?:)/, (lx) => lx.pop()],
    ],
    c_definitions: [[/\n/, 'Text', 'c_indent'], { mixin: 'root' }],
    c_indent: [
      [/[ \t]+/, (lx, m) => {
        lx.token('Text', m[0]);
        lx.goto('c_start');
        if (lx.s.indentation === null) lx.s.indentation = m[0];
        else if (lx.s.indentation.length > m[0].length) { lx.s.indentation = null; lx.pop(2); }
      }],
      [/(?:)/, (lx) => { lx.s.indentation = null; lx.resetStack(); }],
    ],
  },
};
