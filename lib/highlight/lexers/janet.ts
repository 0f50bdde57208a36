// Follows Rouge 3.30 lib/rouge/lexers/janet.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { janetBundled } from './janet-words.js';

const SPECIALS = wordSet('break def do fn if quote quasiquote splice set unquote var while');
const PUNCTUATION = '[_!$%^&*+=~<>.?\\/-]';
const SYMBOL = rx(`([[:alpha:]]|${PUNCTUATION})([[:word:]]|${PUNCTUATION}|:)*`);

/** Janet#name_token */
const nameToken = (name: string): string =>
  SPECIALS.has(name) ? 'Keyword' : janetBundled().has(name) ? 'Keyword.Reserved' : 'Name.Function';

export const janet: LexerDef = {
  name: 'janet',
  aliases: ['jdn'],
  states: {
    root: [
      [/#.*?$/, 'Comment.Single'],
      [/\s+/, 'Text.Whitespace'],
      [/(true|false|nil)\b/, 'Name.Constant'],
      [rx(`(['~])(${SYMBOL.source})`), (lx, m) => lx.groups(m, 'Operator', 'Str.Symbol')],
      [rx(`:([[:word:]]|${PUNCTUATION}|:)*`), 'Keyword.Constant'],
      [/[+-]?\d{1,2}r[\w.]+(&[+-]?\w+)?/, 'Num.Float'], // radix-specified numbers
      [/[+-]?0x\h[\h_]*(\.\h[\h_]*)?/, 'Num.Hex'],
      [/[+-]?0x\.\h[\h_]*/, 'Num.Hex'],
      [/[+-]?\d[\d_]*(\.\d[\d_]*)?([e][+-]?\d+)?/i, 'Num.Float'],
      [/[+-]?\.\d[\d_]*([e][+-]?\d+)?/i, 'Num.Float'],
      [/@?"/, 'Str.Double', 'string'],
      [/@?(`+).*?\1/s, 'Str.Heredoc'],
      [/\(/, 'Punctuation', 'function'],
      [/(')(@?[(\[{])/, (lx, m) => { lx.groups(m, 'Operator', 'Punctuation'); lx.push('quote'); }],
      [/(~)(@?[(\[{])/, (lx, m) => { lx.groups(m, 'Operator', 'Punctuation'); lx.push('quasiquote'); }],
      [/[\#~,';\|]/, 'Operator'],
      [/@?[(){}\[\]]/, 'Punctuation'],
      [SYMBOL, 'Name'],
    ],
    string: [
      [/"/, 'Str.Double', '#pop'],
      [/\\(u\h{4}|U\h{6})/, 'Str.Escape'],
      [/\\./, 'Str.Escape'],
      [/[^"\\]+/, 'Str.Double'],
    ],
    function: [
      [/[\)]/, 'Punctuation', '#pop'],
      [SYMBOL, (lx, m) => {
        if (m[0] === 'quote' || m[0] === 'quasiquote') { lx.token('Keyword', m[0]); lx.goto(m[0]); }
        else { lx.token(nameToken(m[0]), m[0]); lx.goto('root'); }
      }],
      { mixin: 'root' },
    ],
    quote: [
      [/[(\[{]/, 'Punctuation', '#push'],
      [/[)\]}]/, 'Punctuation', '#pop'],
      [SYMBOL, 'Str.Escape'],
      { mixin: 'root' },
    ],
    quasiquote: [
      [/(,)(\()/, (lx, m) => { lx.groups(m, 'Operator', 'Punctuation'); lx.push('function'); }],
      [/(\()(\s*)(unquote)(\s+)(\()/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text', 'Keyword', 'Text', 'Punctuation'); lx.push('function'); }],
      [rx(`(,)(${SYMBOL.source})`), (lx, m) => lx.groups(m, 'Operator', 'Name')],
      [rx(`(\\()(\\s*)(unquote)(\\s+)(${SYMBOL.source})`), (lx, m) => lx.groups(m, 'Punctuation', 'Text', 'Keyword', 'Text', 'Name')],
      { mixin: 'quote' },
    ],
  },
};
