// Follows Rouge 3.30 lib/rouge/lexers/handlebars.rb (a TemplateLexer over HTML).
import type { LexerDef } from '../engine.js';
import { html } from './html.js';

const ID = /[\w$-]+/;

export const handlebars: LexerDef = {
  name: 'handlebars',
  aliases: ['hbs', 'mustache'],
  start: (lx) => { lx.parent(html).reset(); },
  states: {
    root: [
      [/\\{+/, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/{{!--/, 'Comment', 'comment'],
      [/{{!.*?}}/, 'Comment'],
      [/{{{?/, (lx, m) => { lx.token('Keyword', m[0]); lx.push('stache'); lx.push('open_sym'); }],
      [/(.+?)(?=\\|{{)/s, (lx, m) => {
        lx.delegateTo(lx.parent(html), m[0]);
        const parent = lx.parent(html);
        if (parent.state('attr')) parent.pop();
      }],
      [/.+/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    comment: [
      [/{{/, (lx, m) => { lx.token('Comment', m[0]); lx.push(); }],
      [/}}/, 'Comment', '#pop'],
      [/[^{}]+/, 'Comment'],
      [/[{}]/, 'Comment'],
    ],
    stache: [
      [/}}}?/, 'Keyword', '#pop'],
      [/\|/, 'Punctuation'],
      [/~/, 'Keyword'],
      [/\s+/, 'Text'],
      [/[=]/, 'Operator'],
      [/[\[\]]/, 'Punctuation'],
      [/[()]/, 'Punctuation'],
      [/[.](?=[}\s])/, 'Name.Variable'],
      [/[.][.]/, 'Name.Variable'],
      [/[\/.]/, 'Punctuation'],
      [/"(\\.|.)*?"/, 'Str.Double'],
      [/'(\\.|.)*?'/, 'Str.Single'],
      [/\d+(?=}\s)/, 'Num'],
      [/(true|false)(?=[}\s])/, 'Keyword.Constant'],
      [/else(?=[}\s])/, 'Keyword'],
      [/this(?=[}\s])/, 'Name.Builtin.Pseudo'],
      [/@[\w$-]+/, 'Name.Attribute'],
      [ID, 'Name.Variable'],
    ],
    open_sym: [
      [/[#\/]/, (lx, m) => { lx.token('Keyword', m[0]); lx.goto('block_name'); }],
      [/[>^&~]/, 'Keyword'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    block_name: [[/if(?=[}\s])/, 'Keyword'], [ID, 'Name.Namespace', '#pop'], [/(?:)/, (lx) => lx.pop()]],
  },
};
