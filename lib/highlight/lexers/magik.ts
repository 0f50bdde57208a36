// Follows Rouge 3.30 lib/rouge/lexers/magik.rb. Its identifier is `(?:S|P)+` with S an atomic
// group `(?>(?:[a-z0-9_!?]|\\.)+)`, which JavaScript lacks; a plain group there nests two `+`
// and backtracks exponentially when a rule fails after a long name (`aaaa...` against the package
// identifier rule took seconds from 20 letters). The text splits into S's pieces one way only
// (a name character, a `\x` escape, a piped name each start with a different character), so S
// can only give back whole pieces, after which comes a piece again, never the `:` or `.` the
// rules want after an identifier: one flat `+` over the pieces matches what Rouge matches.
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
const NAME_PIECE = '[a-zA-Z0-9_!?]|\\\\.'; // one character of a simple identifier, or an escape
const PIPED_IDENTIFIER = '\\|[^\\|\\n]*\\|';
const IDENTIFIER = `(?:${NAME_PIECE}|${PIPED_IDENTIFIER})+`;

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
