// Follows Rouge 3.30 lib/rouge/lexers/ghc_cmm.rb (GHC's Cmm). Its /x rules are written here
// without the spaces the x flag drops; `ws` is /m (its dots match newlines).
import { rx, type LexerDef, type Lexing } from '../engine.js';

type L = Lexing<unknown>;
const WS = '(?:\\s|//[\\s\\S]*?\\n|/[*](?:[^*]|(?:[*][^/]))*[*]+/)';
const ID = "(?:(?!#[a-zA-Z])[\\w#\\$%_']+)"; // not a preprocessor macro such as #if
const COMPLEX_ID = "(?:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+))";

/** A callback writing each group with its token, or recursing into it when the token is null. */
const parts = (...toks: (string | null)[]) => (lx: L, m: RegExpExecArray): void => {
  toks.forEach((tok, i) => { const v = m[i + 1]; if (tok) lx.token(tok, v); else if (v) lx.recurse(v); });
};

export const ghcCmm: LexerDef = {
  name: 'ghc-cmm',
  aliases: ['cmm'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/^=====.*=====$/, 'Generic.Heading'],
      [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$/, 'Comment.Single'],
      { mixin: 'detect_section' },
      { mixin: 'preprocessor_macros' },
      { mixin: 'info_tbls' },
      { mixin: 'comments' },
      { mixin: 'literals' },
      { mixin: 'keywords' },
      { mixin: 'types' },
      { mixin: 'infos' },
      { mixin: 'names' },
      { mixin: 'operators' },
      [/\\\n/, 'Text'], // escaped newline
      [/./, 'Text'],
    ],
    detect_section: [[/(section)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('section'); }]],
    section: [
      [/"(data|cstring|text|rodata|relrodata|bss)"/, 'Name.Builtin'],
      [/{/, 'Punctuation', '#pop'],
      { mixin: 'names' },
      { mixin: 'operators' },
      { mixin: 'keywords' },
      [/\s+/, 'Text'],
    ],
    preprocessor_macros: [
      [/#(include|endif|else|if)/, 'Comment.Preproc'],
      [rx(`(#define)(${WS}*)(${ID})`), parts('Comment.Preproc', null, 'Name.Label')],
    ],
    info_tbls: [[/({ )(info_tbls)(:)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Name.Entity', 'Punctuation'); lx.push('info_tbls_body'); }]],
    info_tbls_body: [
      [/}/, 'Punctuation', '#pop'],
      [/{/, 'Punctuation', 'info_tbls_body'],
      [/(?=label:)/, (lx) => lx.push('label')],
      [rx(`(\\()(${COMPLEX_ID})(,)`), parts('Punctuation', 'Name.Label', 'Punctuation')],
      { mixin: 'literals' },
      { mixin: 'infos' },
      { mixin: 'keywords' },
      { mixin: 'operators' },
      [rx(ID), 'Text'],
      [/\s+/, 'Text'],
    ],
    label: [
      { mixin: 'infos' },
      { mixin: 'names' },
      { mixin: 'keywords' },
      { mixin: 'operators' },
      [/[^\S\n]+/, 'Text'],
      [/\n/, 'Text', '#pop'],
    ],
    comments: [[/\/{2}.*/, 'Comment.Single'], [/\(likely.*?\)/, 'Comment'], [/\/\*.*?\*\//s, 'Comment.Multiline']],
    literals: [
      [/-?[0-9]+\.[0-9]+/, 'Literal.Number.Float'],
      [/-?[0-9]+/, 'Literal.Number.Integer'],
      [/"/, 'Literal.String.Delimiter', 'literal_string'],
    ],
    literal_string: [
      [/\\./, 'Literal.String.Escape'],
      [/%./, 'Literal.String.Symbol'],
      [/"/, 'Literal.String.Delimiter', '#pop'],
      [/./, 'Literal.String'],
    ],
    operators: [[/\.\./, 'Operator'], [/[+\-*\/<>=!&|~]/, 'Operator'], [/[\[\].{}:;,()]/, 'Punctuation']],
    keywords: [
      [/(const)(\s+)/, (lx, m) => lx.groups(m, 'Keyword.Constant', 'Text')],
      [/"/, 'Literal.String.Double'],
      [/(switch)([^{]*)({)/, parts('Keyword', null, 'Punctuation')],
      [rx(`(arg|result)(${WS}+)(hints)(:)`), parts('Name.Property', null, 'Name.Property', 'Punctuation')],
      [rx(`(returns)(${WS}*)(to)`), parts('Keyword', null, 'Keyword')],
      [rx(`(never)(${WS}*)(returns)`), parts('Keyword', null, 'Keyword')],
      [rx(`(return)(${WS}*)(\\()`), parts('Keyword', null, 'Punctuation')],
      [rx(`(if|else|goto|call|offset|import|jump|ccall|foreign|prim|case|unwind|export|reserve|push)(${WS})`), parts('Keyword', null)],
      [rx(`(default)(${WS}*)(:)`), parts('Keyword', null, 'Punctuation')],
    ],
    types: [
      [rx(`(${ID})(?=\\[[^\\]])`), (lx, m) => lx.token('Keyword.Type', m[1])], // memory access: type[42]
      [rx(`(${ID}\\[\\])`), 'Keyword.Type'], // array type: type[]
      [rx(`(^${ID})(${WS}+)(${ID})(${WS}*)(\\()`), parts('Name.Label', null, 'Name.Function', null, 'Punctuation')],
      [rx(`(^${ID})(${WS}+)(${ID})`), parts('Keyword.Type', null, 'Name.Label')],
    ],
    infos: [
      [/(args|res|upd|label|rep|srt|arity|fun_type|arg_space|updfr_space)(:)/, (lx, m) => lx.groups(m, 'Name.Property', 'Punctuation')],
      [/(stack_info)(:)/, (lx, m) => lx.groups(m, 'Name.Entity', 'Punctuation')],
    ],
    names: [
      [rx(`(::)(${WS}*)([A-Z]\\w+)`), parts('Operator', null, 'Keyword.Type')],
      [rx(`<(${ID})>`), 'Name.Builtin'],
      [rx(`(Sp|SpLim|Hp|HpLim|HpAlloc|BaseReg|CurrentNursery|CurrentTSO|R\\d{1,2}|gcptr)(?!${ID})`), 'Name.Variable.Global'],
      [rx(`([A-Z]${ID})(\\.)`), (lx, m) => { lx.groups(m, 'Name.Namespace', 'Punctuation'); lx.push('namespace_name'); }],
      [rx(`(\`)(${ID})(\`)`), (lx, m) => lx.groups(m, 'Punctuation', 'Name.Function', 'Punctuation')],
      [rx(`(?=${COMPLEX_ID}${WS}*[\\{\\(])`), (lx) => lx.push('function')],
      [/CLOSURE/, 'Keyword.Type'],
      [rx(COMPLEX_ID), 'Name.Label'],
    ],
    namespace_name: [
      [rx(`([A-Z]${ID})(\\.)`), (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')],
      [rx(`(${COMPLEX_ID})(${WS}*)([\\{\\(])`), (lx, m) => { parts('Name.Function', null, 'Punctuation')(lx, m); lx.pop(); }],
      [rx(COMPLEX_ID), 'Name.Label', '#pop'],
      [/(?=.)/s, (lx) => lx.pop()],
    ],
    function: [
      [/INFO_TABLE_FUN|INFO_TABLE_CONSTR|INFO_TABLE_SELECTOR|INFO_TABLE_RET|INFO_TABLE/, 'Name.Builtin'],
      [rx(`%${ID}`), 'Name.Builtin'],
      [rx(COMPLEX_ID), 'Name.Function'],
      [/\s+/, 'Text'],
      [/[({]/, 'Punctuation', '#pop'],
      { mixin: 'comments' },
    ],
  },
};
