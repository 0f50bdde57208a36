// Follows Rouge 3.30 lib/rouge/lexers/jsx.rb: the JavaScript lexer with XML-like elements
// (text between elements goes to the HTML lexer).
import type { LexerDef, RuleSpec } from '../engine.js';
import { html } from './html.js';
import { JS_WORDS, jsLexer } from './javascript.js';

/** JSX's states over a JavaScript-like lexer (TSX passes TypeScript's, with rules prepended
 * to :element_name). */
export function jsxLexer(js: LexerDef, elementName: readonly RuleSpec<unknown>[] = []): LexerDef {
  return {
    ...js,
    start: (lx) => { lx.child(html).reset(); lx.push('expr_start'); },
    states: {
      ...js.states,
      expr_start: [{ mixin: 'tag' }, ...js.states['expr_start']!],
      tag: [
        [/</, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('tag_opening'); lx.push('element'); lx.push('element_name'); }],
      ],
      tag_opening: [
        [/<\//, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('element'); lx.push('element_name'); }],
        { mixin: 'tag' },
        [/{/, (lx, m) => { lx.token('Str.Interpol', m[0]); lx.push('interpol'); lx.push('expr_start'); }],
        [/[^<{]+/, (lx, m) => lx.delegate(html, m[0])],
      ],
      element: [
        { mixin: 'comments_and_whitespace' },
        [/\/>/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }],
        [/>/, 'Punctuation', '#pop'],
        [/{/, (lx, m) => { lx.token('Str.Interpol', m[0]); lx.push('interpol'); lx.push('expr_start'); }],
        [/\w[\w-]*/, 'Name.Attribute'],
        [/=/, 'Punctuation'],
        [/(["']).*?(\1)/, 'Str'],
      ],
      element_name: [
        ...elementName,
        [/[A-Z]\w*/, 'Name.Class'],
        [/\w+/, 'Name.Tag'],
        [/\./, 'Punctuation'],
        [/(?:)/, (lx) => lx.pop()],
      ],
      interpol: [
        [/}/, 'Str.Interpol', '#pop'],
        [/{/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('interpol_inner'); lx.push('statement'); }],
        { mixin: 'root' },
      ],
      interpol_inner: [[/}/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('statement'); }], { mixin: 'root' }],
    },
  };
}

export const jsx = jsxLexer(jsLexer('jsx', ['react'], JS_WORDS));
