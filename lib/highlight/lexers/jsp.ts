// Follows Rouge 3.30 lib/rouge/lexers/jsp.rb (a TemplateLexer over HTML, Java inside).
import { rx, type LexerDef } from '../engine.js';
import { html } from './html.js';
import { java } from './java.js';

const DIRECTIVES = 'page|include|taglib';
const ACTIONS = 'scriptlet|declaration|expression';

export const jsp: LexerDef = {
  name: 'jsp',
  start: (lx) => { lx.parent(html).reset(); },
  states: {
    root: [
      [/<%--/, 'Comment', 'jsp_comment'],
      [rx(`<%@\\s*(${DIRECTIVES})\\s*`), 'Name.Tag', 'jsp_directive'],
      [rx(`<jsp:directive\\.(${DIRECTIVES})`), 'Name.Tag', 'jsp_directive2'],
      [rx(`<jsp:(${ACTIONS})>`), 'Name.Tag', 'jsp_expression'],
      [/<[a-zA-Z]*:[a-zA-Z]*\s*/, 'Name.Tag', 'jsp_tag'],
      [/<\/[a-zA-Z]*:[a-zA-Z]*>/, 'Name.Tag'],
      [/<%[!=]?/, 'Name.Tag', 'jsp_expression2'],
      [/(.+?)(?=(<%|<\/?[a-zA-Z]*:))/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/.+/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    jsp_comment: [[/(--%>)/, 'Comment', '#pop'], [/./s, 'Comment']],
    jsp_directive: [[/(%>)/, 'Name.Tag', '#pop'], { mixin: 'attributes' }, [/(.+?)(?=%>)/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])]],
    jsp_directive2: [[/(\/>)/, 'Name.Tag', '#pop'], { mixin: 'attributes' }, [/(.+?)(?=\/>)/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])]],
    jsp_expression: [
      [rx(`<\\/jsp:(${ACTIONS})>`), 'Name.Tag', '#pop'],
      { mixin: 'attributes' },
      [/[^<\/]+/, (lx, m) => lx.delegate(java, m[0])],
    ],
    jsp_expression2: [[/%>/, 'Name.Tag', '#pop'], [/[^%>]+/, (lx, m) => lx.delegate(java, m[0])]],
    jsp_tag: [[/\/?>/, 'Name.Tag', '#pop'], { mixin: 'attributes' }, [/(.+?)(?=\/?>)/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])]],
    attributes: [[/\s*[a-zA-Z0-9_:-]+\s*=\s*/, 'Name.Attribute', 'attr']],
    attr: [
      [/"/, (lx, m) => { lx.token('Str', m[0]); lx.goto('double_quotes'); }],
      [/'/, (lx, m) => { lx.token('Str', m[0]); lx.goto('single_quotes'); }],
      [/[^\s>]+/, 'Str', '#pop'],
    ],
    double_quotes: [[/"/, 'Str', '#pop'], [/\$\{/, 'Str.Interpol', 'jsp_interp'], [/[^"]+/, 'Str']],
    single_quotes: [[/'/, 'Str', '#pop'], [/\$\{/, 'Str.Interpol', 'jsp_interp'], [/[^']+/, 'Str']],
    jsp_interp: [
      [/\}/, 'Str.Interpol', '#pop'],
      [/'/, 'Literal', 'jsp_interp_literal_start'],
      [/[^'}]+/, (lx, m) => lx.delegate(java, m[0])],
    ],
    jsp_interp_literal_start: [[/'/, 'Literal', '#pop'], [/[^']+/, 'Literal']],
  },
};
