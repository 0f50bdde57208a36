// Follows Rouge 3.30 lib/rouge/lexers/dafny.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abstract allocated assert assume break by calc case class codatatype const constructor datatype
  decreases downto else ensures exists expect export extends false for forall fresh function ghost greatest if import
  include invariant iterator label least lemma match method modifies modify module nameonly new newtype null old opened
  predicate print provides reads refines requires return returns reveal reveals static then this to trait true
  twostate type unchanged var while witness yield yields`);
const LITERALS = wordSet('true false null');
const TEXT_OPERATORS = wordSet('as is in');
const TYPES = wordSet('bool char int real string nat array array? object object? ORDINAL seq set iset map imap multiset');
const IDCHAR = "[0-9a-zA-Z_'?]";
const ID = `[0-9a-zA-Z?]${IDCHAR}*`;
const NOT_ID = `(?!${IDCHAR})`;
const DIGITS = '\\d+(?:_\\d+)*';
const HEX_DIGITS = '(?:[0-9a-fA-F])+(?:_(?:[0-9a-fA-F])+)*';
const CCHAR = `(?:[^\\\\'\\n\\r]|\\\\["'ntr\\\\0])`;
const SCHAR = `(?:[^\\\\"\\n\\r]|\\\\["'ntr\\\\0])`;
const UCHAR = '(?:\\\\u(?:[0-9a-fA-F]){4})';

export const dafny: LexerDef = {
  name: 'dafny',
  states: {
    root: [
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\*\//, 'Error'], // an improperly nested comment
      [rx(`'${CCHAR}'`), 'Str.Char'],
      [rx(`'${UCHAR}'`), 'Str.Char'],
      [/'[^'\n\r]*'/, 'Error'],
      [/'[^'\n\r]*$/, 'Error'],
      [rx(`"(?:${SCHAR}|${UCHAR})*"`), 'Str.Double'],
      [/".*"/, 'Error'],
      [/".*$/, 'Error'],
      [/@"([^"]|"")*"/, 'Str.Other'],
      [/@".*/s, 'Error'],
      [rx(`${DIGITS}\\.${DIGITS}${NOT_ID}`), 'Num.Float'],
      [rx(`0b[01]+(?:_[01]+)*${NOT_ID}`), 'Num.Bin'],
      [rx(`0b${IDCHAR}*`), 'Error'],
      [rx(`0x${HEX_DIGITS}${NOT_ID}`), 'Num.Hex'],
      [rx(`0x${IDCHAR}*`), 'Error'],
      [rx(`${DIGITS}${NOT_ID}`), 'Num.Integer'],
      [rx(`_${NOT_ID}`), 'Name'],
      [rx(`_[0-9_]+[_]?${NOT_ID}`), 'Error'],
      [rx(`[0-9_]+_${NOT_ID}`), 'Error'],
      [rx(`[0-9]${IDCHAR}+`), 'Error'],
      [rx(`array(?:1[0-9]+|[2-9][0-9]*)\\??${NOT_ID}`), 'Keyword.Type'],
      [rx(`bv(?:0|[1-9][0-9]*)${NOT_ID}`), 'Keyword.Type'],
      [rx(ID), (lx, m) => lx.token(TYPES.has(m[0]) ? 'Keyword.Type' : LITERALS.has(m[0]) ? 'Keyword.Constant'
        : TEXT_OPERATORS.has(m[0]) ? 'Operator.Word' : KEYWORDS.has(m[0]) ? 'Keyword.Reserved' : 'Name', m[0])],
      [/\.\./, 'Operator'],
      [/[*!%&<>\|^+=:.\/-]/, 'Operator'],
      [/[\[\](){},;`]/, 'Punctuation'],
      [/[^\S\n]+/, 'Text'],
      [/\n/, 'Text'],
      [/./, 'Error'],
    ],
    comment: [
      [/\*\//, 'Comment.Multiline', '#pop'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [/[^*\/]+/, 'Comment.Multiline'],
      [/./, 'Comment.Multiline'],
    ],
  },
};
