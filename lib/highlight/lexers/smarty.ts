// Follows Rouge 3.30 lib/rouge/lexers/smarty.rb (a TemplateLexer over HTML).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { html } from './html.js';

const BUILTINS = wordSet(`append assign block call capture config_load debug extends for foreach foreachelse break continue
  function if elseif else include include_php insert ldelim rdelim literal nocache php section sectionelse setfilter strip
  while counter cycle eval fetch html_checkboxes html_image html_options html_radios html_select_date html_select_time
  html_table mailto math textformat capitalize cat count_characters count_paragraphs count_sentences count_words date_format
  default escape from_charset indent lower nl2br regex_replace replace spacify string_format strip strip_tags to_charset
  truncate unescape upper wordwrap`);

export const smarty: LexerDef = {
  name: 'smarty',
  aliases: ['smarty'],
  start: (lx) => { lx.parent(html).reset(); },
  states: {
    root: [
      [/\{\s+/, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/\{\*.*?\*\}/s, 'Comment'],
      [/\{\/?(?![\s*])/, 'Keyword', 'smarty'],
      [/.+?(?=\{[\/a-zA-Z0-9$#*"'])/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/.+/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    smarty: [
      [/\{\/?(?![\s*])/, 'Keyword', 'smarty'],
      [/\}/, 'Keyword', '#pop'],
      [/\s+/s, 'Text'],
      [/[~!%^&*()+=|\[\]:;,.<>\/@?-]/, 'Operator'],
      [/#[a-zA-Z_]\w*#/, 'Name.Variable'],
      [/\$[a-zA-Z_]\w*(\.\w+)*/, 'Name.Variable'],
      [/(true|false|null)\b/, 'Keyword.Constant'],
      [/[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?/, 'Num'],
      [/"(\\.|.)*?"/, 'Str.Double'],
      [/'(\\.|.)*?'/, 'Str.Single'],
      [/([a-zA-Z_]\w*)/, (lx, m) => lx.token(BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name.Attribute', m[0])],
    ],
  },
};
