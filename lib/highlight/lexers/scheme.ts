// Follows Rouge 3.30 lib/rouge/lexers/scheme.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`lambda define if else cond and or case let let* letrec begin do delay set! => quote
  quasiquote unquote unquote-splicing define-syntax let-syntax letrec-syntax syntax-rules`);
const BUILTINS = wordSet(`* + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan boolean? caaaar caaadr caaar
  caadar caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr call-with-current-continuation
  call-with-input-file call-with-output-file call-with-values call/cc car cdaaar cdaadr cdaar cdadar cdaddr
  cdadr cdar cddaar cddadr cddar cdddar cddddr cdddr cddr cdr ceiling char->integer char-alphabetic?
  char-ci<=? char-ci<? char-ci=? char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric? char-ready?
  char-upcase char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char? close-input-port
  close-output-port complex? cons cos current-input-port current-output-port denominator display dynamic-wind
  eof-object? eq? equal? eqv? eval even? exact->inexact exact? exp expt floor for-each force gcd imag-part
  inexact->exact inexact? input-port? integer->char integer? interaction-environment lcm length list
  list->string list->vector list-ref list-tail list? load log magnitude make-polar make-rectangular
  make-string make-vector map max member memq memv min modulo negative? newline not null-environment null?
  number->string number? numerator odd? open-input-file open-output-file output-port? pair? peek-char port?
  positive? procedure? quotient rational? rationalize read read-char real-part real? remainder reverse round
  scheme-report-environment set-car! set-cdr! sin sqrt string string->list string->number string->symbol
  string-append string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>? string-copy string-fill!
  string-length string-ref string-set! string<=? string<? string=? string>=? string>? string? substring
  symbol->string symbol? tan transcript-off transcript-on truncate values vector vector->list vector-fill!
  vector-length vector-ref vector-set! vector? with-input-from-file with-output-to-file write write-char zero?`);
const ID = /[a-z0-9!$%&*+,\/:<=>?@^_~|-]+/i;

export const scheme: LexerDef = {
  name: 'scheme',
  states: {
    root: [
      [/;.*$/, 'Comment.Single'],
      [/\s+/, 'Text'],
      [/-?\d+\.\d+/, 'Num.Float'],
      [/-?\d+/, 'Num.Integer'],
      [/[+-]inf[.][f0]/, 'Num'],
      [/#b[01]+/, 'Num.Bin'],
      [/#o[0-7]+/, 'Num.Oct'],
      [/#d[0-9]+/, 'Num.Integer'],
      [/#x[0-9a-f]+/i, 'Num.Hex'],
      [/#[ei][\d.]+/, 'Num.Other'],
      [/"(\\\\|\\"|[^"])*"/, 'Str'],
      [/'[a-z0-9!$%&*+,\/:<=>?@^_~|-]+/i, 'Str.Symbol'],
      [/#\\([()\/'"._!$%& ?=+-]{1}|[a-z0-9]+)/i, 'Str.Char'],
      [/#t|#f/, 'Name.Constant'],
      [/(?:'|#|`|,@|,|\.)/, 'Operator'],
      [/(['#])(\s*)(\()/, (lx, m) => lx.groups(m, 'Str.Symbol', 'Text', 'Punctuation')],
      [/\(|\[/, 'Punctuation', 'command'],
      [/\)|\]/, 'Punctuation'],
      [ID, 'Name.Variable'],
    ],
    command: [
      [ID, (lx, m) => {
        lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name.Function', m[0]);
        lx.pop();
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
