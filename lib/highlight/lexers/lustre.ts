// Follows Rouge 3.30 lib/rouge/lexers/lustre.rb and lutin.rb (Lutin < Lustre: other word lists).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

interface Words { readonly keywords: ReadonlySet<string>; readonly wordOperators: ReadonlySet<string>; readonly primitives: ReadonlySet<string> }
const ID = "[a-zA-Z_][\\w']*"; // /[a-z_][\w']*/i

function lustreLexer(name: string, w: Words): LexerDef {
  return {
    name,
    states: {
      root: [
        [/\s+/, 'Text'],
        [/false|true/, 'Keyword.Constant'],
        [/\-\-.*/, 'Comment.Single'],
        [/\/\*.*?\*\//s, 'Comment.Multiline'],
        [/\(\*.*?\*\)/s, 'Comment.Multiline'],
        [/[a-z_][\w']*/i, (lx, m) => lx.token(w.keywords.has(m[0]) ? 'Keyword' : w.wordOperators.has(m[0]) ? 'Operator.Word'
          : w.primitives.has(m[0]) ? 'Keyword.Type' : 'Name', m[0])],
        [/[(){}\[\];]+/, 'Punctuation'],
        [/[,!$%&*+.\/:<=>?@^|~#-]+/, 'Operator'],
        [/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'Num.Float'],
        [/\d[\d_]*/, 'Num.Integer'],
        [/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'Str.Char'],
        [/'[.]'/, 'Str.Char'],
        [/"/, 'Str.Double', 'string'],
        [rx(`[~?]${ID}`), 'Name.Variable'],
      ],
      string: [[/[^\\"]+/, 'Str.Double'], { mixin: 'escape_sequence' }, [/\\\n/, 'Str.Double'], [/"/, 'Str.Double', '#pop']],
      escape_sequence: [[/\\[\\"'ntbr]/, 'Str.Escape'], [/\\\d{3}/, 'Str.Escape'], [/\\x\h{2}/, 'Str.Escape']],
    },
  };
}

export const lustre = lustreLexer('lustre', {
  keywords: wordSet(`extern unsafe assert const current enum function let node operator returns step struct tel type var
    model package needs provides uses is body end include merge`),
  wordOperators: wordSet('div and xor mod or not nor if then else fby pre when with'),
  primitives: wordSet('int real bool'),
});

export const lutin = lustreLexer('lutin', {
  keywords: wordSet(`let in node extern system returns weak strong assert raise try catch trap do exist erun run type ref
    exception include false true`),
  wordOperators: wordSet('div and xor mod or not nor if then else pre'),
  primitives: wordSet('int real bool trace loop fby'),
});
