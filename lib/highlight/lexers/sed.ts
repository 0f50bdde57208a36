// Follows Rouge 3.30 lib/rouge/lexers/sed.rb, with its Regex and Replacement sub-lexers (one
// instance of each per lex, reset by the start block, continued by every delegate).
import { rx, type LexerDef } from '../engine.js';

const REGEX: LexerDef = {
  name: 'sed regex',
  states: {
    root: [
      [/\\./, 'Str.Escape'],
      [/\[/, 'Punctuation', 'brackets'],
      [/[$^.*]/, 'Operator'],
      [/[()]/, 'Punctuation'],
      [/./, 'Str.Regex'],
    ],
    brackets: [
      [/\^/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('brackets_int'); }],
      [/(?:)/, (lx) => lx.goto('brackets_int')],
    ],
    brackets_int: [
      [/.-./, 'Name.Variable'],
      [/\]/, 'Punctuation', '#pop'],
      [/./, 'Str.Regex'],
    ],
  },
};

const REPLACEMENT: LexerDef = {
  name: 'sed replacement',
  states: {
    root: [
      [/\\./s, 'Str.Escape'],
      [/&/, 'Operator'],
      [/[^\\&]+/, 'Text'],
    ],
  },
};

/** `edot` (/\\.|./m) interpolated: any escaped or plain character, newlines included. */
const EDOT = String.raw`(?:\\.|.)`;
const ADDR = 'Keyword.Namespace';

export const sed: LexerDef = {
  name: 'sed',
  start: (lx) => { lx.child(REGEX).reset(); lx.child(REPLACEMENT).reset(); },
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/#.*?\n/, (lx, m) => { lx.token('Comment', m[0]); lx.resetStack(); }],
      [/\n/, (lx, m) => { lx.token('Text', m[0]); lx.resetStack(); }],
      [/;/, (lx, m) => { lx.token('Punctuation', m[0]); lx.resetStack(); }],
    ],
    root: [{ mixin: 'addr_range' }],
    command: [
      { mixin: 'whitespace' },
      [rx(`(s)(.)(${EDOT}*?)(\\2)(${EDOT}*?)(\\2)`, 'm'), (lx, m) => {
        lx.token('Keyword', m[1]);
        lx.token('Punctuation', m[2]);
        lx.delegate(REGEX, m[3]!);
        lx.token('Punctuation', m[4]);
        lx.delegate(REPLACEMENT, m[5]!);
        lx.token('Punctuation', m[6]);
        lx.goto('flags');
      }],
      [rx(`(y)(.)(${EDOT}*?)(\\2)(${EDOT}*?)(\\2)`, 'm'), (lx, m) => {
        lx.token('Keyword', m[1]);
        lx.token('Punctuation', m[2]);
        lx.delegate(REPLACEMENT, m[3]!);
        lx.token('Punctuation', m[4]);
        lx.delegate(REPLACEMENT, m[5]!);
        lx.token('Punctuation', m[6]);
        lx.pop();
      }],
      [/([aic])(\s*)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.goto('text'); }],
      [/[pd]/, 'Keyword'],
      [/([qQl])(\s+)(\d+)/i, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Num'); lx.pop(); }],
      [/[={}dDgGhHlnpPqx]/, 'Keyword', '#pop'],
      [/([rRwW])(\s+)(\S+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Name'); lx.pop(); }],
      [/([:btT])(\s+)(\S+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Name.Label'); lx.pop(); }],
    ],
    addr_range: [
      { mixin: 'whitespace' },
      [/\d+/, ADDR],
      [/[$,~+!]/, ADDR],
      [/(\/)((?:\\.|.)*?)(\/)/, (lx, m) => { lx.token(ADDR, m[1]); lx.delegate(REGEX, m[2]!); lx.token(ADDR, m[3]); }],
      [/(\\)(.)((?:\\.|.)*?)(\2)/, (lx, m) => {
        lx.token(ADDR, m[1]! + m[2]!);
        lx.delegate(REGEX, m[3]!);
        lx.token(ADDR, m[4]);
      }],
      [/(?:)/, (lx) => lx.push('command')],
    ],
    text: [
      [/[^\\\n]+/, 'Str'],
      [/\\\n/, 'Str.Escape'],
      [/\\/, 'Str'],
      [/\n/, 'Text', '#pop'],
    ],
    flags: [
      [/[gp]+/, 'Keyword', '#pop'],
      // sic: Rouge's `token` without a value writes the whole match, three times
      [/([wW])(\s+)(\S+)/, (lx, m) => { lx.token('Keyword', m[0]); lx.token('Text', m[0]); lx.token('Name', m[0]); }],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
