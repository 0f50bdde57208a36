// Follows Rouge 3.30 lib/rouge/lexers/css.rb.
import { rx, type LexerDef } from '../engine.js';
import { ATTRIBUTES, BUILTINS, CONSTANTS } from './css-words.js';

const ID = String.raw`[\p{L}_-][\p{Word}\p{Cf}-]*`;
const NUMBER = String.raw`-?(?:[0-9]+(\.[0-9]+)?|\.[0-9]+)`;
const VENDOR = '-ah- -atsc- -hp- -khtml- -moz- -ms- -o- -rim- -ro- -tc- -wap- -webkit- -xv- mso- prince-'.split(' ');

export const css: LexerDef = {
  name: 'css',
  states: {
    root: [
      { mixin: 'basics' },
      [/{/, 'Punctuation', 'stanza'],
      [rx(`:[:]?${ID}`), 'Name.Decorator'],
      [rx(`\\.${ID}`), 'Name.Class'],
      [rx(`#${ID}`), 'Name.Function'],
      [rx(`@${ID}`), 'Keyword', 'at_rule'],
      [rx(ID), 'Name.Tag'],
      [/[~^*!%&\[\]()<>|+=@:;,.\/?-]/, 'Operator'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Single'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Double'],
    ],
    value: [
      { mixin: 'basics' },
      [/url\(.*?\)/, 'Str.Other'],
      [/#[0-9a-f]{1,6}/i, 'Num'],
      [rx(`${NUMBER}(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)\\b)?`), 'Num'],
      [/[\[\]():\/.,]/, 'Punctuation'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Single'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Double'],
      [rx(ID), (lx, m) => lx.token(CONSTANTS.has(m[0]) ? 'Name.Constant' : BUILTINS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
    ],
    at_rule: [
      [rx(`{(?=\\s*${ID}\\s*:)`, 'm'), 'Punctuation', 'at_stanza'],
      [/{/, 'Punctuation', 'at_body'],
      [/;/, 'Punctuation', '#pop'],
      { mixin: 'value' },
    ],
    at_body: [{ mixin: 'at_content' }, { mixin: 'root' }],
    at_stanza: [{ mixin: 'at_content' }, { mixin: 'stanza' }],
    at_content: [[/}/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }]],
    basics: [
      [/\s+/s, 'Text'],
      [/\/\*(?:.*?)\*\//s, 'Comment'],
    ],
    stanza: [
      { mixin: 'basics' },
      [/}/, 'Punctuation', '#pop'],
      [rx(`(${ID})(\\s*)(:)`, 'm'), (lx, m) => {
        const name = m[1]!;
        const label = ATTRIBUTES.has(name) || VENDOR.some((p) => name.startsWith(p));
        lx.groups(m, label ? 'Name.Label' : 'Name.Property', 'Text', 'Punctuation');
        lx.push('stanza_value');
      }],
    ],
    stanza_value: [
      [/;/, 'Punctuation', '#pop'],
      [/(?=})/, (lx) => lx.pop()],
      [/!\s*important\b/, 'Comment.Preproc'],
      [/^@.*?$/, 'Comment.Preproc'],
      { mixin: 'value' },
    ],
  },
};
