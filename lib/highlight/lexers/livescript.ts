// Follows Rouge 3.30 lib/rouge/lexers/livescript.rb (constants and builtins: JavaScript's, see
// javascript.ts, and LiveScript's own).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';
import { JS_WORDS } from './javascript.js';

const DECLARATIONS = wordSet('const let var function class extends implements');
const KEYWORDS = wordSet(`loop until for in of while break return continue switch case fallthrough default otherwise when
  then if unless else throw try catch finally new delete typeof instanceof super by from to til with require do
  debugger import export yield`);
const CONSTANTS = new Set([...JS_WORDS.constants, ...wordSet('yes no on off void')]);
const BUILTINS = new Set([...JS_WORDS.builtins, ...wordSet('this it that arguments')]);
const LOOP_CONTROL = wordSet('break continue');

// `id` is /.../i interpolated into case-sensitive regexes: its letters are spelled in both cases.
const ID = '(?:[$a-zA-Z_]((-(?=[a-zA-Z]))?[a-zA-Z0-9_])*)';
const INT_NUMBER = '(?:\\d[\\d_]*)';
const INT = `(?:${INT_NUMBER}(e[+-]?${INT_NUMBER})?[$\\w]*)`; // the last class matches units

const string = (quote: string, mixin: string, other: string): readonly RuleSpec<unknown>[] => [
  [rx(quote), 'Str', '#pop'],
  ...(other ? [[rx(other), 'Str'] as const] : []),
  { mixin },
];

