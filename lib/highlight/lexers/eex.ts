// Follows Rouge 3.30 lib/rouge/lexers/eex.rb (a TemplateLexer over HTML, Elixir inside <% %>).
import { rx, type LexerDef } from '../engine.js';
import { elixir } from './elixir.js';
import { html } from './html.js';

const OPEN = '(?:<%%|<%=|<%#|<%)';
const CLOSE = '(?:%%>|%>)';

export const eex: LexerDef = {
  name: 'eex',
  aliases: ['leex', 'heex'],
  start: (lx) => { lx.parent(html).reset(); lx.child(elixir).reset(); },
  states: {
    root: [
      [/<%#/, 'Comment', 'comment'],
      [rx(OPEN), 'Comment.Preproc', 'elixir'],
      [rx(`.+?(?=${OPEN})|.+`, 'm'), (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    comment: [[rx(CLOSE), 'Comment', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), 'Comment']],
    elixir: [[rx(CLOSE), 'Comment.Preproc', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), (lx, m) => lx.delegate(elixir, m[0])]],
  },
};
