// Follows Rouge 3.30 lib/rouge/lexers/solidity.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`abstract anonymous as assembly break catch calldata constant constructor continue contract do
  delete else emit enum event external fallback for function hex if indexed interface internal import is library
  mapping memory modifier new override payable public pure pragma private receive return returns storage struct throw
  try type using var view virtual while`);
// (the dotted builtins abi.*, block.*, msg.*, tx.* of Rouge's list cannot match an identifier)
const BUILTINS = wordSet(`now false true balance selector super this blockhash gasleft assert require revert
  selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256 mulmod sha256 sha3 ripemd160`);
const CONSTANTS = wordSet('wei finney szabo ether seconds minutes hours days weeks years');
const TYPES = wordSet('address bool byte bytes int string uint');
const RESERVED = wordSet(`alias after apply auto case copyof default define final fixed immutable implements in inline
  let macro match mutable null of partial promise reference relocatable sealed sizeof static supports switch typedef
  typeof ufixed unchecked`);

export const solidity: LexerDef = {
  name: 'solidity',
  start: (lx) => lx.push('bol'),
  states: {
    expr_bol: [{ mixin: 'inline_whitespace' }, [/(?:)/, (lx) => lx.pop()]],
    bol: [{ mixin: 'expr_bol' }],
    inline_whitespace: [
      [/[ \t\r]+/, 'Text'],
      [/\\\n/, 'Text'],
      [/\/\*/, 'Comment.Multiline', 'comment_multi'],
    ],
    whitespace: [
      [/\n+/, 'Text', 'bol'],
      [/\/\/(\\.|.)*?\n/, 'Comment.Single', 'bol'],
      { mixin: 'inline_whitespace' },
    ],
    expr_whitespace: [[/\n+/, 'Text', 'expr_bol'], { mixin: 'whitespace' }],
    statements: [
      { mixin: 'whitespace' },
      [/(hex)?"/, 'Str', 'string_double'],
      [/(hex)?'/, 'Str', 'string_single'],
      [/'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'Str.Char'],
      [/\d\d*\.\d+([eE]\d+)?/i, 'Num.Float'],
      [/0x[0-9a-f]+/i, 'Num.Hex'],
      [/\d+([eE]\d+)?/i, 'Num.Integer'],
      [/\*\//, 'Error'],
      [/[~!%^&*+=|?:<>\/-]/, 'Operator'],
      [/[()\[\],.]/, 'Punctuation'],
      [/u?fixed\d+x\d+/, 'Keyword.Reserved'],
      [/bytes\d+/, 'Keyword.Type'],
      [/u?int\d+/, 'Keyword.Type'],
      [/[a-zA-Z$_][\w$_]*/, (lx, m) => {
        const n = m[0];
        lx.token(KEYWORDS.has(n) ? 'Keyword' : BUILTINS.has(n) ? 'Name.Builtin' : CONSTANTS.has(n) ? 'Keyword.Constant'
          : TYPES.has(n) ? 'Keyword.Type' : RESERVED.has(n) ? 'Keyword.Reserved' : 'Name', n);
      }],
    ],
    root: [{ mixin: 'expr_whitespace' }, [/(?:)/, (lx) => lx.push('statement')]],
    statement: [[/;/, 'Punctuation', '#pop'], { mixin: 'expr_whitespace' }, { mixin: 'statements' }, [/[{}]/, 'Punctuation']],
    string_common: [
      [/\\(u[a-fA-F0-9]{4}|x..|[^x])/, 'Str.Escape'],
      [/[^\\"'\n]+/, 'Str'],
      [/\\\n/, 'Str'],
      [/\\/, 'Str'],
    ],
    string_double: [{ mixin: 'string_common' }, [/"/, 'Str', '#pop'], [/'/, 'Str']],
    string_single: [{ mixin: 'string_common' }, [/'/, 'Str', '#pop'], [/"/, 'Str']],
    comment_multi: [[/\*\//, 'Comment.Multiline', '#pop'], [/[^*\/]+/, 'Comment.Multiline'], [/[*\/]/, 'Comment.Multiline']],
  },
};
