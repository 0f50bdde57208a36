// Follows Rouge 3.30 lib/rouge/lexers/velocity.rb (a TemplateLexer: the text between
// directives goes to the parent lexer, HTML unless the parent option names another).
import { rx, type LexerDef } from '../engine.js';
import { html } from './html.js';

// `id` is /[a-z_]\w*/i interpolated into case-sensitive regexes.
const ID = '(?:[a-zA-Z_]\\w*)';

export const velocity: LexerDef = {
  name: 'velocity',
  states: {
    root: [
      [/[^{#$]+/, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/(#)(\*.*?\*)(#)/s, 'Comment.Multiline'],
      [/(##)(.*?$)/, 'Comment.Single'],
      [rx(`(#\\{?)(${ID})(\\}?)(\\s?\\()`, 'm'), (lx, m) => {
        lx.groups(m, 'Punctuation', 'Name.Function', 'Punctuation', 'Punctuation');
        lx.push('directive_params');
      }],
      [rx(`(#\\{?)(${ID})(\\}|\\b)`, 'm'), (lx, m) => lx.groups(m, 'Punctuation', 'Name.Function', 'Punctuation')],
      [/\$\{?/, 'Punctuation', 'variable'],
    ],
    variable: [
      [rx(ID), 'Name.Variable'],
      [/\(/, 'Punctuation', 'func_params'],
      [rx(`(\\.)(${ID})`), (lx, m) => lx.groups(m, 'Punctuation', 'Name.Variable')],
      [/\}/, 'Punctuation', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    directive_params: [
      [/(&&|\|\||==?|!=?|[-<>+*%&|^\/])|\b(eq|ne|gt|lt|ge|le|not|in)\b/, 'Operator'],
      [/\[/, 'Operator', 'range_operator'],
      [rx(`\\b${ID}\\b`), 'Name.Function'],
      { mixin: 'func_params' },
    ],
    range_operator: [[/[.]{2}/, 'Operator'], { mixin: 'func_params' }, [/\]/, 'Operator', '#pop']],
    func_params: [
      [/\$\{?/, 'Punctuation', 'variable'],
      [/\s+/, 'Text'],
      [/,/, 'Punctuation'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Double'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Single'],
      [/0[xX][0-9a-fA-F]+[Ll]?/, 'Num.Hex'],
      [/\b[0-9]+\b/, 'Num.Integer'],
      [/(true|false|null)\b/, 'Keyword.Constant'],
      [/[(\[]/, 'Punctuation', '#push'],
      [/[)\]}]/, 'Punctuation', '#pop'],
    ],
  },
};
