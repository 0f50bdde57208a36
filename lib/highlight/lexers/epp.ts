// Follows Rouge 3.30 lib/rouge/lexers/epp.rb (a TemplateLexer whose parent is plain text by
// default, Puppet inside <% %>).
import { rx, type LexerDef } from '../engine.js';
import { plaintext } from './plaintext.js';
import { puppet } from './puppet.js';

const OPEN = '(?:<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?)';
const CLOSE = '(?:%%>|(\\|\\s*)?(-%>|%>))';

export const epp: LexerDef = {
  name: 'epp',
  start: (lx) => { lx.parent(plaintext, true).reset(); lx.child(puppet).reset(); },
  states: {
    root: [
      [/<%#/, 'Comment', 'comment'],
      [rx(OPEN), 'Comment.Preproc', 'puppet'],
      [rx(`.+?(?=${OPEN})|.+`, 'm'), (lx, m) => lx.delegateTo(lx.parent(plaintext, true), m[0])],
    ],
    comment: [[rx(CLOSE), 'Comment', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), 'Comment']],
    puppet: [[rx(CLOSE), 'Comment.Preproc', '#pop'], [rx(`.+?(?=${CLOSE})|.+`, 'm'), (lx, m) => lx.delegate(puppet, m[0])]],
  },
};
