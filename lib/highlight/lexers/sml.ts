// Follows Rouge 3.30 lib/rouge/lexers/sml.rb (Standard ML).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

type L = Lexing<unknown>;

const KEYWORD_LIST = `abstype and andalso as case datatype do else end exception fn fun handle if in infix infixr let local
  nonfix of op open orelse raise rec then type val with withtype while eqtype functor include sharing sig signature struct
  structure where`;
const KEYWORDS = wordSet(KEYWORD_LIST);
const SYMBOLIC_RESERVED = wordSet(': | = => -> # :>');
// Interpolated Regexps are groups.
const ID = "(?:[\\w']+)";
const SYMBOL = '(?:[!%&$#/:<=>?@\\\\~`^|*+-]+)';

const forIdWithDot = (id: string): string => (KEYWORDS.has(id) ? 'Error' : 'Name.Namespace');
const forId = (id: string): string => (KEYWORDS.has(id) ? 'Keyword.Reserved' : SYMBOLIC_RESERVED.has(id) ? 'Punctuation' : 'Name');
const kw = (words: string): RegExp => new RegExp(`\\b(${words})\\b(?!')`);
/** `rule re do token ...; goto state end` */
const gotoAfter = (tok: string, state: string) => (lx: L, m: RegExpExecArray): void => { lx.token(tok, m[0]); lx.goto(state); };
const idTok = (pop: boolean) => (lx: L, m: RegExpExecArray): void => { lx.token(forId(m[0]), m[0]); if (pop) lx.pop(); };
const groups3 = (a: string, b: string, c: string) => (lx: L, m: RegExpExecArray): void => lx.groups(m, a, b, c);
const NOT_SYMBOL_EQ = `=(?!${SYMBOL})`;

