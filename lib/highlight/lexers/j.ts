// Follows Rouge 3.30 lib/rouge/lexers/j.rb (parts of speech of the primitives by their inflection;
// explicit definitions and Note blocks tracked with the lexer's variables).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

interface S { noteNext: boolean; defBody: string | null }
type L = Lexing<S>;

// J.token_map ('' for nil: Error)
const TOKENS: Readonly<Record<string, string>> = {
  noun: 'Keyword.Constant', verb: 'Name.Function', modifier: 'Operator', name: 'Name', param: 'Name.Builtin.Pseudo',
  other: 'Punctuation', '': 'Error',
};
const INFLECTIONS = ['', '.', ':', '..', '.:', ':.', '::'];
const N = ''; // nil in a row of J.primitive_table
const TABLE: readonly (readonly [string, readonly string[]])[] = [
  ['()', ['other']], ['=', ['verb', 'other', 'other']], ['<>+-*%$|,#', ['verb', 'verb', 'verb']],
  ['^', ['verb', 'verb', 'modifier']], ['~"', ['modifier', 'verb', 'verb']], ['.:@', ['modifier', 'modifier', 'modifier']],
  [';', ['verb', 'modifier', 'verb']], ['!', ['verb', 'modifier', 'modifier']], ['/\\', ['modifier', 'modifier', 'verb']],
  ['[', ['verb', N, 'verb']], [']', ['verb']], ['{', ['verb', 'verb', 'verb', N, N, N, 'verb']],
  ['}', ['modifier', 'verb', 'verb', N, N, N, 'modifier']], ['`', ['modifier', N, 'modifier']],
  ['&', ['modifier', 'modifier', 'modifier', N, 'modifier']], ['?', ['verb', 'verb']], ['a', ['name', 'noun', 'noun']],
  ['ACeEIjorv', ['name', 'verb']], ['bdfHMT', ['name', 'modifier']], ['Dt', ['name', 'modifier', 'modifier']],
  ['F', ['name', 'modifier', 'modifier', 'modifier', 'modifier', 'modifier', 'modifier']], ['iu', ['name', 'verb', 'verb']],
  ['L', ['name', 'verb', 'modifier']], ['mny', ['param']], ['p', ['name', 'verb', 'verb', 'verb']],
  ['qsZ', ['name', N, 'verb']], ['S', ['name', N, 'modifier']], ['u', ['param', 'verb', 'verb']], ['v', ['param', 'verb']],
  ['x', ['param', N, 'verb']],
];
const PRIMITIVES = new Map<string, readonly string[]>();
for (const [chars, row] of TABLE) for (const c of chars) PRIMITIVES.set(c, row);

/** J.primitive */
function primitive(char: string, inflection: string): string {
  const i = INFLECTIONS.indexOf(inflection);
  if (i < 0) return 'Error';
  return TOKENS[(PRIMITIVES.get(char) ?? ['name'])[i] ?? '']!;
}

const CONTROL_WORDS = wordSet(`assert break case catch catchd catcht continue do else elseif end fcase for if return select
  throw try while whilst`);
const CONTROL_WORDS_ID = wordSet('for goto label');

