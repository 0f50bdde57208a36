// Follows Rouge 3.30 lib/rouge/lexers/reasonml.rb and rescript.rb (both OCamlCommon lexers with
// C-style comments).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';
import { ID, OCAML_COMMON_KEYWORDS, OCAML_COMMON_STATES, OCAML_NUMBERS, OPERATOR, UPPER_ID, idToken } from './ocaml.js';

/** The state of nesting C-style block comments, in both. */
const COMMENT: readonly RuleSpec<unknown>[] = [
  [/[^\/*]+/, 'Comment.Multiline'],
  [/\/\*/, 'Comment.Multiline', 'comment'],
  [/\*\//, 'Comment.Multiline', '#pop'],
  [/[*\/]/, 'Comment.Multiline'],
];

export const reasonml: LexerDef = {
  name: 'reasonml',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/false|true|[(][)]|\[\]/, 'Name.Builtin.Pseudo'],
      [rx(`${UPPER_ID}(?=\\s*[.])`), 'Name.Namespace', 'dotted'],
      [rx('`' + ID), 'Name.Tag'],
      [rx(UPPER_ID), 'Name.Class'],
      [/\/\/.*/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [rx(ID), idToken(wordSet(`${OCAML_COMMON_KEYWORDS} switch`))],
      [/[(){}\[\];]+/, 'Punctuation'],
      [OPERATOR, 'Operator'],
      ...OCAML_NUMBERS,
      [/'[^'\/]'/, 'Str.Char'],
      [/'/, 'Keyword'],
      [/"/, 'Str.Double', 'string'],
      [rx(`[~?]${ID}`), 'Name.Variable'],
    ],
    comment: COMMENT,
    ...OCAML_COMMON_STATES,
  },
};

const RESCRIPT_KEYWORDS = wordSet(`open let rec and as exception assert lazy if else for in to downto while switch when
  external type private mutable constraint include module of with try import export`);
const RESCRIPT_TYPES = wordSet('bool int float char string unit list array option ref exn format');
const RESCRIPT_WORD_OPERATORS = wordSet('mod land lor lxor lsl lsr asr or');

export const rescript: LexerDef = {
  name: 'rescript',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/[,.:?~\\]/, 'Text'],
      [/\btrue|false\b/, 'Keyword.Constant'],
      [rx(`${UPPER_ID}(?=\\s*[.])`), 'Name.Namespace', 'dotted'],
      [rx(`@${ID}(\\.${ID})*`), 'Name.Decorator'],
      [rx(`\\#${ID}`), 'Name.Class'],
      [rx(UPPER_ID), 'Name.Class'],
      [/\/\/.*/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [rx(ID), idToken(RESCRIPT_KEYWORDS, RESCRIPT_WORD_OPERATORS, RESCRIPT_TYPES)],
      [/[(){}\[\];]+/, 'Punctuation'],
      [/[;_!$%&*+\/<=>@^|-]+/, 'Operator'],
      ...OCAML_NUMBERS,
      [/'[^'\/]'/, 'Str.Char'],
      [/'/, 'Keyword'],
      [/"/, 'Str.Double', 'string'],
      [/`/, 'Str.Double', 'interpolated_string'],
    ],
    comment: COMMENT,
    interpolated_string: [
      [/[$]\{/, 'Punctuation', 'interpolated_expression'],
      [/`/, 'Str.Double', '#pop'],
      [/\\[$`]/, 'Str.Escape'],
      [/[^$`\\]+/, 'Str.Double'],
      [/[\\$]/, 'Str.Double'],
    ],
    interpolated_expression: [[/\}/, 'Punctuation', '#pop'], { mixin: 'root' }],
    ...OCAML_COMMON_STATES,
  },
};
