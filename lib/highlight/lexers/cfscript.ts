// Follows Rouge 3.30 lib/rouge/lexers/cfscript.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('if else var xml default break switch do try catch throw in continue for return while required');
const DECLARATIONS = wordSet('component property function remote public package private');
const TYPES = wordSet('any array binary boolean component date guid numeric query string struct uuid void xml');
const CONSTANTS = 'application|session|client|cookie|super|this|variables|arguments|cgi';
const OPERATORS = String.raw`\+\+|--|&&|\|\||<=|>=|<|>|==|!=|mod|eq|lt|gt|lte|gte|not|is|and|or|xor|eqv|imp|equal|contains|\?`;
const DOTTED_ID = '[$a-zA-Z_][a-zA-Z0-9_.]*';

export const cfscript: LexerDef = {
  name: 'cfscript',
  aliases: ['cfc'],
  states: {
    root: [
      { mixin: 'comments_and_whitespace' },
      [rx(`(?:${OPERATORS}|does not contain|greater than(?: or equal to)?|less than(?: or equal to)?)\\b`, 'i'), 'Operator', 'expr_start'],
      [/[-<>+*%&|\^\/!=]=?/, 'Operator', 'expr_start'],
      [/[(\[,]/, 'Punctuation', 'expr_start'],
      [/;/, 'Punctuation', 'statement'],
      [/[)\].]/, 'Punctuation'],
      [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
      [/[{}]/, 'Punctuation', 'statement'],
      [rx(`(?:${CONSTANTS})\\b`), 'Name.Constant'],
      [/(?:true|false|null)\b/, 'Keyword.Constant'],
      [/import\b/, 'Keyword.Namespace', 'import'],
      [rx(`(${DOTTED_ID})(\\s*)(:)(\\s*)`), (lx, m) => { lx.groups(m, 'Name', 'Text', 'Punctuation', 'Text'); lx.push('expr_start'); }],
      [/([A-Za-z_$][\w.]*)(\s*)(\()/, (lx, m) => lx.groups(m, KEYWORDS.has(m[1]!) ? 'Keyword' : 'Name.Function', 'Text', 'Punctuation')],
      [rx(DOTTED_ID), (lx, m) => {
        const tok = DECLARATIONS.has(m[0]) ? 'Keyword.Declaration' : KEYWORDS.has(m[0]) ? 'Keyword' : TYPES.has(m[0]) ? 'Keyword.Type' : null;
        lx.token(tok ?? 'Name.Other', m[0]);
        if (tok) lx.push('expr_start');
      }],
      [/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'Num.Float'],
      [/0x[0-9a-fA-F]+/, 'Num.Hex'],
      [/[0-9]+/, 'Num.Integer'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Double'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Single'],
    ],
    comments_and_whitespace: [[/\s+/, 'Text'], [/\/\/.*?$/, 'Comment.Single'], [/\/\*.*?\*\//s, 'Comment.Multiline']],
    expr_start: [{ mixin: 'comments_and_whitespace' }, [/[{]/, 'Punctuation', 'object'], [/(?:)/, 'Text', '#pop']],
    statement: [[/[{}]/, 'Punctuation'], { mixin: 'expr_start' }],
    object: [
      { mixin: 'comments_and_whitespace' },
      [/[}]/, 'Punctuation', 'expr_start'],
      [rx(`(${DOTTED_ID})(\\s*)(:)`), (lx, m) => { lx.groups(m, 'Name.Other', 'Text', 'Punctuation'); lx.push('expr_start'); }],
      [/:/, 'Punctuation'],
      { mixin: 'root' },
    ],
    ternary: [[/:/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }], { mixin: 'root' }],
    import: [[/\s+/, 'Text'], [/[a-z0-9_.]+\*?/i, 'Name.Namespace', '#pop']],
  },
};
