// Follows Rouge 3.30 lib/rouge/lexers/common_lisp.rb (also Rouge's lexer for Emacs Lisp: elisp).
import { rx, type LexerDef } from '../engine.js';
import {
  BUILTIN_CLASSES, BUILTIN_FUNCTIONS, BUILTIN_TYPES, DECLARATIONS, LAMBDA_LIST_KEYWORDS, MACROS, SPECIAL_FORMS,
} from './common-lisp-words.js';

// A symbol's characters; `+-\/` is a range (+ , - . /), as in Rouge.
const NONMACRO = String.raw`(?:\\.|[a-zA-Z0-9!$%&*+-\/<=>?@\[\]^_{}~])`;
const CONSTITUENT = String.raw`(?:${NONMACRO}|[#.:])`;
/** Whitespace or a terminating macro character follows. */
const TERMINATED = String.raw`(?=[ "'()\n,;\x60])`;
const SYMBOL = String.raw`(\|[^\|]+\||${NONMACRO}${CONSTITUENT}*)`;

function symbolToken(sym: string): string {
  if (BUILTIN_FUNCTIONS.has(sym)) return 'Name.Builtin';
  if (SPECIAL_FORMS.has(sym)) return 'Keyword';
  if (MACROS.has(sym)) return 'Name.Builtin';
  if (LAMBDA_LIST_KEYWORDS.has(sym) || DECLARATIONS.has(sym)) return 'Keyword';
  if (BUILTIN_TYPES.has(sym)) return 'Keyword.Type';
  if (BUILTIN_CLASSES.has(sym)) return 'Name.Class';
  return 'Name.Variable';
}

export const commonLisp: LexerDef = {
  name: 'common_lisp',
  aliases: ['cl', 'common-lisp', 'elisp', 'emacs-lisp', 'lisp'],
  states: {
    root: [
      [/\s+/, 'Text'],
      [/;.*$/, 'Comment.Single'],
      [/#\|/, 'Comment.Multiline', 'multiline_comment'],
      [/#\d*Y.*$/, 'Comment.Special'], // encoding comment
      [/"(\\.|[^"\\])*"/, 'Str'],
      [rx(`[:']${SYMBOL}`), 'Str.Symbol'],
      [/['`]/, 'Operator'],
      [rx(String.raw`[-+]?\d+\.?${TERMINATED}`), 'Num.Integer'],
      [rx(String.raw`[-+]?\d+\/\d+${TERMINATED}`), 'Num.Integer'],
      [rx(String.raw`[-+]?(\d*\.\d+([defls][-+]?\d+)?|\d+(\.\d*)?[defls][-+]?\d+)${TERMINATED}`), 'Num.Float'],
      [rx(String.raw`#\\.${TERMINATED}`), 'Str.Char'],
      [rx(String.raw`#\\${SYMBOL}`), 'Str.Char'],
      [/#\(/, 'Operator', 'root'],
      [/#\d*\*[01]*/, 'Other'], // bit vector
      [rx(`#:${SYMBOL}`), 'Str.Symbol'], // uninterned symbol
      [/#[.,]/, 'Operator'], // read-time and load-time evaluation
      [/#'/, 'Name.Function'],
      [/#b[+-]?[01]+(\/[01]+)?/i, 'Num'],
      [/#o[+-]?[0-7]+(\/[0-7]+)?/i, 'Num.Oct'],
      [/#x[+-]?[0-9a-f]+(\/[0-9a-f]+)?/i, 'Num'],
      [/(#c)(\()/i, (lx, m) => { lx.groups(m, 'Num', 'Punctuation'); lx.push('root'); }],
      [/(#(?:\d+a|s))(\()/i, (lx, m) => { lx.groups(m, 'Str.Other', 'Punctuation'); lx.push('root'); }],
      [/#p?"(\\.|[^"])*"/i, 'Str.Symbol'], // path
      [/#\d+[=#]/, 'Operator'], // reference
      [rx(String.raw`#+nil${TERMINATED}\s*\(`), 'Comment', 'commented_form'], // read-time comment
      [/#[+-]/, 'Operator'], // read-time conditional
      [/(,@|,|\.)/, 'Operator'],
      [rx(`(t|nil)${TERMINATED}`), 'Name.Constant'],
      [rx(String.raw`\*${SYMBOL}\*`), 'Name.Variable.Global'],
      [rx(SYMBOL), (lx, m) => lx.token(symbolToken(m[0]), m[0])],
      [/\(/, 'Punctuation', 'root'],
      [/\)/, (lx, m) => {
        if (lx.stack.length === 1) lx.token('Error', m[0]);
        else { lx.token('Punctuation', m[0]); lx.pop(); }
      }],
    ],
    multiline_comment: [
      [/#\|/, 'Comment.Multiline', 'multiline_comment'],
      [/\|#/, 'Comment.Multiline', '#pop'],
      [/[^\|#]+/, 'Comment.Multiline'],
      [/[\|#]/, 'Comment.Multiline'],
    ],
    commented_form: [
      [/\(/, 'Comment', 'commented_form'],
      [/\)/, 'Comment', '#pop'],
      [/[^()]+/, 'Comment'],
    ],
  },
};
