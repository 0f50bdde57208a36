// Follows Rouge 3.30 lib/rouge/lexers/objective_c.rb and objective_c/common.rb (the C lexer
// with Objective-C's literals, messages and method definitions).
import { rx, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';
import { C_WORDS, cLexer } from './c.js';

const ID = '[a-zA-Z$_][a-zA-Z0-9$_]*';
const AT_KEYWORDS = wordSet(`selector private protected public encode synchronized try throw catch finally end property
  synthesize dynamic optional interface implementation import autoreleasepool`);
const AT_BUILTINS = wordSet('true false YES NO');
type Rules = readonly RuleSpec<unknown>[];

/** ObjectiveCCommon's rules, for Objective-C and Objective-C++ (objective_c/common.rb). */
export const OBJC_STATEMENTS: Rules = [
  [/@"/, 'Str', 'string'],
  [/@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')/, 'Str.Char'],
  [/@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?/i, 'Num.Float'],
  [/@(\d+[.]\d*|[.]\d+|\d+f)f?/i, 'Num.Float'],
  [rx(String.raw`@0x\h+[lL]?`), 'Num.Hex'],
  [/@0[0-7]+l?/i, 'Num.Oct'],
  [/@\d+l?/, 'Num.Integer'],
  [/\bin\b/, 'Keyword'],
  [/@(?:interface|implementation)\b/, 'Keyword', 'objc_classname'],
  [/@(?:class|protocol)\b/, 'Keyword', 'forward_classname'],
  [rx('@([[:alnum:]]+)'), (lx, m) => lx.token(AT_KEYWORDS.has(m[1]!) ? 'Keyword' : AT_BUILTINS.has(m[1]!) ? 'Name.Builtin' : 'Error', m[0])],
  [/[?]/, 'Punctuation', 'ternary'],
  [/\[/, 'Punctuation', 'message'],
  [/@\[/, 'Punctuation', 'array_literal'],
  [/@\{/, 'Punctuation', 'dictionary_literal'],
];

const fnArgs = rx(`(${ID})(\\s*)(:)`);
export const OBJC_STATES: Record<string, Rules> = {
  ternary: [[/:/, 'Punctuation', '#pop'], { mixin: 'statements' }],
  message_shared: [[/\]/, 'Punctuation', '#pop'], [/\{/, 'Punctuation', '#pop'], [/;/, 'Error'], { mixin: 'statements' }],
  message: [
    [fnArgs, (lx, m) => { lx.groups(m, 'Name.Function', 'Text', 'Punctuation'); lx.goto('message_with_args'); }],
    [rx(`(${ID})(\\s*)(\\])`), (lx, m) => { lx.groups(m, 'Name.Function', 'Text', 'Punctuation'); lx.pop(); }],
    { mixin: 'message_shared' },
  ],
  message_with_args: [
    [/\{/, 'Punctuation', 'function'],
    [fnArgs, (lx, m) => { lx.groups(m, 'Name.Function', 'Text', 'Punctuation'); lx.pop(); }],
    { mixin: 'message_shared' },
  ],
  array_literal: [[/]/, 'Punctuation', '#pop'], [/,/, 'Punctuation'], { mixin: 'statements' }],
  dictionary_literal: [[/}/, 'Punctuation', '#pop'], [/,/, 'Punctuation'], { mixin: 'statements' }],
  objc_classname: [
    { mixin: 'whitespace' },
    [rx(`(${ID})(\\s*)(:)(\\s*)(${ID})`), (lx, m) => { lx.groups(m, 'Name.Class', 'Text', 'Punctuation', 'Text', 'Name.Class'); lx.pop(); }],
    [rx(`(${ID})(\\s*)([(])(\\s*)(${ID})(\\s*)([)])`), (lx, m) => {
      lx.groups(m, 'Name.Class', 'Text', 'Punctuation', 'Text', 'Name.Label', 'Text', 'Punctuation');
      lx.pop();
    }],
    [rx(ID), 'Name.Class', '#pop'],
  ],
  forward_classname: [
    { mixin: 'whitespace' },
    [rx(`(${ID})(\\s*)(,)(\\s*)`), (lx, m) => { lx.groups(m, 'Name.Class', 'Text', 'Punctuation', 'Text'); lx.push(); }],
    [rx(`(${ID})(\\s*)(;?)`), (lx, m) => { lx.groups(m, 'Name.Class', 'Text', 'Punctuation'); lx.pop(); }],
  ],
  method_definition: [
    [/,/, 'Punctuation'],
    [/[.][.][.]/, 'Punctuation'],
    [rx(`([(].*?[)])(${ID})`), (lx, m) => { lx.recurse(m[1]!); lx.token('Name.Variable', m[2]); }],
    [fnArgs, (lx, m) => lx.groups(m, 'Name.Function', 'Text', 'Punctuation')],
    [/;/, 'Punctuation', '#pop'],
    [/{/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('function'); }],
    { mixin: 'inline_whitespace' },
    [/\/\/.*?\n/, 'Comment.Single'],
    [/\s+/, 'Text'],
    [/(?:)/, (lx) => lx.pop()],
  ],
};

/** ObjectiveCCommon's `prepend :root`: a method definition. */
export const OBJC_ROOT: Rules = [
  [rx(String.raw`([-+])(\s*)([(].*?[)])?(\s*)(?=${ID}:?)`, 'i'), (lx, m) => {
    lx.token('Keyword', m[1]);
    lx.token('Text', m[2]);
    if (m[3]) lx.recurse(m[3]);
    lx.token('Text', m[4]);
    lx.push('method_definition');
  }],
];

export const objectiveC = cLexer('objective_c', ['objc', 'obj-c', 'obj_c', 'objectivec'], { ...C_WORDS, builtins: wordSet('YES NO nil') }, {
  root: OBJC_ROOT,
  statements: OBJC_STATEMENTS,
  states: OBJC_STATES,
});
