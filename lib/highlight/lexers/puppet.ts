// Follows Rouge 3.30 lib/rouge/lexers/puppet.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('and case class default define else elsif if in import inherits node unless');
const CONSTANTS = wordSet('false true undef');
const METAPARAMETERS = wordSet('before require notify subscribe');
const ID = String.raw`[a-z]\w*`;
const QUALNAME = String.raw`(?:(::)?(${ID}::)*\w+)`;

export const puppet: LexerDef = {
  name: 'puppet',
  aliases: ['pp'],
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/#.*?\n/, 'Comment'],
    ],
    root: [
      { mixin: 'whitespace' },
      [rx(`[$]${QUALNAME}`), 'Name.Variable'],
      [rx(String.raw`(${ID})(?=\s*[=+]>)`), (lx, m) => lx.token(METAPARAMETERS.has(m[0]) ? 'Keyword.Pseudo' : 'Name.Property', m[0])],
      [rx(String.raw`(${QUALNAME})(?=\s*[(])`), 'Name.Function'],
      [/[A-Z]\w*/, 'Name.Class'],
      [/[+=|~-]>|<[|~-]/, 'Punctuation'],
      [/[|:}();\[\]]/, 'Punctuation'],
      [/\{/, 'Punctuation', 'regex_allowed'],
      [/,/, 'Punctuation', 'regex_allowed'],
      [/(in|and|or)\b/, 'Operator.Word'],
      [/[=!<>]=/, 'Operator'],
      [/[=!]~/, 'Operator', 'regex_allowed'],
      [/[.=<>!+*\/-]/, 'Operator'],
      [rx(String.raw`(class|include)(\s*)(${QUALNAME})`), (lx, m) => {
        lx.token('Keyword', m[1]);
        lx.token('Text', m[2]);
        lx.token('Name.Class', m[3]);
      }],
      [/node\b/, 'Keyword', 'regex_allowed'],
      [/'(\\[\\']|[^'])*'/, 'Str.Single'],
      [/"/, 'Str.Double', 'dquotes'],
      [/\d+([.]\d+)?(e[+-]\d+)?/, 'Num'],
      [rx(QUALNAME), (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : CONSTANTS.has(m[0]) ? 'Keyword.Constant' : 'Name', m[0])],
    ],
    regex_allowed: [
      { mixin: 'whitespace' },
      [/\//, 'Str.Regex', 'regex'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    regex: [
      [/\//, 'Str.Regex', '#pop'],
      [/\\./, 'Str.Escape'],
      [/[(){}]/, 'Str.Interpol'],
      [/\[/, 'Str.Interpol', 'regex_class'],
      [/./, 'Str.Regex'],
    ],
    regex_class: [
      [/\]/, 'Str.Interpol', '#pop'],
      [/(?<!\[)-(?=\])/, 'Str.Regex'],
      [/-/, 'Str.Interpol'],
      [/\\./, 'Str.Escape'],
      [/[^\\\]-]+/, 'Str.Regex'],
    ],
    dquotes: [
      [/"/, 'Str.Double', '#pop'],
      [/[^$\\"]+/, 'Str.Double'],
      [/\\./s, 'Str.Escape'],
      [rx(`[$]${QUALNAME}`), 'Name.Variable'],
      [rx(`[$][{]${QUALNAME}[}]`), 'Name.Variable'],
    ],
  },
};
