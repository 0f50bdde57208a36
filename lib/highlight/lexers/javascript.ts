// Follows Rouge 3.30 lib/rouge/lexers/javascript.rb (and typescript/common.rb through `jsLexer`).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';

export interface JsWords {
  readonly keywords: ReadonlySet<string>;
  readonly declarations: ReadonlySet<string>;
  readonly reserved: ReadonlySet<string>;
  readonly constants: ReadonlySet<string>;
  readonly builtins: ReadonlySet<string>;
}

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
export const JS_WORDS: JsWords = {
  keywords: set(`as async await break case catch continue debugger default delete
    do else export finally from for if import in instanceof new of return super switch this throw try typeof void while yield`),
  declarations: set('var let const with function class extends constructor get set static'),
  reserved: set('enum implements interface package private protected public'),
  constants: set('true false null NaN Infinity undefined'),
  builtins: set(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt
    document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect
    Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray
    Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer`),
};

/** Javascript.id_regex */
export const JS_ID = String.raw`[\p{L}\p{Nl}$_][\p{Word}]*`;

interface Extra { readonly root?: readonly RuleSpec<unknown>[]; readonly statement?: readonly RuleSpec<unknown>[] }

export function jsLexer(name: string, aliases: readonly string[], w: JsWords, extra: Extra = {}): LexerDef {
  return {
    name, aliases,
    states: {
      multiline_comment: [
        [/[*]\//, 'Comment.Multiline', '#pop'],
        [/[^*\/]+/, 'Comment.Multiline'],
        [/[*\/]/, 'Comment.Multiline'],
      ],
      comments_and_whitespace: [
        [/\s+/, 'Text'],
        [/<!--/, 'Comment'],
        [/\/\/.*?$/, 'Comment.Single'],
        [/\/[*]/, 'Comment.Multiline', 'multiline_comment'],
      ],
      expr_start: [
        { mixin: 'comments_and_whitespace' },
        [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex'); }],
        [/[{]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('object'); }],
        [/(?:)/, 'Text', '#pop'],
      ],
      regex: [
        [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex_end'); }],
        [/[^\/]\n/, 'Error', '#pop'],
        [/\n/, 'Error', '#pop'],
        [/\[\^/, 'Str.Escape', 'regex_group'],
        [/\[/, 'Str.Escape', 'regex_group'],
        [/\\./, 'Str.Escape'],
        [/[(][?][:=<!]/, 'Str.Escape'],
        [/[{][\d,]+[}]/, 'Str.Escape'],
        [/[()?]/, 'Str.Escape'],
        [/./, 'Str.Regex'],
      ],
      regex_end: [
        [/[gimuy]+/, 'Str.Regex', '#pop'],
        [/(?:)/, (lx) => lx.pop()],
      ],
      regex_group: [
        [/\//, 'Str.Escape'],
        [/[^\/]\n/, (lx, m) => { lx.token('Error', m[0]); lx.pop(2); }],
        [/\]/, 'Str.Escape', '#pop'],
        [/\\./, 'Str.Escape'],
        [/./, 'Str.Regex'],
      ],
      bad_regex: [[/[^\n]+/, 'Error', '#pop']],
      root: [
        ...(extra.root ?? []),
        [/\A\s*#!.*?\n/s, 'Comment.Preproc', 'statement'],
        [/(?<=\n)(?=\s|\/|<!--)/, 'Text', 'expr_start'],
        { mixin: 'comments_and_whitespace' },
        [/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'Operator', 'expr_start'],
        [/[-<>+*%&|\^\/!=]=?/, 'Operator', 'expr_start'],
        [/[(\[,]/, 'Punctuation', 'expr_start'],
        [/;/, 'Punctuation', 'statement'],
        [/[)\].]/, 'Punctuation'],
        [/`/, (lx, m) => { lx.token('Str.Double', m[0]); lx.push('template_string'); }],
        [/[?][.]/, 'Punctuation'],
        [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
        [/(\@)(\w+)?/, (lx, m) => { lx.groups(m, 'Punctuation', 'Name.Decorator'); lx.push('expr_start'); }],
        [/[{}]/, 'Punctuation', 'statement'],
        [rx(JS_ID, 'i'), (lx, m) => {
          const id = m[0];
          if (w.keywords.has(id)) { lx.token('Keyword', id); lx.push('expr_start'); }
          else if (w.declarations.has(id)) { lx.token('Keyword.Declaration', id); lx.push('expr_start'); }
          else if (w.reserved.has(id)) lx.token('Keyword.Reserved', id);
          else if (w.constants.has(id)) lx.token('Keyword.Constant', id);
          else if (w.builtins.has(id)) lx.token('Name.Builtin', id);
          else lx.token('Name.Other', id);
        }],
        [/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'Num.Float'],
        [/0x[0-9a-fA-F]+/i, 'Num.Hex'],
        [/0o[0-7][0-7_]*/i, 'Num.Oct'],
        [/0b[01][01_]*/i, 'Num.Bin'],
        [/[0-9]+/, 'Num.Integer'],
        [/"/, 'Str.Delimiter', 'dq'],
        [/'/, 'Str.Delimiter', 'sq'],
        [/:/, 'Punctuation'],
      ],
      dq: [
        [/\\[\\nrt"]?/, 'Str.Escape'],
        [/[^\\"]+/, 'Str.Double'],
        [/"/, 'Str.Delimiter', '#pop'],
      ],
      sq: [
        [/\\[\\nrt']?/, 'Str.Escape'],
        [/[^\\']+/, 'Str.Single'],
        [/'/, 'Str.Delimiter', '#pop'],
      ],
      statement: [
        ...(extra.statement ?? []),
        [/case\b/, (lx, m) => { lx.token('Keyword', m[0]); lx.goto('expr_start'); }],
        [rx(`(${JS_ID})(\\s*)(:)`, 'i'), (lx, m) => lx.groups(m, 'Name.Label', 'Text', 'Punctuation')],
        { mixin: 'expr_start' },
      ],
      object: [
        { mixin: 'comments_and_whitespace' },
        [/[{]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push(); }],
        [/[}]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('statement'); }],
        [rx(`(${JS_ID})(\\s*)(:)`, 'i'), (lx, m) => { lx.groups(m, 'Name.Attribute', 'Text', 'Punctuation'); lx.push('expr_start'); }],
        [/:/, 'Punctuation'],
        { mixin: 'root' },
      ],
      ternary: [
        [/:/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }],
        { mixin: 'root' },
      ],
      template_string: [
        [/[$]{/, 'Punctuation', 'template_string_expr'],
        [/`/, 'Str.Double', '#pop'],
        [/\\[$`]/, 'Str.Escape'],
        [/[^$`\\]+/, 'Str.Double'],
        [/[\\$]/, 'Str.Double'],
      ],
      template_string_expr: [
        [/}/, 'Punctuation', '#pop'],
        { mixin: 'root' },
      ],
    },
  };
}

export const javascript = jsLexer('javascript', ['js'], JS_WORDS);
