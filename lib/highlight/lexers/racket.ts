// Follows Rouge 3.30 lib/rouge/lexers/racket.rb (word lists in racket-words.ts).
import { rx, type LexerDef } from '../engine.js';
import { BUILTINS, KEYWORDS } from './racket-words.js';

// The interpolated /.../i Regexp `id`.
const ID = String.raw`(?:[^\s\(\)\[\]\{\}'${'`'},.]+)`;

export const racket: LexerDef = {
  name: 'racket',
  states: {
    root: [
      [/;.*$/, 'Comment.Single'],
      [/#!.*/, 'Comment.Single'],
      [/#\|/, 'Comment.Multiline', 'block_comment'],
      [/#;/, 'Comment.Multiline', 'sexp_comment'],
      [/\s+/s, 'Text'],
      [/[+-]inf[.][f0]/, 'Num.Float'],
      [/[+-]nan[.]0/, 'Num.Float'],
      [/[-]min[.]0/, 'Num.Float'],
      [/[+]max[.]0/, 'Num.Float'],
      [/-?\d+\.\d+/, 'Num.Float'],
      [/-?\d+/, 'Num.Integer'],
      [rx(`#:${ID}+`), 'Name.Tag'],
      [/#b[01]+/, 'Num.Bin'],
      [/#o[0-7]+/, 'Num.Oct'],
      [/#d[0-9]+/, 'Num.Integer'],
      [/#x[0-9a-f]+/i, 'Num.Hex'],
      [/#[ei][\d.]+/, 'Num.Other'],
      [/"(\\\\|\\"|[^"])*"/, 'Str'],
      [rx(`['${'`'}]${ID}`, 'i'), 'Str.Symbol'],
      [/#\\([()\/'"._!\$%& ?=+-]{1}|[a-z0-9]+)/i, 'Str.Char'],
      [/#t(rue)?|#f(alse)?/i, 'Name.Constant'],
      [/(?:'|#|`|,@|,|\.)/, 'Operator'],
      [/(['#])(\s*)(\()/s, (lx, m) => lx.groups(m, 'Str.Symbol', 'Text', 'Punctuation')],
      [/\(|\[|\{/, 'Punctuation', 'command'],
      [/\)|\]|\}/, 'Punctuation'],
      [rx(ID), 'Name.Variable'],
    ],
    block_comment: [
      [/[^|#]+/, 'Comment.Multiline'],
      [/\|#/, 'Comment.Multiline', '#pop'],
      [/#\|/, 'Comment.Multiline', 'block_comment'],
      [/[|#]/, 'Comment.Multiline'],
    ],
    sexp_comment: [
      [/[({\[]/, 'Comment.Multiline', 'sexp_comment_inner'],
      [/"(?:\\"|[^"])*?"/, 'Comment.Multiline', '#pop'],
      [/[^\s]+/, 'Comment.Multiline', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    sexp_comment_inner: [
      [/[^(){}\[\]]+/, 'Comment.Multiline'],
      [/[)}\]]/, 'Comment.Multiline', '#pop'],
      [/[({\[]/, 'Comment.Multiline', 'sexp_comment_inner'],
    ],
    command: [
      [rx(ID), (lx, m) => {
        lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name.Function', m[0]);
        lx.pop();
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
