// Follows Rouge 3.30 lib/rouge/lexers/syzlang.rb (syzkaller syscall descriptions).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`align breaks_returns dec define disabled hex ignore_return in incdir include inet inout oct opt out
  packed parent prog_timeout pseudo resource size syscall timeout type varlen`);
const TYPES = wordSet(`array bitsize bool16 bool32 bool64 bool8 boolptr buffer bytesize bytesize2 bytesize4 bytesize8 const
  csum filename fileoff flags fmt int16 int16be int32 int32be int64 int64be int8 int8be intptr len offsetof optional
  proc ptr ptr64 string stringnoz text vma vma64 void`);
const COMMENT = /#.*$/;
const INLINE_SPACES = /[ \t]+/;
const SPACES = /\s+/;
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const NUM_ID = '[a-zA-Z0-9_]+';
const POP: [RegExp, string, string] = [/(?:)/, 'Text', '#pop'];

/** Pushes the states in this order (the last one is lexed first). */
const push = (lx: Lexing<unknown>, ...states: string[]): void => { for (const st of states) lx.push(st); };
const keyword = (...states: string[]) => (lx: Lexing<unknown>, m: RegExpExecArray): void => { lx.token('Keyword', m[0]); push(lx, ...states); };

export const syzlang: LexerDef = {
  name: 'syzlang',
  states: {
    inline_break: [[INLINE_SPACES, 'Text'], POP],
    space_break: [[SPACES, 'Text'], [COMMENT, 'Comment'], POP],
    mixin_name: [[rx(ID), 'Name']],
    mixin_number: [[/-?0x[\da-f]+/i, 'Num.Hex'], [/-?\d+/, 'Num.Integer'], [/'[^']?'/, 'Str.Char']],
    mixin_string: [[/"[^"]*"/, 'Str.Double'], [/`[^`]*`/, 'Str.Backtick']],
    mixin_term: [
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [rx(ID), (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : TYPES.has(m[0]) ? 'Keyword.Type' : 'Name', m[0])],
      [/:/, 'Punctuation'], // ranges
      [/\$/, 'Name'], // "struct$type" struct names
    ],
    term_list: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      { mixin: 'mixin_term' },
      [/\[/, 'Punctuation', 'term_list'],
      [/,/, 'Punctuation'],
      [/[\]\)]/, 'Punctuation', '#pop'],
    ],
    arg_type: [{ mixin: 'mixin_term' }, [/\[/, 'Punctuation', 'term_list'], POP],
    include: [[/(<)([^>]+)(>)/, (lx, m) => lx.groups(m, 'Punctuation', 'Str', 'Punctuation')], POP],
    define_name: [{ mixin: 'mixin_name' }, POP],
    define_exp: [
      { mixin: 'mixin_name' },
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [/[~!%\^&\*\-\+\/\|<>\?:]/, 'Operator'],
      [/[\(\){}\[\];,]/, 'Punctuation'],
      [INLINE_SPACES, 'Text'],
      POP,
    ],
    resource_name: [{ mixin: 'mixin_name' }, POP],
    resource_type: [[/\[/, 'Punctuation', 'arg_type'], [/\]/, 'Punctuation', '#pop']],
    resource_values: [[/:/, (lx, m) => { lx.token('Punctuation', m[0]); push(lx, 'resource_values_list', 'space_break'); }], POP],
    resource_values_list: [
      [INLINE_SPACES, 'Text'],
      { mixin: 'mixin_name' },
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [/,/, 'Punctuation', 'space_break'],
      POP,
    ],
    flags_list: [
      [INLINE_SPACES, 'Text'],
      [/\./, 'Punctuation'],
      { mixin: 'mixin_name' },
      { mixin: 'mixin_number' },
      { mixin: 'mixin_string' },
      [/,/, 'Punctuation', 'space_break'],
      [/(?:)/, 'Punctuation', '#pop'],
    ],
    syscall_args: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      [/\./, 'Punctuation'],
      [rx(ID), (lx, m) => { lx.token('Name', m[0]); push(lx, 'arg_type', 'space_break'); }],
      [/,/, 'Punctuation'],
      [/\)/, 'Punctuation', '#pop'],
    ],
    syscall_retval: [{ mixin: 'mixin_name' }, POP],
    syscall_mods: [[/\(/, 'Punctuation', 'term_list'], POP],
    struct_fields: [
      [rx(ID), (lx, m) => { lx.token('Name', m[0]); push(lx, 'space_break', 'struct_field_mods', 'inline_break', 'arg_type', 'space_break'); }],
      [/[}\]]/, 'Punctuation', '#pop'],
    ],
    struct_field_mods: [[/\(/, 'Punctuation', 'term_list'], POP],
    struct_mods: [[/\[/, 'Punctuation', 'term_list'], POP],
    type_name: [{ mixin: 'mixin_name' }, POP],
    type_args: [[/\[/, 'Punctuation', 'type_args_list'], POP],
    type_args_list: [[SPACES, 'Text'], [COMMENT, 'Comment'], { mixin: 'mixin_name' }, [/,/, 'Punctuation'], [/\]/, 'Punctuation', '#pop']],
    type_body: [
      [/[{\[]/, (lx, m) => {
        lx.token('Punctuation', m[0]);
        lx.pop();
        push(lx, 'space_break', 'struct_mods', 'inline_break', 'struct_fields', 'space_break');
      }],
      [/(?:)/, (lx) => { lx.pop(); lx.push('arg_type'); }],
    ],
    root: [
      [SPACES, 'Text'],
      [COMMENT, 'Comment'],
      [/(include|incdir)/, keyword('include', 'space_break')],
      [/define/, keyword('define_exp', 'space_break', 'define_name', 'space_break')],
      [/resource/, keyword('resource_values', 'inline_break', 'resource_type', 'inline_break', 'resource_name', 'space_break')],
      [rx(`(${ID}|_)(\\s+)(=)`), (lx, m) => { // flags and strings
        lx.groups(m, m[1] === '_' ? 'Keyword' : 'Name', 'Text', 'Punctuation');
        push(lx, 'flags_list', 'space_break');
      }],
      [rx(`(${ID})(\\$)?(${NUM_ID})?(\\s+)?(\\()`), (lx, m) => { // syscalls
        lx.groups(m, 'Name.Function', 'Punctuation', 'Name.Function.Magic', 'Text', 'Punctuation');
        push(lx, 'syscall_mods', 'inline_break', 'syscall_retval', 'inline_break', 'syscall_args', 'space_break');
      }],
      [rx(`(${ID}|${ID}\\$${NUM_ID})(\\s+)?([{\\[])`), (lx, m) => { // structs and unions
        lx.groups(m, 'Name', 'Text', 'Punctuation');
        push(lx, 'inline_break', 'struct_mods', 'inline_break', 'struct_fields', 'space_break');
      }],
      [/type/, keyword('type_body', 'space_break', 'type_args', 'type_name', 'space_break')],
    ],
  },
};
