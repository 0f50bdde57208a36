// Follows Rouge 3.30 lib/rouge/lexers/java.rb.
import { rx, type LexerDef } from '../engine.js';

const KEYWORDS = 'assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while';
const DECLARATIONS = 'abstract const enum extends final implements native private protected public static strictfp super synchronized throws transient volatile';
const TYPES = 'boolean byte char double float int long short var void';
const alt = (s: string): string => `(?:${s.split(' ').join('|')})`;
const ID = '[[:alpha:]_][[:word:]]*';
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])';
const BIN = '(?:[01]_+[01]|[01])';
const OCT = '(?:[0-7]_+[0-7]|[0-7])';
const HEX = '(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])';

export const java: LexerDef = {
  name: 'java',
  states: {
    root: [
      [/[^\S\n]+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [rx(`${alt(KEYWORDS)}\\b`), 'Keyword'],
      [rx(String.raw`(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()`, 'm'), (lx, m) => {
        lx.recurse(m[1]!);
        lx.token('Name.Function', m[2]);
        lx.token('Text', m[3]);
        lx.token('Operator', m[4]);
      }],
      [rx(`@${ID}`), 'Name.Decorator'],
      [rx(`${alt(DECLARATIONS)}\\b`), 'Keyword.Declaration'],
      [rx(`${alt(TYPES)}\\b`), 'Keyword.Type'],
      [/(?:true|false|null)\b/, 'Keyword.Constant'],
      [/(?:class|interface)\b/, 'Keyword.Declaration', 'class'],
      [/(?:import|package)\b/, 'Keyword.Namespace', 'import'],
      [/"(\\\\|\\"|[^"])*"/, 'Str'],
      [/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, 'Str.Char'],
      [rx(`(\\.)(${ID})`), (lx, m) => lx.groups(m, 'Operator', 'Name.Attribute')],
      [rx(`${ID}:`), 'Name.Label'],
      [rx(String.raw`[[:upper:]][[:upper:][:digit:]_]*\b`), 'Name.Constant'],
      [rx(String.raw`[[:upper:]][[:alnum:]]*\b`), 'Name.Class'],
      [rx(`\\$?${ID}`), 'Name'],
      [/[~^*!%&\[\](){}<>\|+=:;,.\/?-]/, 'Operator'],
      [rx(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`), 'Num.Float'],
      [rx(`0b${BIN}+`, 'i'), 'Num.Bin'],
      [rx(`0x${HEX}+`, 'i'), 'Num.Hex'],
      [rx(`0${OCT}+`), 'Num.Oct'],
      [rx(`${DIGIT}+L?`), 'Num.Integer'],
      [/\n/, 'Text'],
    ],
    class: [[/\s+/s, 'Text'], [rx(ID), 'Name.Class', '#pop']],
    import: [[/\s+/s, 'Text'], [/[a-z0-9_.]+\*?/i, 'Name.Namespace', '#pop']],
  },
};