export const j: LexerDef<S> = {
  name: 'j',
  init: () => ({ noteNext: false, defBody: null }),
  states: {
    expr: [
      [/\s+/, 'Text'],
      [/([!-&(-\/:-@\[-^`{-~]|[A-Za-z]\b)([.:]*)/, (lx, m) => lx.token(primitive(m[1]!, m[2]!), m[0])],
      [/(?:\d|_\d?):([.:]*)/, (lx, m) => lx.token(m[1] ? 'Error' : TOKENS['verb']!, m[0])],
      [/[\d_][\w.]*([.:]*)/, (lx, m) => lx.token(m[1] ? 'Error' : 'Num', m[0])],
      [/'/, 'Str.Single', 'str'],
      [/NB\.(?![.:]).*/, 'Comment.Single'],
      [/([A-Za-z]\w*)([.:]*)/, (lx, m) => {
        if (m[2] !== '.') { lx.token(m[2] ? 'Error' : 'Name', m[0]); return; }
        const name = m[1]!;
        const u = name.indexOf('_'); // String#partition('_')
        const word = u < 0 ? name : name.slice(0, u);
        const sep = u < 0 ? '' : '_';
        const id = u < 0 ? '' : name.slice(u + 1);
        const list = !sep ? CONTROL_WORDS : id ? CONTROL_WORDS_ID : null;
        if (list?.has(word)) {
          lx.token('Keyword', word + sep);
          lx.token(word === 'for' ? 'Name' : 'Name.Label', id);
          lx.token('Keyword', m[2]);
        } else lx.token('Error', m[0]);
      }],
    ],
    str: [[/''/, 'Str.Escape'], [/[^'\n]+/, 'Str.Single'], [/'|$/, 'Str.Single', '#pop']],
    root: [
      [/\n/, (lx, m) => {
        lx.token('Text', m[0]);
        if (lx.s.noteNext) { lx.push('note'); lx.s.noteNext = false; }
      }],
      [rx(String.raw`
        ([0-4]|13|adverb|conjunction|dyad|monad|noun|verb)([\ \t]+)
        (def(?:ine)?\b|:)(?![.:])([\ \t]*)
      `, 'x'), (lx, m) => {
        lx.groups(m, 'Keyword.Pseudo', 'Text', 'Keyword.Pseudo', 'Text');
        lx.s.defBody = m[1] === '0' || m[1] === 'noun' ? 'noun' : 'code';
        if (m[3] === 'define') {
          if (lx.stack.length > 1) lx.pop();
          lx.push(lx.s.defBody);
          lx.push('def_next');
        } else lx.push('expl_def');
      }],
      [/^([ \t]*)(Note\b(?![.:]))([ \t\r]*)(?!=[.:]|$)/, (lx, m) => { lx.groups(m, 'Text', 'Name', 'Text'); lx.s.noteNext = true; }],
      [/[mnuvxy]\b(?![.:])/, 'Name'],
      { mixin: 'expr' },
    ],
    def_next: [[/\n/, 'Text', '#pop'], { mixin: 'root' }],
    expl_def: [
      [/0\b(?![.:])/, (lx: L, m) => {
        lx.token('Keyword.Pseudo', m[0]);
        if (lx.stack.length > 2) lx.pop();
        lx.goto(lx.s.defBody!);
        lx.push('def_next');
      }],
      [/'/, (lx, m) => {
        if (lx.s.defBody === 'noun') { lx.token('Str.Single', m[0]); lx.goto('str'); }
        else { lx.token('Punctuation', m[0]); lx.goto('q_expr'); }
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    q_expr: [
      [/''/, 'Str.Single', 'q_str'],
      [/'|$/, 'Punctuation', '#pop'],
      [/NB\.(?![.:])([^'\n]|'')*/, 'Comment.Single'],
      { mixin: 'expr' },
    ],
    q_str: [
      [/''''/, 'Str.Escape'],
      [/[^'\n]+/, 'Str.Single'],
      [/''/, 'Str.Single', '#pop'],
      [/'|$/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }],
    ],
    note: [{ mixin: 'delimiter' }, [/.+\n?/, 'Comment.Multiline']],
    noun: [{ mixin: 'delimiter' }, [/.+\n?/, 'Str.Heredoc']],
    code: [
      { mixin: 'delimiter' },
      [/^([ \t]*)(:)([ \t\r]*)$/, (lx, m) => lx.groups(m, 'Text', 'Punctuation', 'Text')],
      { mixin: 'expr' },
    ],
    delimiter: [[/^([ \t]*)(\))([ \t\r]*$\n?)/, (lx, m) => { lx.groups(m, 'Text', 'Punctuation', 'Text'); lx.pop(); }]],
  },
};
