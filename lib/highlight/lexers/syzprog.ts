// Follows Rouge 3.30 lib/rouge/lexers/syzprog.rb (syzkaller programs).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`ANY ANYBLOB ANYPTR ANYPTR64 ANYPTRS ANYRES16 ANYRES32 ANYRES64 ANYRESDEC ANYRESHEX ANYRESOCT
  ANYUNION AUTO false nil true void async fail_nth rerun`);
const COMMENT = /#.*$/;
const SPACES = /\s+/;
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';

export const syzprog: LexerDef = {
  name: 'syzprog',
  states: {
    inline_break: [[/[ \t]+/, 'Text'], [/(?:)/, 'Text', '#pop']],
    eol_break: [[/[\n\r]+/, 'Text'], [COMMENT, 'Comment'], [/(?:)/, 'Text', '#pop']],
    space_break: [[SPACES, 'Text'], [COMMENT, 'Comment'], [/(?:)/, 'Text', '#pop']],
    mixin_number: [[/-?0x[\da-f]+/i, 'Num.Hex'], [/-?\d+/, 'Num.Integer']],
    mixin_string: [[/"[^"]*"/, 'Str.Double'], [/`[^`]*`/, 'Str.Backtick'], [/'[^']*'/, 'Str.Single']],
    mixin_term: [
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [/r[0-9]+/, 'Keyword.Pseudo'],
      [rx(ID), (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : 'Name', m[0])],
    ],
    mods_list: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      { mixin: 'mixin_term' },
      [/[,:]/, 'Punctuation'],
      [/\)/, 'Punctuation', '#pop'],
    ],
    syscall_mods: [[/\(/, 'Punctuation', 'mods_list'], [/(?:)/, 'Text', '#pop']],
    syscall_args: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      { mixin: 'mixin_term' },
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [/[@&=,<>{}\[\]]/, 'Punctuation'], // part of the syntax
      [/[!#\$%\^\*\-\+\/\|~:;.\?]/, 'Punctuation'], // not, highlighted just in case
      [/\(/, 'Punctuation', 'syscall_args'],
      [/\)/, 'Punctuation', '#pop'],
    ],
    root: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      [/(r[0-9]+)(\s+)(=)/, (lx, m) => lx.groups(m, 'Keyword.Pseudo', 'Text', 'Punctuation')], // return values
      [rx(`(${ID})(\\$)?([a-zA-Z0-9_]+)?(\\s+)?(\\()`), (lx, m) => { // syscalls
        lx.groups(m, 'Name.Function', 'Punctuation', 'Name.Function.Magic', 'Text', 'Punctuation');
        for (const st of ['syscall_mods', 'inline_break', 'syscall_args', 'space_break']) lx.push(st);
      }],
    ],
  },
};
