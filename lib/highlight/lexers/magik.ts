// Follows Rouge 3.30 lib/rouge/lexers/magik.rb. Its simple identifier is an atomic group
// (?>...), which JavaScript lacks; the plain group matches the same here, since what may follow
// an identifier (`:`, `.`) cannot be one of its characters outside a `\x` escape.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`_package _pragma _block _endblock _handling _default _protect _protection _endprotect _try _with
  _when _endtry _catch _endcatch _throw _lock _endlock _if _then _elif _else _endif _for _over _while _loop _finally
  _endloop _loopbody _continue _leave _return _class _local _constant _recursive _global _dynamic _import _private _iter
  _abstract _method _endmethod _proc _endproc _gather _scatter _allresults _optional _thisthread _self _clone _super
  _primitive _unset _true _false _maybe _is _isnt _not _and _or _xor _cf _andif _orif _div _mod`);
const DIGITS = '[0-9]+';
const NUMBER = `${DIGITS}((?:[rR][0-9a-zA-Z])|(?:([eE]|&)[+-]?${DIGITS})|(?:\\.${DIGITS}))*`; // radix and exponent are /i
const CHARACTER = /%u[0-9a-z]{4}|%[^\s]+/i;
const SIMPLE_IDENTIFIER = "(?:(?:[a-zA-Z0-9_!?]|\\\\.)+)";
const PIPED_IDENTIFIER = '(?:\\|[^\\|\\n]*\\|)';
const IDENTIFIER = `(?:${SIMPLE_IDENTIFIER}|${PIPED_IDENTIFIER})+`;

export const magik: LexerDef = {
  name: 'magik',
  states: {
    root: [
      [/##(.*)?/, 'Comment.Doc'],
      [/#(.*)?/, 'Comment.Single'],
      [/(_method)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text.Whitespace'); lx.push('method_name'); }],
      [rx(`(?:${KEYWORDS})\\b`), 'Keyword'],
      [/"[^"\n]*?"/, 'Literal.String'],
      [/'[^'\n]*?'/, 'Literal.String'],
      [rx(`:${IDENTIFIER}`), 'Str.Symbol'],
      [rx(`@[\\s]*${IDENTIFIER}:${IDENTIFIER}`), 'Name.Label'], // global ref
      [rx(`@[\\s]*${IDENTIFIER}`), 'Name.Label'], // label
      [CHARACTER, 'Literal.String.Char'],
      [rx(NUMBER), 'Literal.Number'],
      [rx(`${IDENTIFIER}:${IDENTIFIER}`), 'Name'], // package identifier
      [rx(IDENTIFIER), 'Name'],
      [/[\[\]{}()\.,;]/, 'Punctuation'],
      [/\$/, 'Punctuation'],
      [/(<<|^<<)/, 'Operator'],
      [/(>>)/, 'Operator'],
      [/[-~+\/*%=&^<>]|!=/, 'Operator'],
      [/[\s]+/, 'Text.Whitespace'],
    ],
    method_name: [
      [rx(`(${IDENTIFIER})(\\.)(${IDENTIFIER})`), (lx, m) => { lx.groups(m, 'Name.Class', 'Punctuation', 'Name.Function'); lx.pop(); }],
    ],
  },
};
