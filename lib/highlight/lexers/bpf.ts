// Follows Rouge 3.30 lib/rouge/lexers/bpf.rb (BPF bytecode as bpftool and objdump print it).
import { rx, type LexerDef } from '../engine.js';

const TYPE_KEYWORDS = 'u8|u16|u32|u64|ll';
const MISC_KEYWORDS = 'be16|be32|be64|exit|lock|map';
const JUMP = ['Keyword', 'Text.Whitespace', 'Name', 'Text.Whitespace', 'Operator', 'Text.Whitespace'];
const JUMP_END = ['Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer', 'Text.Whitespace', 'Name.Label'];

export const bpf: LexerDef = {
  name: 'bpf',
  states: {
    root: [
      // line numbers and hexadecimal output from bpftool/objdump
      [/(\d+)(:)(\s+)(\(\h{2}\))/i, (lx, m) => lx.groups(m, 'Generic.Lineno', 'Punctuation', 'Text.Whitespace', 'Generic')],
      [/(\d+)(:)(\s+)((?:\h{2} ){8})/i, (lx, m) => lx.groups(m, 'Generic.Lineno', 'Punctuation', 'Text.Whitespace', 'Generic')],
      [/(\d+)(:)(\s+)/i, (lx, m) => lx.groups(m, 'Generic.Lineno', 'Punctuation', 'Text.Whitespace')],
      [/(call)(\s+)(\d+)/i, (lx, m) => lx.groups(m, 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer')],
      [/(call)(\s+)(\w+)(#)(\d+)/i, (lx, m) => lx.groups(m, 'Keyword', 'Text.Whitespace', 'Name.Builtin', 'Punctuation', 'Literal.Number.Integer')],
      [/(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/i, (lx, m) =>
        lx.groups(m, 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer', 'Text.Whitespace', 'Name.Label')],
      [/(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)(0x\h+|[-]?\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/i, (lx, m) =>
        lx.groups(m, ...JUMP, 'Literal.Number', ...JUMP_END)],
      [/(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)([rw]\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/i, (lx, m) =>
        lx.groups(m, ...JUMP, 'Name', ...JUMP_END)],
      [rx(`(\\*)(\\s*)(\\()(${TYPE_KEYWORDS})(\\s*)(\\*)(\\))`, 'i'), (lx, m) => { // dereferences
        lx.groups(m, 'Operator', 'Text.Whitespace', 'Punctuation', 'Keyword.Type', 'Text.Whitespace', 'Operator', 'Punctuation');
        lx.push('address');
      }],
      [/[+-\/\*&|><^s]{0,3}=/i, 'Operator'],
      [/([+-]?)([rw]\d+)/i, (lx, m) => lx.groups(m, 'Punctuation', 'Name')], // registers
      [/\/\//, 'Comment.Single', 'linecomment'],
      [/\/\*/, 'Comment.Multiline', 'multilinescomment'],
      [rx(MISC_KEYWORDS, 'i'), 'Keyword'],
      [/(0x\h+|[-]?\d+)(\s*)(ll)?/i, (lx, m) => lx.groups(m, 'Literal.Number', 'Text.Whitespace', 'Keyword.Type')],
      [/(\w+)(\s*)(ll)/i, (lx, m) => lx.groups(m, 'Name', 'Text.Whitespace', 'Keyword.Type')],
      [/(\w+)(\s*)(:)/i, (lx, m) => lx.groups(m, 'Name.Label', 'Text.Whitespace', 'Punctuation')], // labels
      [/./s, 'Text'],
    ],
    address: [
      [/(\()([rw]\d+)(\s*)([+-])(\s*)(\d+)(\))/i, (lx, m) => {
        lx.groups(m, 'Punctuation', 'Name', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Literal.Number.Integer', 'Punctuation');
        lx.pop();
      }],
      [/(\w+)(\[)(\d+)(\])/i, (lx, m) => { lx.groups(m, 'Name', 'Punctuation', 'Literal.Number.Integer', 'Punctuation'); lx.pop(); }],
      [/(\w+)(\[)([rw]\d+)(\])/i, (lx, m) => { lx.groups(m, 'Name', 'Punctuation', 'Name', 'Punctuation'); lx.pop(); }],
    ],
    linecomment: [[/\n/, 'Comment.Single', '#pop'], [/.+/, 'Comment.Single']],
    multilinescomment: [[/\*\//, 'Comment.Multiline', '#pop'], [/([^\*\/]+)/, 'Comment.Multiline'], [/([\*\/])/, 'Comment.Multiline']],
  },
};
