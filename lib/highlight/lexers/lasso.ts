// Follows Rouge 3.30 lib/rouge/lexers/lasso.rb (a TemplateLexer over HTML; keywords in lasso-words.ts,
// built on first use). Option: start_inline.
import { rx, type LexerDef } from '../engine.js';
import { html } from './html.js';
import { lassoWords } from './lasso-words.js';

const ID = '[a-zA-Z_][\\w.]*'; // /[a-z_][\w.]*/i
const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);

export const lasso: LexerDef = {
  name: 'lasso',
  aliases: ['lassoscript'],
  start: (lx) => {
    const opt = lx.options['start_inline'];
    if (opt !== undefined && asBool(opt)) lx.push('lasso');
  },
  states: {
    root: [
      [/^#![ \S]+lasso9\b/, 'Comment.Preproc', 'lasso'],
      [/(?=\[|<)/, (lx) => lx.push('delimiters')],
      [/\s+/, 'Text.Whitespace'],
      [/(?:)/, (lx) => { lx.push('delimiters'); lx.push('lassofile'); }],
    ],
    delimiters: [
      [/\[no_square_brackets\]/, 'Comment.Preproc', 'nosquarebrackets'],
      [/\[noprocess\]/, 'Comment.Preproc', 'noprocess'],
      [/\[/, 'Comment.Preproc', 'squarebrackets'],
      [/<\?(lasso(script)?|=)/i, 'Comment.Preproc', 'anglebrackets'],
      [/([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=)))+/is, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    nosquarebrackets: [
      [/\[noprocess\]/, 'Comment.Preproc', 'noprocess'],
      [/<\?(lasso(script)?|=)/i, 'Comment.Preproc', 'anglebrackets'],
      [/([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=))|\[(?!noprocess))+/is, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    noprocess: [
      [/\[\/noprocess\]/, 'Comment.Preproc', '#pop'],
      [/([^\[]|\[(?!\/noprocess))+/i, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    squarebrackets: [[/\]/, 'Comment.Preproc', '#pop'], { mixin: 'lasso' }],
    anglebrackets: [[/\?>/, 'Comment.Preproc', '#pop'], { mixin: 'lasso' }],
    lassofile: [[/\]|\?>/, 'Comment.Preproc', '#pop'], { mixin: 'lasso' }],
    whitespacecomments: [
      [/\s+/, 'Text'],
      [/\/\/.*?\n/, 'Comment.Single'],
      [/\/\*\*!.*?\*\//s, 'Comment.Doc'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
    ],
    lasso: [
      { mixin: 'whitespacecomments' },
      [/\d*\.\d+(e[+-]?\d+)?/i, 'Num.Float'],
      [/0x[\da-f]+/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/(infinity|NaN)\b/i, 'Num'],
      [/'[^'\\]*(\\.[^'\\]*)*'/s, 'Str.Single'],
      [/"[^"\\]*(\\.[^"\\]*)*"/s, 'Str.Double'],
      [/`[^`]*`/s, 'Str.Backtick'],
      [rx(`\\$${ID}`), 'Name.Variable'],
      [rx(`#(${ID}|\\d+\\b)`), 'Name.Variable.Instance'],
      [rx(`(\\.\\s*)('${ID}')`), (lx, m) => lx.groups(m, 'Name.Builtin.Pseudo', 'Name.Variable.Class')],
      [rx(`(self)(\\s*->\\s*)('${ID}')`, 'i'), (lx, m) => lx.groups(m, 'Name.Builtin.Pseudo', 'Operator', 'Name.Variable.Class')],
      [rx(`(\\.\\.?\\s*)(${ID}(=(?!=))?)`), (lx, m) => lx.groups(m, 'Name.Builtin.Pseudo', 'Name.Other')],
      [rx(`(->\\\\?\\s*|&\\s*)(${ID}(=(?!=))?)`), (lx, m) => lx.groups(m, 'Operator', 'Name.Other')],
      [/(?<!->)(self|inherited|currentcapture|givenblock)\b/i, 'Name.Builtin.Pseudo'],
      [rx(`-(?!infinity)${ID}`, 'i'), 'Name.Attribute'],
      [rx(`::\\s*${ID}`), 'Name.Label'],
      [rx(`(define)(\\s+)(${ID})(\\s*=>\\s*)(type|trait|thread)\\b`, 'i'), (lx, m) =>
        lx.groups(m, 'Keyword.Declaration', 'Text', 'Name.Class', 'Operator', 'Keyword')],
      [rx(`(define)(\\s+)(${ID})(\\s*->\\s*)(${ID}=?|[-+*/%])`, 'i'), (lx, m) => {
        lx.groups(m, 'Keyword.Declaration', 'Text', 'Name.Class', 'Operator', 'Name.Function');
        lx.push('signature');
      }],
      [rx(`(define)(\\s+)(${ID})`, 'i'), (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text', 'Name.Function'); lx.push('signature'); }],
      [rx(`(public|protected|private|provide)(\\s+)((${ID}=?|[-+*/%])(?=\\s*\\())`, 'i'), (lx, m) => {
        lx.groups(m, 'Keyword', 'Text', 'Name.Function');
        lx.push('signature');
      }],
      [rx(`(public|protected|private|provide)(\\s+)(${ID})`, 'i'), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function')],
      [/(true|false|none|minimal|full|all|void)\b/i, 'Keyword.Constant'],
      [/(local|var|variable|global|data(?=\s))\b/i, 'Keyword.Declaration'],
      [rx(`(${ID})(\\s+)(in)\\b`, 'i'), (lx, m) => lx.groups(m, 'Name', 'Text', 'Keyword')],
      [rx(`(let|into)(\\s+)(${ID})`, 'i'), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name')],
      [/,/, 'Punctuation', 'commamember'],
      [/(and|or|not)\b/i, 'Operator.Word'],
      [rx(`(${ID})(\\s*::\\s*${ID})?(\\s*=(?!=|>))`), (lx, m) => lx.groups(m, 'Name', 'Name.Label', 'Operator')],
      [/(\/?)([\w.]+)/, (lx, m) => {
        const w = lassoWords();
        const name = m[2]!.toLowerCase();
        lx.token('Punctuation', m[1]);
        lx.token(name === 'namespace_using' ? 'Keyword.Namespace' : w.exceptions.has(name) ? 'Name.Exception'
          : w.types.has(name) ? 'Keyword.Type' : w.traits.has(name) ? 'Name.Decorator' : w.keywords.has(name) ? 'Keyword'
          : w.builtins.has(name) ? 'Name.Builtin' : 'Name.Other', m[2]);
      }],
      [/(=)(n?bw|n?ew|n?cn|lte?|gte?|n?eq|n?rx|ft)\b/i, (lx, m) => lx.groups(m, 'Operator', 'Operator.Word')],
      [/:=|[-+*\/%=<>&|!?\\]+/, 'Operator'],
      [/[{}():;,@^]/, 'Punctuation'],
    ],
    signature: [[/\=>/, 'Operator', '#pop'], [/\)/, 'Punctuation', '#pop'], [/[(,]/, 'Punctuation', 'parameter'], { mixin: 'lasso' }],
    parameter: [[/\)/, 'Punctuation', '#pop'], [rx(`-?${ID}`), 'Name.Attribute', '#pop'], [/\.\.\./, 'Name.Builtin.Pseudo'], { mixin: 'lasso' }],
    commamember: [
      [rx(`(${ID}=?|[-+*/%])(?=\\s*(\\(([^()]*\\([^()]*\\))*[^\\)]*\\)\\s*)?(::[\\w.\\s]+)?=>)`), 'Name.Function', 'signature'],
      { mixin: 'whitespacecomments' },
      [/(?:)/, 'Text', '#pop'],
    ],
  },
};
