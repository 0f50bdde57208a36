// Follows Rouge 3.30 lib/rouge/lexers/haml.rb (with Indentation): tags, Ruby lines and
// attributes, plain text as HTML, and :filters lexed by their own lexer. The `filters` option
// is not supported (Rouge's default filters).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { freshIndent, indentation, startsBlock, type Indent } from './indentation.js';
import { css } from './css.js';
import { erb } from './erb.js';
import { html } from './html.js';
import { javascript } from './javascript.js';
import { markdown } from './markdown.js';
import { ruby } from './ruby.js';
import { sass } from './sass.js';

/** The lexer state of Haml and Slim: the Indentation block and the current filter's lexer. */
export interface FilterIndent extends Indent { filter: LexerDef<any> | null }
type S = FilterIndent;
type L = Lexing<S>;

const FILTERS: Readonly<Record<string, LexerDef<any>>> = { javascript, css, ruby, erb, markdown, sass };
// Interpolated Regexp objects are groups (?-mix:...) in Ruby.
const IDENT = String.raw`(?:[\w:-]+)`;
const RUBY_VAR = String.raw`(?:[a-z]\w*)`;
const DOT = String.raw`(?:[ ]\|\n(?=.*[ ]\|)|.)`;
/** Plain text up to an interpolation or the end of the line. */
const PLAIN = /([^#\n]|#[^{\n]|(\\\\)*\\#\{)+/;

/** A `:name` line starts a filter block (Haml and Slim): the filter's lexer, reset, or none. */
export function startFilter(lx: L, filters: Readonly<Record<string, LexerDef<any>>>, m: RegExpExecArray): void {
  lx.token('Name.Decorator', m[0]);
  lx.pop();
  startsBlock(lx, 'filter_block');
  lx.s.filter = filters[m[1]!.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')] ?? null;
  if (lx.s.filter) lx.child(lx.s.filter).reset();
}
/** filter_block's text: lexed by the filter, or a decorator when there is none. */
export const FILTER_TEXT: RuleSpec<S> = [PLAIN, (lx, m) => {
  if (lx.s.filter) lx.delegate(lx.s.filter, m[0]); else lx.token('Name.Decorator', m[0]);
}];
/** Ruby code in braces, which nest (the state `self`). */
export const rubyInner = (self: string): RuleSpec<S>[] => [
  [/[{]/, (lx, m) => { lx.delegate(ruby, m[0]); lx.push(self); }],
  [/[}]/, (lx, m) => { lx.delegate(ruby, m[0]); lx.pop(); }],
  [/[^{}]+/, (lx, m) => lx.delegate(ruby, m[0])],
];
/** Haml#ruby!: a fresh Ruby lexer for a new Ruby line or hash. */
const rubyBang = (lx: L, state: string): void => { lx.child(ruby).reset(); lx.push(state); };

export const haml: LexerDef<S> = {
  name: 'haml',
  aliases: ['HAML'],
  init: () => ({ ...freshIndent(), filter: null }),
  start: (lx) => { lx.child(ruby).reset(); lx.child(html).reset(); },
  states: {
    root: [
      [/\s*\n/, 'Text'],
      [/\s*/, (lx, m) => { lx.token('Text', m[0]); indentation(lx, m[0]); }],
    ],
    content: [
      { mixin: 'css' },
      [rx(`%${IDENT}`), (lx, m) => { lx.token('Name.Tag', m[0]); lx.goto('tag'); }],
      [rx(`!!!${DOT}*\\n`), 'Name.Namespace', '#pop'],
      [rx(`(/)(\\[${DOT}*?\\])(${DOT}*\\n)`), (lx, m) => { lx.groups(m, 'Comment', 'Comment.Special', 'Comment'); lx.pop(); }],
      [rx(`/${DOT}*\\n`), (lx, m) => { lx.token('Comment', m[0]); lx.pop(); startsBlock(lx, 'html_comment_block'); }],
      [rx(`-#${DOT}*\\n`), (lx, m) => { lx.token('Comment', m[0]); lx.pop(); startsBlock(lx, 'haml_comment_block'); }],
      [/-/, (lx, m) => { lx.token('Punctuation', m[0]); lx.resetStack(); rubyBang(lx, 'ruby_line'); }],
      [rx(`:(${DOT}*)\\n`), (lx, m) => startFilter(lx, FILTERS, m)],
      { mixin: 'eval_or_plain' },
    ],
    css: [
      [rx(`\\.${IDENT}`), (lx, m) => { lx.token('Name.Class', m[0]); lx.goto('tag'); }],
      [rx(`#${IDENT}`), (lx, m) => { lx.token('Name.Function', m[0]); lx.goto('tag'); }],
    ],
    tag: [
      { mixin: 'css' },
      [/[{]/, (lx, m) => { lx.token('Punctuation', m[0]); rubyBang(lx, 'ruby_tag'); }],
      [rx(`\\[${DOT}*?\\]`), (lx, m) => lx.delegate(ruby, m[0])],
      [/\(/, 'Punctuation', 'html_attributes'],
      [/\s*\n/, 'Text', '#pop'],
      [/[<>]{1,2}(?=[ \t=])/, 'Punctuation'],
      { mixin: 'eval_or_plain' },
    ],
    plain: [
      [PLAIN, (lx, m) => lx.delegate(html, m[0])],
      { mixin: 'interpolation' },
      [/\n/, (lx, m) => { lx.token('Text', m[0]); lx.resetStack(); }],
    ],
    eval_or_plain: [
      [/[&!]?==/, 'Punctuation', 'plain'],
      [/[&!]?[=!]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.resetStack(); rubyBang(lx, 'ruby_line'); }],
      [/(?:)/, (lx) => lx.push('plain')],
    ],
    ruby_line: [
      [/\n/, 'Text', '#pop'],
      [/,[ \t]*\n/, (lx, m) => lx.delegate(ruby, m[0])],
      [/[ ]\|[ \t]*\n/, 'Str.Escape'],
      [/.*?(?=(,$| \|)?[ \t]*$)/, (lx, m) => lx.delegate(ruby, m[0])],
    ],
    ruby_tag: [{ mixin: 'ruby_inner' }],
    html_attributes: [
      [/\s+/, 'Text'],
      [rx(`${IDENT}\\s*=`), 'Name.Attribute', 'html_attribute_value'],
      [rx(IDENT), 'Name.Attribute'],
      [/\)/, 'Text', '#pop'],
    ],
    html_attribute_value: [
      [/\s+/, 'Text'],
      [rx(RUBY_VAR), 'Name.Variable', '#pop'],
      [rx(`@${RUBY_VAR}`), 'Name.Variable.Instance', '#pop'],
      [rx(`\\$${RUBY_VAR}`), 'Name.Variable.Global', '#pop'],
      [/'(\\\\|\\'|[^'\n])*'/, 'Str', '#pop'],
      [/"(\\\\|\\"|[^"\n])*"/, 'Str', '#pop'],
    ],
    html_comment_block: [[rx(`${DOT}+`), 'Comment'], { mixin: 'indented_block' }],
    haml_comment_block: [[rx(`${DOT}+`), 'Comment.Preproc'], { mixin: 'indented_block' }],
    filter_block: [
      FILTER_TEXT,
      { mixin: 'interpolation' },
      { mixin: 'indented_block' },
    ],
    interpolation: [[/#[{]/, 'Str.Interpol', 'ruby']],
    ruby: [[/[}]/, 'Str.Interpol', '#pop'], { mixin: 'ruby_inner' }],
    ruby_inner: rubyInner('ruby_inner'),
    indented_block: [[/\n/, (lx, m) => { lx.token('Text', m[0]); lx.resetStack(); }]],
  },
};
