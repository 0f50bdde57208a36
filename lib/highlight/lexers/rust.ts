// Follows Rouge 3.30 lib/rouge/lexers/rust.rb.
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';

interface S { macroDelims: Record<string, number> }
type L = Lexing<S>;

const KEYWORDS = `as async await break const continue crate dyn else enum extern false fn for if impl in let log loop
  match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become
  box do final macro override priv typeof unsized virtual yield try union`.split(/\s+/);
const BUILTINS = new Set(`Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong
  Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err
  f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None
  Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16
  u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut
  FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend
  IntoIterator Iterator`.split(/\s+/));
const DELIM: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
const ID = String.raw`(?:[\p{XID_Start}_]\p{XID_Continue}*)`;
const HEX = '[0-9a-fA-F]';
const ESCAPES = String.raw`\\(?:[nrt'"\\0]|x${HEX}{2}|u\{(?:${HEX}_*){1,6}\})`;
const SIZE = '(?:8|16|32|64|128|size)';
const DOT = '[.][0-9][0-9_]*';
const EXP = '[eE][-+]?[0-9_]+';
const FLT = '(?:f32|f64)';

const nested = (tok: string, self: string): RuleSpec<S>[] => [
  [/\*\//, tok, '#pop'],
  [/\/\*/, tok, self],
  [/[^*\/]+|[*\/]/, tok],
];

export const rust: LexerDef<S> = {
  name: 'rust',
  aliases: ['rs', 'rust,no_run', 'rs,no_run', 'rust,ignore', 'rs,ignore', 'rust,should_panic', 'rs,should_panic'],
  init: () => ({ macroDelims: { ']': 0, ')': 0, '}': 0 } }),
  start: (lx) => lx.push('bol'),
  states: {
    bol: [
      { mixin: 'whitespace' },
      [/#\s[^\n]*/, 'Comment.Special'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    attribute: [
      { mixin: 'whitespace' },
      { mixin: 'has_literals' },
      [/[(,)=:]/, 'Name.Decorator'],
      [/\]/, 'Name.Decorator', '#pop'],
      [rx(ID), 'Name.Decorator'],
    ],
    whitespace: [[/\s+/, 'Text'], { mixin: 'comments' }],
    comments: [
      [/\/\/\/\/+[^\n]*/, 'Comment.Single'],
      [/\/\/[\/!][^\n]*/, 'Comment.Doc'],
      [/\/\/[^\n]*/, 'Comment.Single'],
      [/\/\*\*\*?\//, 'Comment.Multiline'],
      [/\/\*\*\*+/, 'Comment.Multiline', 'nested_plain_block'],
      [/\/[*][*!]/, 'Comment.Doc', 'nested_doc_block'],
      [/\/[*]/, 'Comment.Multiline', 'nested_plain_block'],
    ],
    nested_plain_block: nested('Comment.Multiline', 'nested_plain_block'),
    nested_doc_block: nested('Comment.Doc', 'nested_doc_block'),
    root: [
      [/\n/, 'Text', 'bol'],
      { mixin: 'whitespace' },
      [/#!?\[/, 'Name.Decorator', 'attribute'],
      [rx(`\\b(?:${KEYWORDS.join('|')})\\b`), 'Keyword'],
      { mixin: 'has_literals' },
      [/[=-]>/, 'Keyword'],
      [/<->/, 'Keyword'],
      [/[()\[\]{}|,:;]/, 'Punctuation'],
      [/[*\/!@~&+%^<>=\?-]|\.{2,3}/, 'Operator'],
      [rx(String.raw`([.]\s*)?${ID}(?=\s*[(])`, 'm'), 'Name.Function'],
      [/[.]\s*await\b/, 'Keyword'],
      [rx(String.raw`[.]\s*${ID}`), 'Name.Property'],
      [/[.]\s*\d+/, 'Name.Attribute'],
      [rx(`(${ID})(::)`, 'm'), (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')],
      [/\bmacro_rules!/, 'Name.Decorator', 'macro_rules'],
      [rx(`${ID}!`), 'Name.Decorator', 'macro'],
      [/'static\b/, 'Keyword'],
      [rx(`'${ID}`), 'Name.Variable'],
      [rx(ID), (lx, m) => lx.token(BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
    ],
    macro: [
      { mixin: 'has_literals' },
      [/[\[{(]/, (lx: L, m) => { lx.s.macroDelims[DELIM[m[0]]!]! += 1; lx.token('Punctuation', m[0]); }],
      [/[\]})]/, (lx: L, m) => {
        lx.s.macroDelims[m[0]]! -= 1;
        if (Object.values(lx.s.macroDelims).every((n) => n === 0)) lx.pop();
        lx.token('Punctuation', m[0]);
      }],
      [rx(`${ID}!`), 'Name.Decorator'],
      { mixin: 'root' },
      [/./, 'Text'],
    ],
    macro_rules: [
      [rx(`[$]${ID}(:${ID})?`), 'Name.Variable'],
      [/[$]/, 'Name.Variable'],
      { mixin: 'macro' },
    ],
    has_literals: [
      [/\b(?:true|false)\b/, 'Keyword.Constant'],
      [rx(`b?'(?:${ESCAPES}|[^\\\\])'`), 'Str.Char'],
      [/b?"/, 'Str', 'string'],
      [/b?r(#*)".*?"\1/s, 'Str'],
      [rx(String.raw`[0-9][0-9_]*(${DOT}(?:${EXP})?${FLT}?|(?:${DOT})?${EXP}${FLT}?|(?:${DOT})?(?:${EXP})?${FLT}|[.](?![._\p{XID_Start}]))`), 'Num.Float'],
      [rx(`(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u${SIZE}?|i${SIZE})?`), 'Num.Integer'],
    ],
    string: [
      [/"/, 'Str', '#pop'],
      [rx(ESCAPES), 'Str.Escape'],
      [/[^"\\]+/s, 'Str'],
    ],
  },
};