const CORE: RuleSpec<unknown>[] = [
  [/[()\[\]{},;_]|[.][.][.]/, 'Punctuation'],
  [/#"/, 'Str.Char', 'char'],
  [/"/, 'Str.Double', 'string'],
  [/~?0x[0-9a-fA-F]+/, 'Num.Hex'],
  [/0wx[0-9a-fA-F]+/, 'Num.Hex'],
  [/0w\d+/, 'Num.Integer'],
  [/~?\d+([.]\d+)?[eE]~?\d+/, 'Num.Float'],
  [/~?\d+[.]\d+/, 'Num.Float'],
  [/~?\d+/, 'Num.Integer'],
  [/#\s*[1-9][0-9]*/, 'Name.Label'],
  [rx(`#\\s*${ID}`), 'Name.Label'],
  [rx(`#\\s+${SYMBOL}`), 'Name.Label'],
  [kw('datatype|abstype'), 'Keyword.Reserved', 'dname'],
  [/(?=\bexception\b(?!'))/, (lx) => lx.push('ename')],
  [kw('functor|include|open|signature|structure'), 'Keyword.Reserved', 'sname'],
  [kw('type|eqtype'), 'Keyword.Reserved', 'tname'],
  [rx(`'${ID}`), 'Name.Decorator'],
  [rx(`(${ID})([.])`), (lx, m) => { lx.groups(m, forIdWithDot(m[1]!), 'Punctuation'); lx.push('dotted'); }],
  [rx(ID), idTok(false)],
  [rx(SYMBOL), idTok(false)],
];

export const sml: LexerDef = {
  name: 'sml',
  aliases: ['ml'],
  states: {
    whitespace: [[/\s+/s, 'Text'], [/[(][*]/, 'Comment', 'comment']],
    delimiters: [
      [/[(\[{]/, 'Punctuation', 'main'],
      [/[)\]}]/, 'Punctuation', '#pop'],
      [kw('let|if|local'), (lx, m) => { lx.token('Keyword.Reserved', m[0]); lx.push(); lx.push(); }],
      [kw('struct|sig|while'), (lx, m) => { lx.token('Keyword.Reserved', m[0]); lx.push(); }],
      [kw('do|else|end|in|then'), 'Keyword.Reserved', '#pop'],
    ],
    core: CORE,
    dotted: [
      [rx(`(${ID})([.])`), (lx, m) => lx.groups(m, forIdWithDot(m[1]!), 'Punctuation')],
      [rx(ID), idTok(true)],
      [rx(SYMBOL), idTok(true)],
    ],
    root: [[/#!.*?\n/, 'Comment.Preproc'], [/(?:)/, (lx) => lx.push('main')]],
    main: [
      { mixin: 'whitespace' },
      [kw('val|and'), 'Keyword.Reserved', 'vname'],
      [kw('fun'), (lx, m) => { lx.token('Keyword.Reserved', m[0]); lx.goto('main_fun'); lx.push('fname'); }],
      { mixin: 'delimiters' },
      { mixin: 'core' },
    ],
    main_fun: [
      { mixin: 'whitespace' },
      [kw('fun|and'), 'Keyword.Reserved', 'fname'],
      [/\bval\b(?!')/, (lx, m) => { lx.token('Keyword.Reserved', m[0]); lx.goto('main'); lx.push('vname'); }],
      [/[|]/, 'Punctuation', 'fname'],
      [kw('case|handle'), gotoAfter('Keyword.Reserved', 'main')],
      { mixin: 'delimiters' },
      { mixin: 'core' },
    ],
    has_escapes: [
      [/\\[\\"abtnvfr]/, 'Str.Escape'],
      [/\\\^[\x40-\x5e]/, 'Str.Escape'],
      [/\\[0-9]{3}/, 'Str.Escape'],
      [rx(String.raw`\\u\h{4}`), 'Str.Escape'],
      [/\\\s+\\/, 'Str.Interpol'],
    ],
    string: [[/[^"\\]+/, 'Str.Double'], [/"/, 'Str.Double', '#pop'], { mixin: 'has_escapes' }],
    char: [[/[^"\\]+/, 'Str.Char'], [/"/, 'Str.Char', '#pop'], { mixin: 'has_escapes' }],
    breakout: [[rx(`(?=\\b(${KEYWORD_LIST.trim().split(/\s+/).join('|')})\\b(?!'))`), (lx) => lx.pop()]],
    sname: [{ mixin: 'whitespace' }, { mixin: 'breakout' }, [rx(ID), 'Name.Namespace'], [/(?:)/, (lx) => lx.pop()]],
    has_annotations: [[/'[\w']*/, 'Name.Decorator'], [/[(]/, 'Punctuation', 'tyvarseq']],
    fname: [
      { mixin: 'whitespace' },
      { mixin: 'has_annotations' },
      [rx(ID), 'Name.Function', '#pop'],
      [rx(SYMBOL), 'Name.Function', '#pop'],
    ],
    vname: [
      { mixin: 'whitespace' },
      { mixin: 'has_annotations' },
      [rx(`(${ID})(\\s*)(${NOT_SYMBOL_EQ})`, 'm'), (lx, m) => { lx.groups(m, 'Name.Variable', 'Text', 'Punctuation'); lx.pop(); }],
      [rx(`(${SYMBOL})(\\s*)(${NOT_SYMBOL_EQ})`, 'm'), groups3('Name.Variable', 'Text', 'Punctuation')],
      [rx(ID), 'Name.Variable', '#pop'],
      [rx(SYMBOL), 'Name.Variable', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    tname: [
      { mixin: 'whitespace' },
      { mixin: 'breakout' },
      { mixin: 'has_annotations' },
      [/'[\w']*/, 'Name.Decorator'],
      [/[(]/, 'Punctuation', 'tyvarseq'],
      [rx(NOT_SYMBOL_EQ), gotoAfter('Punctuation', 'typbind')],
      [rx(ID), 'Keyword.Type'],
      [rx(SYMBOL), 'Keyword.Type'],
    ],
    typbind: [
      { mixin: 'whitespace' },
      [kw('and'), gotoAfter('Keyword.Reserved', 'tname')],
      { mixin: 'breakout' },
      { mixin: 'core' },
    ],
    dname: [
      { mixin: 'whitespace' },
      { mixin: 'breakout' },
      { mixin: 'has_annotations' },
      [/(=)(\s*)(datatype)\b/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text', 'Keyword.Reserved'); lx.pop(); }],
      [rx(NOT_SYMBOL_EQ), (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('datbind'); lx.push('datcon'); }],
      [rx(ID), 'Keyword.Type'],
      [rx(SYMBOL), 'Keyword.Type'],
    ],
    datbind: [
      { mixin: 'whitespace' },
      [kw('and'), gotoAfter('Keyword.Reserved', 'dname')],
      [kw('withtype'), gotoAfter('Keyword.Reserved', 'tname')],
      [/\bof\b(?!')/, 'Keyword.Reserved'],
      [rx(`([|])(\\s*)(${ID})`), groups3('Punctuation', 'Text', 'Name.Class')],
      [rx(`([|])(\\s+)(${SYMBOL})`), groups3('Punctuation', 'Text', 'Name.Class')],
      { mixin: 'breakout' },
      { mixin: 'core' },
    ],
    ename: [
      { mixin: 'whitespace' },
      [rx(`(exception|and)(\\s+)(${ID})`), groups3('Keyword.Reserved', 'Text', 'Name.Class')],
      [rx(`(exception|and)(\\s*)(${SYMBOL})`), groups3('Keyword.Reserved', 'Text', 'Name.Class')],
      [/\b(of)\b(?!')/, 'Keyword.Reserved'],
      { mixin: 'breakout' },
      { mixin: 'core' },
    ],
    datcon: [{ mixin: 'whitespace' }, [rx(ID), 'Name.Class', '#pop'], [rx(SYMBOL), 'Name.Class', '#pop']],
    tyvarseq: [
      { mixin: 'whitespace' },
      [/'[\w']*/, 'Name.Decorator'],
      [rx(ID), 'Name'],
      [/,/, 'Punctuation'],
      [/[)]/, 'Punctuation', '#pop'],
      [rx(SYMBOL), 'Name'],
    ],
    comment: [
      [/[^(*)]+/, 'Comment.Multiline'],
      [/[(][*]/, (lx, m) => { lx.token('Comment.Multiline', m[0]); lx.push(); }],
      [/[*][)]/, 'Comment.Multiline', '#pop'],
      [/[(*)]/, 'Comment.Multiline'],
    ],
  },
};
