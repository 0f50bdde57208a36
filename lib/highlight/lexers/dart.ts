// Follows Rouge 3.30 lib/rouge/lexers/dart.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`as assert await break case catch continue default do else finally for if in is new rethrow
  return super switch this throw try while with yield`);
const DECLARATIONS = wordAlt(`abstract async dynamic const covariant external extends factory final get implements late
  native on operator required set static sync typedef var`);
const TYPES = wordAlt(`bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set
  String Symbol Type Uri void`);
const IMPORTS = wordAlt(String.raw`import deferred export library part\s*of part source`);
const ID = '(?:[a-zA-Z_]\\w*)';

export const dart: LexerDef = {
  name: 'dart',
  states: {
    root: [
      [/^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()/, (lx, m) => {
        lx.recurse(m[1]!); // delegate Dart (the class: a fresh lexer)
        lx.token('Name.Function', m[2]);
        lx.token('Text', m[3]);
        lx.token('Punctuation', m[4]);
      }],
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [/"/, 'Str', 'dqs'],
      [/'/, 'Str', 'sqs'],
      [/r"[^"]*"/, 'Str.Other'],
      [/r'[^']*'/, 'Str.Other'],
      [rx(`#${ID}*`, 'i'), 'Str.Symbol'],
      [rx(`@${ID}`), 'Name.Decorator'],
      [rx(`(?:${KEYWORDS})\\b`), 'Keyword'],
      [rx(`(?:${DECLARATIONS})\\b`), 'Keyword.Declaration'],
      [rx(`(?:${TYPES})\\b`), 'Keyword.Type'],
      [/(?:true|false|null)\b/, 'Keyword.Constant'],
      [/(?:class|interface|mixin)\b/, 'Keyword.Declaration', 'class'],
      [rx(`(?:${IMPORTS})\\b`), 'Keyword.Namespace', 'import'],
      [rx(`(\\.)(${ID})`), (lx, m) => lx.groups(m, 'Operator', 'Name.Attribute')],
      [rx(`${ID}:`), 'Name.Label'],
      [rx(`\\$?${ID}`), 'Name'],
      [/[~^*!%&|+=:\/?-]/, 'Operator'],
      [/[\[\](){}<>.,;]/, 'Punctuation'],
      [/\d*\.\d+([eE]-?\d+)?/, 'Num.Float'],
      [/0x[\da-fA-F]+/, 'Num.Hex'],
      [/\d+L?/, 'Num.Integer'],
      [/\n/, 'Text'],
    ],
    class: [[/\s+/, 'Text'], [rx(ID), 'Name.Class', '#pop']],
    dqs: [[/"/, 'Str', '#pop'], [/[^\\$"]+/, 'Str'], { mixin: 'string' }],
    sqs: [[/'/, 'Str', '#pop'], [/[^\\$']+/, 'Str'], { mixin: 'string' }],
    import: [[/;/, 'Operator', '#pop'], [/(?:show|hide)\b/, 'Keyword.Declaration'], { mixin: 'root' }],
    string: [{ mixin: 'interpolation' }, [/\\[nrt"'\\]/, 'Str.Escape']],
    interpolation: [[rx(`\\$${ID}`), 'Str.Interpol'], [/\$\{[^}]+\}/, 'Str.Interpol']],
  },
};
