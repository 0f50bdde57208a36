// Follows Rouge 3.30 lib/rouge/lexers/ocaml.rb and ocaml/common.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`as assert begin class constraint do done downto else end exception external false for fun
  function functor if in include inherit initializer lazy let module mutable new nonrec object of open rec sig struct
  then to true try type val virtual when while with match raise`);
const WORD_OPERATORS = wordSet('and asr land lor lsl lxor mod or');
const PRIMITIVES = wordSet('unit int float bool string char list array');
const ID = String.raw`(?:[a-zA-Z_][\w']*)`;
const UPPER_ID = String.raw`[A-Z][\w']*`;

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
      [rx(ID), (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : WORD_OPERATORS.has(w) ? 'Operator.Word' : PRIMITIVES.has(w) ? 'Keyword.Type' : 'Name', w);
      }],
      [/[(){}\[\];]+/, 'Punctuation'],
      [/[;,_!$%&*+.\/:<=>?@^|~#-]+/, 'Operator'],
      [/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'Num.Float'],
      [rx(String.raw`0x\h[\h_]*`, 'i'), 'Num.Hex'],
      [/0o[0-7][0-7_]*/i, 'Num.Oct'],
      [/0b[01][01_]*/i, 'Num.Bin'],
      [/\d[\d_]*/, 'Num.Integer'],
      [rx(String.raw`'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'`), 'Str.Char'],
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
  },
};
