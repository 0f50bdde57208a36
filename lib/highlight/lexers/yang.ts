// Follows Rouge 3.30 lib/rouge/lexers/yang.rb (YANG 1.1, RFC 7950).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

// The statement keyword sets of yang.rb, in the order it tries them; all are Keyword.Declaration.
const DECLARATIONS = wordSet(`module submodule belongs-to namespace prefix yang-version contact description organization
  reference revision import include revision-date action argument augment deviation extension feature grouping identity
  if-feature input notification output rpc typedef anydata anyxml case choice config container deviate leaf leaf-list
  list must presence refine uses when base bit default enum error-app-tag error-message fraction-digits length
  max-elements min-elements modifier ordered-by path pattern position range require-instance status type units value
  yin-element key mandatory unique`);
const TYPES = wordSet(`binary bits boolean decimal64 empty enumeration identityref instance-identifier int16 int32 int64
  int8 leafref string uint16 uint32 uint64 uint8 union`);
const CONSTANTS = wordSet(`add current delete deprecated false invert-match max min not-supported obsolete replace true
  unbounded user`);

export const yang: LexerDef = {
  name: 'yang',
  states: {
    comment: [[/[^*\/]/, 'Comment'], [/\/\*/, 'Comment', 'comment'], [/\*\//, 'Comment', '#pop'], [/[*\/]/, 'Comment']],
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/[\{\}\;]+/, 'Punctuation'],
      [/(?<![\-\w])(and|or|not|\+|\.)(?![\-\w])/, 'Operator'],
      [/"(?:\\"|[^"])*?"/, 'Str.Double'],
      [/'(?:\\'|[^'])*?'/, 'Str.Single'],
      [/\/\*/, 'Comment', 'comment'],
      [/\/\/.*?$/, 'Comment'],
      [/(?:^|(?<=[\s{};]))([\w.-]+)(:)([\w.-]+)(?=[\s{};])/, (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation', 'Name')],
      [/([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[\s\{\}\;])/, 'Name.Label'],
      [/([0-9]+\.[0-9]+)(?=[\s\{\}\;])/, 'Num.Float'],
      [/([0-9]+)(?=[\s\{\}\;])/, 'Num.Integer'],
      [/[\w_-]+(?=[^\w\-\:])\b/, (lx, m) => {
        const name = m[0].toLowerCase();
        lx.token(DECLARATIONS.has(name) ? 'Keyword.Declaration' : TYPES.has(name) ? 'Keyword.Type'
          : CONSTANTS.has(name) ? 'Name.Constant' : 'Name', m[0]);
      }],
      [/[^;{}\s'"]+/, 'Name'],
    ],
  },
};
