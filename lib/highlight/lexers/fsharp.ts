// Follows Rouge 3.30 lib/rouge/lexers/fsharp.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abstract and as assert base begin class default delegate do done downcast downto elif else
  end exception extern false finally for fun function global if in inherit inline interface internal lazy let let!
  match member module mutable namespace new not null of open or override private public rec return return! select
  static struct then to true try type upcast use use! val void when while with yield yield! sig atomic break checked
  component const constraint constructor continue eager event external fixed functor include method mixin object
  parallel process protected pure sealed tailcall trait virtual volatile`);
const KEYOPTS = wordSet(String.raw`!= # & && ( ) * \+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [| ] _ ${'`'}
  { {< | |] } ~ |> <| <>`);
const WORD_OPERATORS = wordSet('and asr land lor lsl lxor mod or');
const PRIMITIVES = wordSet('unit int float bool string char list array');
const ID = "(?:([a-zA-Z][\\w']*)|(``[^`\\n\\r\\t]+``))";
const UPPER_ID = "[A-Z][\\w']*";

export const fsharp: LexerDef = {
  name: 'fsharp',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/false|true|[(][)]|\[\]/, 'Name.Builtin.Pseudo'],
      [rx(`${UPPER_ID}(?=\\s*[.])`), 'Name.Namespace', 'dotted'],
      [rx(UPPER_ID), 'Name.Class'],
      [/[(][*](?![)])/, 'Comment', 'comment'],
      [/\/\/.*?$/, 'Comment.Single'],
      [rx(ID), (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : WORD_OPERATORS.has(w) ? 'Operator.Word' : PRIMITIVES.has(w) ? 'Keyword.Type' : 'Name', w);
      }],
      [/[\[\];,{}_()!$%&*+.\/:<=>?@^|~#-]+/, (lx, m) => lx.token(KEYOPTS.has(m[0]) ? 'Punctuation' : 'Operator', m[0])],
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
      [/\[/, 'Punctuation', '#pop'],
    ],
  },
};
