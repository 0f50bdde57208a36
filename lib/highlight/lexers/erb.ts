// Follows Rouge 3.30 lib/rouge/lexers/erb.rb (a TemplateLexer over HTML, Ruby inside <% %>).
import { rx, type LexerDef } from '../engine.js';
import { html } from './html.js';
import { ruby } from './ruby.js';

const OPEN = '(?:<%%|<%=|<%#|<%-|<%)';
const CLOSE = '(?:%%>|-%>|%>)';

export const erb: LexerDef = {
  name: 'erb',
  aliases: ['eruby', 'rhtml'],
  start: (lx) => { lx.parent(html).reset(); lx.child(ruby).reset(); },
  states: {
    root: [
      [/<%#/, 'Comment', 'comment'],
      [rx(OPEN), 'Comment.Preproc', 'ruby'],
      [rx(`.+?(?=${OPEN})|.+`, 'm'), (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    comment: [[rx(CLOSE), 'Comment', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), 'Comment']],
    ruby: [[rx(CLOSE), 'Comment.Preproc', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), (lx, m) => lx.delegate(ruby, m[0])]],
  },
};
