// Follows Rouge 3.30 lib/rouge/lexers/ocaml.rb and ocaml/common.rb.
import { rx, type Callback, type LexerDef, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

/** OCamlCommon.keywords (ocaml/common.rb); OCaml and ReasonML each add a few. */
export const OCAML_COMMON_KEYWORDS = `as assert begin class constraint do done downto else end exception external false for fun
  function functor if in include inherit initializer lazy let module mutable new nonrec object of open rec sig struct
  then to true try type val virtual when while with`;
const KEYWORDS = wordSet(`${OCAML_COMMON_KEYWORDS} match raise`);
const WORD_OPERATORS = wordSet('and asr land lor lsl lxor mod or');
const PRIMITIVES = wordSet('unit int float bool string char list array');
export const ID = String.raw`(?:[a-zA-Z_][\w']*)`;
export const UPPER_ID = String.raw`[A-Z][\w']*`;
export const OPERATOR = /[;,_!$%&*+.\/:<=>?@^|~#-]+/;

/** The @@id rule's callback: a keyword, word operator, primitive type or name. */
export const idToken = (keywords: ReadonlySet<string>, wordOps = WORD_OPERATORS, types = PRIMITIVES): Callback<unknown> =>
  (lx, m) => {
    const w = m[0];
    lx.token(keywords.has(w) ? 'Keyword' : wordOps.has(w) ? 'Operator.Word' : types.has(w) ? 'Keyword.Type' : 'Name', w);
  };

/** The number and character rules that OCaml, ReasonML and ReScript share. */
export const OCAML_NUMBERS: readonly RuleSpec<unknown>[] = [
  [/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'Num.Float'],
  [rx(String.raw`0x\h[\h_]*`, 'i'), 'Num.Hex'],
  [/0o[0-7][0-7_]*/i, 'Num.Oct'],
  [/0b[01][01_]*/i, 'Num.Bin'],
  [/\d[\d_]*/, 'Num.Integer'],
  [rx(String.raw`'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'`), 'Str.Char'],
];

/** The states of OCamlCommon (ocaml/common.rb). */
export const OCAML_COMMON_STATES: Readonly<Record<string, readonly RuleSpec<unknown>[]>> = {
  string: [[/[^\\"]+/, 'Str.Double'], { mixin: 'escape_sequence' }, [/\\\n/, 'Str.Double'], [/"/, 'Str.Double', '#pop']],
  escape_sequence: [[/\\[\\"'ntbr]/, 'Str.Escape'], [/\\\d{3}/, 'Str.Escape'], [rx(String.raw`\\x\h{2}`), 'Str.Escape']],
  dotted: [
    [/\s+/, 'Text'],
    [/[.]/, 'Punctuation'],
    [rx(`${UPPER_ID}(?=\\s*[.])`), 'Name.Namespace'],
    [rx(UPPER_ID), 'Name.Class', '#pop'],
    [rx(ID), 'Name', '#pop'],
    [/[({\[]/, 'Punctuation', '#pop'],
  ],
};

export const ocaml: LexerDef = {
  name: 'ocaml',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/false|true|[(][)]|\[\]/, 'Name.Builtin.Pseudo'],
      [rx(`${UPPER_ID}(?=\\s*[.])`), 'Name.Namespace', 'dotted'],
      [rx('`' + ID), 'Name.Tag'],
      [rx(UPPER_ID), 'Name.Class'],
      [/[(][*](?![)])/, 'Comment', 'comment'],
      [rx(ID), idToken(KEYWORDS)],
      [/[(){}\[\];]+/, 'Punctuation'],
      [OPERATOR, 'Operator'],
      ...OCAML_NUMBERS,
      [/'[.]'/, 'Str.Char'],
      [/'/, 'Keyword'],
      [/"/, 'Str.Double', 'string'],
      [rx(`[~?]${ID}`), 'Name.Variable'],
    ],
    comment: [
      [/[^(*)]+/, 'Comment'],
      [/[(][*]/, (lx, m) => { lx.token('Comment', m[0]); lx.push(); }],
      [/[*][)]/, 'Comment', '#pop'],
      [/[(*)]/, 'Comment'],
    ],
    ...OCAML_COMMON_STATES,
  },
};
