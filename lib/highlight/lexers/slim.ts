// Follows Rouge 3.30 lib/rouge/lexers/slim.rb (with Indentation): tags with attributes, Ruby
// lines, plain text blocks, and :filters lexed by their own lexer (shared with haml.ts).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { coffeescript } from './coffeescript.js';
import { css } from './css.js';
import { erb } from './erb.js';
import { FILTER_TEXT, rubyInner, startFilter, type FilterIndent } from './haml.js';
import { html } from './html.js';
import { freshIndent, indentation, startsBlock } from './indentation.js';
import { javascript } from './javascript.js';
import { markdown } from './markdown.js';
import { ruby } from './ruby.js';
import { sass } from './sass.js';
import { scss } from './scss.js';

type L = Lexing<FilterIndent>;

const FILTERS: Readonly<Record<string, LexerDef<any>>> = { ruby, erb, javascript, css, coffee: coffeescript, markdown, scss, sass };
const RUBY_CHARS = String.raw`(?:[\w\!\?\@\$])`;
// An interpolated Regexp (?-mix:...), here with a capture group of its own.
const DOT = String.raw`(?:(\\\n|.))`;
const DIRTY_HTML = /(<\/?[\w\s\='"]+?\/?>)/;

/** `*name` or `*{...}`: splatted attributes, lexed as Ruby. */
const splat = (lx: L, m: RegExpExecArray): void => { lx.token('Punctuation', m[1]); lx.delegate(ruby, m[2]!); };

export const slim: LexerDef<FilterIndent> = {
  name: 'slim',
  init: () => ({ ...freshIndent(), filter: null }),
  start: (lx) => { lx.child(ruby).reset(); lx.child(html).reset(); },
  states: {
    root: [
      [/\s*\n/, 'Text'],
      [/\s*/, (lx, m) => { lx.token('Text', m[0]); indentation(lx, m[0]); }],
    ],
    content: [
      { mixin: 'css' },
      [rx(`\\/${DOT}*`), 'Comment', 'indented_block'],
      [/(doctype)(\s+)(.*)/, (lx, m) => { lx.groups(m, 'Name.Namespace', 'Text.Whitespace', 'Text'); lx.pop(); }],
      [/(\w*):\s*\n/, (lx, m) => startFilter(lx, FILTERS, m)],
      [/[\|'](?=\s)/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(); startsBlock(lx, 'plain_block'); lx.goto('plain_block'); }],
      [/-|==|=/, 'Punctuation', 'ruby_line'],
      [rx(`(\\*)(${RUBY_CHARS}+\\(.*?\\))`), (lx, m) => { splat(lx, m); lx.push('tag'); }],
      [rx(`(\\*)(${RUBY_CHARS}+)`), (lx, m) => { splat(lx, m); lx.push('tag'); }],
      [DIRTY_HTML, (lx, m) => { lx.delegate(html, m[1]!); lx.pop(); }],
      [/\w+/, 'Name.Tag', 'tag'],
    ],
    tag: [
      { mixin: 'css' },
      { mixin: 'indented_block' },
      { mixin: 'interpolation' },
      [/[<>]/, 'Punctuation'],
      [/\s+?/, 'Text.Whitespace'],
      [rx(`(\\*)(${RUBY_CHARS}+)`), splat],
      [rx(`(\\*)(\\{${DOT}+?\\})`), splat],
      [/([\w\-]+)(\s*)(\=)/, (lx, m) => { lx.groups(m, 'Name.Attribute', 'Text.Whitespace', 'Punctuation'); lx.push('html_attr'); }],
      [rx(`(\\=)(${DOT}+)`), splat],
      [/&\S*?;/, 'Name.Entity'],
      [rx(`${DOT}+?`), 'Text'],
      [/\s*\n/, 'Text.Whitespace', '#pop'],
    ],
    css: [
      [/\.[\w-]*/, (lx, m) => { lx.token('Name.Class', m[0]); lx.goto('tag'); }],
      [/#[a-zA-Z][\w:-]*/, (lx, m) => { lx.token('Name.Function', m[0]); lx.goto('tag'); }],
    ],
    html_attr: [
      [rx(`\\s*(['"])${DOT}*?\\1`), 'Literal.String', '#pop'],
      [rx(`(${RUBY_CHARS}+\\(.*?\\))`), (lx, m) => { lx.delegate(ruby, m[1]!); lx.pop(); }],
      [rx(`(${RUBY_CHARS}+)`), (lx, m) => { lx.delegate(ruby, m[1]!); lx.pop(); }],
      [/\s+/, 'Text.Whitespace'],
    ],
    ruby_line: [
      { mixin: 'indented_block' },
      [/[,\\]\s*\n/, (lx, m) => lx.delegate(ruby, m[0])],
      [/[ ]\|[ \t]*\n/, 'Str.Escape'],
      [/.*?(?=([,\\]$| \|)?[ \t]*$)/, (lx, m) => lx.delegate(ruby, m[0])],
    ],
    filter_block: [FILTER_TEXT, { mixin: 'interpolation' }, { mixin: 'indented_block' }],
    plain_block: [
      { mixin: 'interpolation' },
      [DIRTY_HTML, (lx, m) => lx.delegate(html, m[1]!)],
      [/&\S*?;/, 'Name.Entity'],
      [rx(`${DOT}+?`), 'Text'],
      { mixin: 'indented_block' },
    ],
    interpolation: [[/#[{]/, 'Str.Interpol', 'ruby_interp']],
    ruby_interp: [[/[}]/, 'Str.Interpol', '#pop'], { mixin: 'ruby_interp_inner' }],
    ruby_interp_inner: rubyInner('ruby_interp_inner'),
    indented_block: [[/(?<!\\)\n/, (lx, m) => { lx.token('Text', m[0]); lx.resetStack(); }]],
  },
};