export const livescript: LexerDef = {
  name: 'livescript',
  aliases: ['ls'],
  states: {
    root: [
      [/^(?=\s|\/)/, (lx) => lx.push('slash_starts_regex')],
      { mixin: 'comments' },
      { mixin: 'whitespace' },
      [/(<\[)(.*?)(\]>)/s, (lx, m) => lx.groups(m, 'Punctuation', 'Str', 'Punctuation')], // list of words
      [/!\s*function\b/, 'Keyword.Declaration'],
      [/!?[-~]>|<[-~]!?/, 'Keyword.Declaration'],
      [/(=>)/, 'Keyword'],
      [rx(`(::)(${ID})`), (lx, m) => { lx.groups(m, 'Punctuation', 'Name.Attribute'); lx.push('id'); }],
      [rx(`(::)(${INT})`), (lx, m) => { lx.groups(m, 'Punctuation', 'Num.Integer'); lx.push('id'); }],
      [rx(`(@)(${ID})`), (lx, m) => { lx.groups(m, 'Name.Variable.Instance', 'Name.Attribute'); lx.push('id'); }],
      [rx(`([.])(${ID})`), (lx, m) => { lx.groups(m, 'Punctuation', 'Name.Attribute'); lx.push('id'); }],
      [/([.])(\d+)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Num.Integer'); lx.push('id'); }],
      [rx(`${ID}(?=\\s*:[^:=])`), 'Name.Attribute'],
      [rx(String.raw`
        [+][+]|--|&&|\b(and|x?or|is(nt)?|not)\b(?!-[a-zA-Z]|_)|[|][|]|
        [.]([|&^]|<<|>>>?)[.]|\\(?=\n)|[.:]=|<<<<?|<[|]|[|]>|
        (<<|>>|==?|!=?|[-<>+*%^/~?])=?
      `, 'x'), 'Operator', 'slash_starts_regex'],
      [rx(`(&)(${ID})?`), (lx, m) => lx.groups(m, 'Name.Builtin', 'Name.Attribute')], // arguments shorthand
      [/[|]|\bcase(?=\s)/, 'Keyword', 'switch_underscore'],
      [/@/, 'Name.Variable.Instance'],
      [/[.]{3}/, 'Punctuation'],
      [/:/, 'Punctuation'],
      [rx(ID), (lx, m) => {
        const w = m[0];
        if (LOOP_CONTROL.has(w)) { lx.token('Keyword', w); lx.push('loop_control'); return; }
        if (KEYWORDS.has(w)) lx.token('Keyword', w);
        else if (CONSTANTS.has(w)) lx.token('Name.Constant', w);
        else if (BUILTINS.has(w)) lx.token('Name.Builtin', w);
        else if (DECLARATIONS.has(w)) lx.token('Keyword.Declaration', w);
        else if (/^[A-Z]/.test(w) && /[^-][a-z]/.test(w)) lx.token('Name.Class', w);
        else lx.token('Name.Variable', w);
        lx.push('id');
      }],
      [rx(`\\](?=[!?.]|${ID})`), 'Punctuation', 'id'],
      [/[{(\[;,]/, 'Punctuation', 'slash_starts_regex'],
      [/[})\].]/, 'Punctuation'],
      [rx(`${INT_NUMBER}[.]${INT}`), 'Num.Float'],
      [/0x[0-9A-Fa-f]+/, 'Num.Hex'],
      [rx(INT), 'Num.Integer'],
      [/"""/, (lx, m) => { lx.token('Str', m[0]); lx.pushDynamic('"""', () => string('"""', 'double_strings', '"')); }],
      [/'''/, (lx, m) => { lx.token('Str', m[0]); lx.pushDynamic("'''", () => string("'''", 'single_strings', "'")); }],
      [/"/, (lx, m) => { lx.token('Str', m[0]); lx.pushDynamic('"', () => string('"', 'double_strings', '')); }],
      [/'/, (lx, m) => { lx.token('Str', m[0]); lx.pushDynamic("'", () => string("'", 'single_strings', '')); }],
      [/\\\S[^\s,;\])}]*/, 'Str'], // words
    ],
    code_escape: [[rx(String.raw`\\(
      c[A-Z]|
      x[0-9a-fA-F]{2}|
      u[0-9a-fA-F]{4}|
      u\{[0-9a-fA-F]{4}\}
    )`, 'x'), 'Str.Escape']],
    interpolated_expression: [[/}/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
    interpolation: [
      [/[#][{]/, 'Str.Interpol', 'interpolated_expression'],
      [rx(`(#)(${ID})`), (lx, m) => lx.groups(m, 'Str.Interpol', BUILTINS.has(m[2]!) ? 'Name.Builtin' : 'Name.Variable')],
    ],
    whitespace: [ // white space and loop labels
      [rx(`(\\s+?)(?:^([^\\S\\n]*)(:${ID}))?`, 'm'), (lx, m) => lx.groups(m, 'Text', 'Text', 'Name.Label')],
    ],
    whitespace_single_line: [[/[^\S\n]+/, 'Text']],
    slash_starts_regex: [
      { mixin: 'comments' },
      { mixin: 'whitespace' },
      { mixin: 'multiline_regex_begin' },
      [rx(String.raw`
        /(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/ # a regex
        ([gimy]+\b|\B)
      `, 'x'), 'Str.Regex', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    multiline_regex_begin: [[/\/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('multiline_regex'); }]],
    multiline_regex_end: [[/\/\/([gimy]+\b|\B)/, 'Str.Regex', '#pop']],
    multiline_regex: [
      { mixin: 'multiline_regex_end' },
      { mixin: 'regex_comment' },
      { mixin: 'interpolation' },
      { mixin: 'code_escape' },
      [/\\\D/, 'Str.Escape'],
      [/\\\d+/, 'Name.Variable'],
      [/./s, 'Str.Regex'],
    ],
    regex_comment: [
      [/^#(\s+.*)?$/, 'Comment.Single'],
      [/(\s+)(#)(\s+.*)?$/, (lx, m) => lx.groups(m, 'Text', 'Comment.Single', 'Comment.Single')],
    ],
    comments: [[/\/\*.*?\*\//s, 'Comment.Multiline'], [/#.*$/, 'Comment.Single']],
    switch_underscore: [
      { mixin: 'whitespace_single_line' },
      [/_(?=\s*=>|\s+then\b)/, 'Keyword'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    loop_control: [
      { mixin: 'whitespace_single_line' },
      [rx(`${ID}(?=[);\\n])`), 'Name.Label'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    id: [
      [/[!?]|[.](?!=)/, 'Punctuation'],
      [/[{]/, (lx, m) => { // destructuring
        lx.token('Punctuation', m[0]);
        lx.pushDynamic('destructuring', () => [
          [/[,;]/, 'Punctuation'],
          [rx(ID), 'Name.Attribute'],
          [rx(INT), 'Num.Integer'],
          { mixin: 'whitespace' },
          [/[}]/, 'Punctuation', '#pop'],
        ]);
      }],
      [rx(ID), 'Name.Attribute'],
      [rx(INT), 'Num.Integer'],
      [/(?:)/, (lx) => lx.goto('slash_starts_regex')],
    ],
    strings: [ // all strings are multi-line
      [/[^#\\'"]+/s, 'Str'],
      { mixin: 'code_escape' },
      [/\\./, 'Str.Escape'],
      [/#/, 'Str'],
    ],
    double_strings: [[/'/, 'Str'], { mixin: 'interpolation' }, { mixin: 'strings' }],
    single_strings: [[/"/, 'Str'], { mixin: 'strings' }],
  },
};
