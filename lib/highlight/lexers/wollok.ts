// Follows Rouge 3.30 lib/rouge/lexers/wollok.rb. Its `entities` (the class and object names
// seen) is one array in the class body, so in Ruby it grows for the whole process (a name
// declared in an earlier code block is a class in later ones); here it lasts one lex.
import { rx, type LexerDef, type Lexing } from '../engine.js';

interface S { entities: Set<string> }
const KEYWORDS = ['new', 'super', 'return', 'if', 'else', 'var', 'const', 'override', 'constructor'];
const ENTITY_NAME = '[a-zA-Z][a-zA-Z0-9]*';
const VARIABLE_NAMING = `_?(?:${ENTITY_NAME})`;
const entity = (pop: boolean) => (lx: Lexing<S>, m: RegExpExecArray): void => {
  lx.token('Name.Class', m[0]);
  lx.s.entities.add(m[0]);
  if (pop) lx.pop();
};

export const wollok: LexerDef<S> = {
  name: 'wollok',
  init: () => ({ entities: new Set() }),
  states: {
    whitespaces_and_comments: [
      [/\s+/, 'Text.Whitespace'],
      [/\/\/.*$/, 'Comment.Single'],
      [/\/\*(.|\s)*?\*\//s, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'whitespaces_and_comments' },
      [/(import)(.+$)/, (lx, m) => lx.groups(m, 'Keyword.Reserved', 'Text')],
      [/(class|object|mixin)/, 'Keyword.Reserved', 'foo'],
      [/test|program/, 'Keyword.Reserved'],
      [rx(`(package)(\\s+)(${ENTITY_NAME})`), (lx, m) => lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Name.Class')],
      [/{|}/, 'Text'],
      { mixin: 'keywords' },
      { mixin: 'symbols' },
      { mixin: 'objects' },
    ],
    foo: [
      { mixin: 'whitespaces_and_comments' },
      [/inherits|mixed|with|and/, 'Keyword.Reserved'],
      [rx(`${ENTITY_NAME}(?=\\s*{)`), entity(true)],
      [rx(ENTITY_NAME), entity(false)],
    ],
    keywords: [
      [/self\b/, 'Name.Builtin.Pseudo'],
      [rx(KEYWORDS.map((k) => `${k}\\b`).join('|')), 'Keyword.Reserved'],
      [rx(`(method)(\\s+)(${VARIABLE_NAMING})`), (lx, m) => lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Text')],
    ],
    objects: [
      [rx(VARIABLE_NAMING), (lx, m) => lx.token(lx.s.entities.has(m[0]) || /^[A-Z]/.test(m[0]) ? 'Name.Class' : 'Keyword.Variable', m[0])],
      [rx(`\\.${ENTITY_NAME}`), 'Text'],
      { mixin: 'literals' },
    ],
    literals: [
      { mixin: 'whitespaces_and_comments' },
      [/[0-9]+\.?[0-9]*/, 'Literal.Number'],
      [/"[^"]*"/, 'Literal.String'],
      [/\[|\#{/, 'Punctuation', 'lists'],
    ],
    lists: [[/,/, 'Punctuation'], [/]|}/, 'Punctuation', '#pop'], { mixin: 'objects' }],
    symbols: [
      [/\+\+|--|\+=|-=|\*\*|!/, 'Operator'],
      [/\+|-|\*|\/|%/, 'Operator'],
      [/<=|=>|===|==|<|>/, 'Operator'],
      [/and\b|or\b|not\b/, 'Operator'],
      [/\(|\)|=/, 'Text'],
      [/,/, 'Punctuation'],
    ],
  },
};
