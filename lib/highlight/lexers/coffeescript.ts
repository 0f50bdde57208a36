// Follows Rouge 3.30 lib/rouge/lexers/coffeescript.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`for by while until loop break continue return switch when then if else do yield throw try
  catch finally await new delete typeof instanceof super extends this class import export debugger`);
const CONSTANTS = wordSet('true false yes no on off null NaN Infinity undefined');
const BUILTINS = wordSet(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun
  decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt document window`);
const ID = '[$a-zA-Z_][a-zA-Z0-9_]*';

export const coffeescript: LexerDef = {
  name: 'coffeescript',
  aliases: ['coffee', 'coffee-script'],
  states: {
    comments: [[/###[^#].*?###/s, 'Comment.Multiline'], [/#.*$/, 'Comment.Single']],
    whitespace: [[/\s+/, 'Text']],
    regex_comment: [
      [/^#(?!\{).*$/, 'Comment.Single'],
      [/(\s+)(#(?!\{).*)$/, (lx, m) => lx.groups(m, 'Text', 'Comment.Single')],
    ],
    multiline_regex_begin: [[/\/\/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('multiline_regex'); }]],
    multiline_regex_end: [[rx(String.raw`///([gimy]+\b|\B)`), 'Str.Regex', '#pop']],
    multiline_regex: [
      { mixin: 'multiline_regex_end' },
      { mixin: 'regex_comment' },
      { mixin: 'has_interpolation' },
      { mixin: 'comments' },
      { mixin: 'whitespace' },
      { mixin: 'code_escape' },
      [/\\\D/, 'Str.Escape'],
      [/\\\d+/, 'Name.Variable'],
      [/./s, 'Str.Regex'],
    ],
    slash_starts_regex: [
      { mixin: 'comments' },
      { mixin: 'whitespace' },
      { mixin: 'multiline_regex_begin' },
      [rx(String.raw`/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)`), 'Str.Regex', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    root: [
      [/^(?=\s|\/|<!--)/, (lx) => lx.push('slash_starts_regex')],
      { mixin: 'comments' },
      { mixin: 'whitespace' },
      [rx(String.raw`
        [+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|
        [?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*` + '`' + String.raw`%&|^/])=?`, 'x'), 'Operator', 'slash_starts_regex'],
      [/[-=]>/, 'Name.Function'],
      [rx(`(@)([ \\t]*)(${ID})`), (lx, m) => { lx.groups(m, 'Name.Variable.Instance', 'Text', 'Name.Attribute'); lx.push('slash_starts_regex'); }],
      [rx(`([.])([ \\t]*)(${ID})`), (lx, m) => { lx.groups(m, 'Punctuation', 'Text', 'Name.Attribute'); lx.push('slash_starts_regex'); }],
      [rx(`${ID}(?=\\s*:)`), 'Name.Attribute', 'slash_starts_regex'],
      [rx(ID), (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : CONSTANTS.has(w) ? 'Name.Constant' : BUILTINS.has(w) ? 'Name.Builtin' : 'Name.Other', w);
        lx.push('slash_starts_regex');
      }],
      [/[{(\[;,]/, 'Punctuation', 'slash_starts_regex'],
      [/[})\].]/, 'Punctuation'],
      [/\d+[.]\d+([eE]\d+)?[fd]?/, 'Num.Float'],
      [/0x[0-9a-fA-F]+/, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/"""/, 'Str', 'tdqs'],
      [/'''/, 'Str', 'tsqs'],
      [/"/, 'Str', 'dqs'],
      [/'/, 'Str', 'sqs'],
    ],
    code_escape: [[/\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})/, 'Str.Escape']],
    strings: [[/[^#\\'"]+/, 'Str'], { mixin: 'code_escape' }, [/\\./, 'Str.Escape'], [/#/, 'Str']],
    double_strings: [[/'/, 'Str'], { mixin: 'has_interpolation' }, { mixin: 'strings' }],
    single_strings: [[/"/, 'Str'], { mixin: 'strings' }],
    interpolation: [[/}/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
    has_interpolation: [[/[#][{]/, 'Str.Interpol', 'interpolation']],
    dqs: [[/"/, 'Str', '#pop'], { mixin: 'double_strings' }],
    tdqs: [[/"""/, 'Str', '#pop'], [/"/, 'Str'], { mixin: 'double_strings' }],
    sqs: [[/'/, 'Str', '#pop'], { mixin: 'single_strings' }],
    tsqs: [[/'''/, 'Str', '#pop'], [/'/, 'Str'], { mixin: 'single_strings' }],
  },
};
