// Follows Rouge 3.30 lib/rouge/lexers/dot.rb (HTML labels delegated to the HTML lexer).
import type { LexerDef } from '../engine.js';
import { html } from './html.js';

export const dot: LexerDef = {
  name: 'dot',
  start: (lx) => { lx.child(html).reset(); },
  states: {
    comments_and_whitespace: [
      [/\s+/, 'Text'],
      [/#.*/, 'Comment.Single'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
    ],
    html: [
      [/[^<>]+/, (lx, m) => lx.delegate(html, m[0])],
      [/<.+?>/s, (lx, m) => lx.delegate(html, m[0])],
      [/>/, 'Punctuation', '#pop'],
    ],
    ID: [
      [/([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)/, (lx, m) => lx.groups(m, 'Name', 'Text', 'Punctuation')],
      [/[a-zA-Z][a-zA-Z_0-9]*/, 'Name.Variable'],
      [/([0-9]+)?\.[0-9]+/, 'Num.Float'],
      [/[0-9]+/, 'Num.Integer'],
      [/"(\\"|[^"])*"/, 'Str.Double'],
      [/</, (lx, m) => { lx.token('Punctuation', m[0]); lx.child(html).reset(); lx.push('html'); }],
    ],
    a_list: [
      { mixin: 'comments_and_whitespace' },
      { mixin: 'ID' },
      [/[=;,]/, 'Punctuation'],
      [/\]/, 'Operator', '#pop'],
    ],
    root: [
      { mixin: 'comments_and_whitespace' },
      [/\b(strict|graph|digraph|subgraph|node|edge)\b/i, 'Keyword'],
      [/[{};:=]/, 'Punctuation'],
      [/-[->]/, 'Operator'],
      [/\[/, 'Operator', 'a_list'],
      { mixin: 'ID' },
    ],
  },
};
