// Follows Rouge 3.30 lib/rouge/lexers/vhdl.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`access after alias all architecture array assert assume assume_guarantee attribute begin block
  body buffer bus case component configuration constant context cover default disconnect downto else elsif end entity
  exit fairness file for force function generate generic group guarded if impure in inertial inout is label library
  linkage literal loop map new next null of on open others out package parameter port postponed procedure process
  property protected pure range record register reject release report return select sequence severity shared signal
  strong subtype then to transport type unaffected units until use variable vmode vprop vunit wait when while with`);
const TYPES = wordSet(`bit bit_vector boolean boolean_vector character integer integer_vector natural positive real
  real_vector severity_level signed std_logic std_logic_vector std_ulogic std_ulogic_vector string unsigned time
  time_vector`);
const OPERATOR_WORDS = wordSet('abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor');
const ID = /[a-zA-Z][a-zA-Z0-9_]*/;

export const vhdl: LexerDef = {
  name: 'vhdl',
  states: {
    whitespace: [[/\s+/, 'Text'], [/\n/, 'Text'], [/--.*$/, 'Comment.Single']],
    statements: [
      [/-?\d+/i, 'Num.Integer'],
      [/-?\d+[.]\d+/i, 'Num.Float'],
      [/[box]?"[^"]*"/i, 'Str.Single'],
      [/'[^']?'/i, 'Str.Char'],
      [/'[a-zA-Z][a-zA-Z0-9_]*/i, 'Name.Attribute'],
      [/[(),:;]/, 'Punctuation'],
      [/(?:true|false|null)\b/i, 'Name.Builtin'],
      [ID, (lx, m) => {
        const w = m[0].toLowerCase();
        lx.token(KEYWORDS.has(w) ? 'Keyword' : TYPES.has(w) ? 'Keyword.Type' : OPERATOR_WORDS.has(w) ? 'Operator.Word' : 'Name', m[0]);
      }],
      [/=>|[*][*]|:=|\/=|>=|<=|<>|\?\?|\?=|\?\/=|\?>|\?<|\?>=|\?<=|<<|>>|[#&'*+-.\/:<=>?@^]/, 'Operator'],
    ],
    root: [{ mixin: 'whitespace' }, { mixin: 'statements' }],
  },
};
