// Follows Rouge 3.30 lib/rouge/lexers/c.rb (and cpp.rb through `cLexer`).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';

export interface CWords {
  readonly keywords: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly reserved: ReadonlySet<string>;
  /** C.builtins: empty in C, YES NO nil in Objective-C. */
  readonly builtins?: ReadonlySet<string>;
}
const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
export const C_WORDS: CWords = {
  keywords: set(`auto break case const continue default do else enum extern for goto if register restricted return sizeof static struct
    switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local`),
  types: set(`int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t
    clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t
    _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t
    int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t
    uint_least64_t int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t
    uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t`),
  reserved: set(`__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 __try __leave
    inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread __thread typename _typename __typename`),
};

export const C_ID = '[a-zA-Z_][a-zA-Z0-9_]*';
// `ws` is interpolated without /m in c.rb: its dots stop at newlines.
const WS = String.raw`(?:(?:\s|//[^\n]*?\n|/[*][^\n]*?[*]/)+)`;

export interface Extra {
  /** The signature group of root's function rule (HLSL allows a `: SEMANTIC` after it). */
  readonly signature?: string;
  readonly root?: readonly RuleSpec<unknown>[];
  readonly statements?: readonly RuleSpec<unknown>[];
  readonly states?: Readonly<Record<string, readonly RuleSpec<unknown>[]>>;
}

export function cLexer(name: string, aliases: readonly string[], w: CWords, extra: Extra = {}): LexerDef {
  return {
    name, aliases,
    start: (lx) => lx.push('bol'),
    states: {
      expr_bol: [
        { mixin: 'inline_whitespace' },
        [/#if\s0/, 'Comment', 'if_0'],
        [/#/, 'Comment.Preproc', 'macro'],
        [/(?:)/, (lx) => lx.pop()],
      ],
      bol: [[rx(`${C_ID}:(?!:)`), 'Name.Label'], { mixin: 'expr_bol' }],
      inline_whitespace: [
        [/[ \t\r]+/, 'Text'],
        [/\\\n/, 'Text'],
        [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
      ],
      whitespace: [
        [/\n+/s, 'Text', 'bol'],
        [/\/\/(\\.|.)*?$/, 'Comment.Single', 'bol'],
        { mixin: 'inline_whitespace' },
      ],
      expr_whitespace: [[/\n+/s, 'Text', 'expr_bol'], { mixin: 'whitespace' }],
      statements: [
        ...(extra.statements ?? []),
        { mixin: 'whitespace' },
        [/(u8|u|U|L)?"/, 'Str', 'string'],
        [/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'Str.Char'],
        [/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'Num.Float'],
        [/\d+e[+-]?\d+[lu]*/i, 'Num.Float'],
        [/0x[0-9a-f]+[lu]*/i, 'Num.Hex'],
        [/0[0-7]+[lu]*/i, 'Num.Oct'],
        [/\d+[lu]*/i, 'Num.Integer'],
        [/\*\//, 'Error'],
        [/[~!%^&*+=\|?:<>\/-]/, 'Operator'],
        [/[()\[\],.;]/, 'Punctuation'],
        [/\bcase\b/, 'Keyword', 'case'],
        [/(?:true|false|NULL)\b/, 'Name.Builtin'],
        [rx(C_ID), (lx, m) => {
          const id = m[0];
          lx.token(w.keywords.has(id) ? 'Keyword' : w.types.has(id) ? 'Keyword.Type' : w.reserved.has(id) ? 'Keyword.Reserved'
            : w.builtins?.has(id) ? 'Name.Builtin' : 'Name', id);
        }],
      ],
      case: [[/:/, 'Punctuation', '#pop'], { mixin: 'statements' }],
      root: [
        ...(extra.root ?? []),
        { mixin: 'expr_whitespace' },
        [rx(String.raw`([\w*\s]+?[\s*])(${C_ID})(${extra.signature ?? String.raw`\s*\([^;]*?\)`})(${WS}?)({|;)`, 'm'), (lx, m) => {
          lx.recurse(m[1]!);
          lx.token('Name.Function', m[2]);
          lx.recurse(m[3]!);
          lx.recurse(m[4]!);
          lx.token('Punctuation', m[5]);
          if (m[5] === '{') lx.push('function');
        }],
        [/\{/, 'Punctuation', 'function'],
        { mixin: 'statements' },
      ],
      function: [
        { mixin: 'whitespace' },
        { mixin: 'statements' },
        [/;/, 'Punctuation'],
        [/{/, 'Punctuation', 'function'],
        [/}/, 'Punctuation', '#pop'],
      ],
      string: [
        [/"/, 'Str', '#pop'],
        [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'Str.Escape'],
        [/[^\\"\n]+/, 'Str'],
        [/\\\n/, 'Str'],
        [/\\/, 'Str'],
      ],
      macro: [
        { mixin: 'include' },
        [/[^\/\n\\]+/, 'Comment.Preproc'],
        [/\\./s, 'Comment.Preproc'],
        { mixin: 'inline_whitespace' },
        [/\//, 'Comment.Preproc'],
        [/\n/, 'Comment.Preproc', '#pop'],
      ],
      include: [
        [/(include)(\s*)(<[^>]+>)([^\n]*)/, (lx, m) => lx.groups(m, 'Comment.Preproc', 'Text', 'Comment.PreprocFile', 'Comment.Single')],
        [/(include)(\s*)("[^"]+")([^\n]*)/, (lx, m) => lx.groups(m, 'Comment.Preproc', 'Text', 'Comment.PreprocFile', 'Comment.Single')],
      ],
      if_0: [
        [/^\s*#if/, 'Comment', 'if_0'],
        [/^\s*#\s*el(?:se|if)/, 'Comment', '#pop'],
        [/^\s*#\s*endif\b.*?(?<!\\)\n/s, 'Comment', '#pop'],
        [/.*?\n/, 'Comment'],
      ],
      ...extra.states,
    },
  };
}

export const c = cLexer('c', [], C_WORDS);
