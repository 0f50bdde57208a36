// Follows Rouge 3.30 lib/rouge/lexers/toml.rb.
import { rx, type LexerDef } from '../engine.js';

const ID = `(?:\\S+|"[^"]+"|'[^']+')`;

export const toml: LexerDef = {
  name: 'toml',
  states: {
    basic: [
      [/\s+/, 'Text'],
      [/#.*?$/, 'Comment'],
      [/(true|false)/, 'Keyword.Constant'],
      [rx(`(${ID})(\\s*)(=)(\\s*)(\\{)`), (lx, m) => {
        lx.groups(m, 'Name.Namespace', 'Text', 'Operator', 'Text', 'Punctuation');
        lx.push('inline');
      }],
      [/(?<!=)\s*\[[\S]+\]/, 'Name.Namespace'],
      [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, 'Literal.Date'],
      [/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/, 'Num.Float'],
      [/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/, 'Num.Float'],
      [/[+-]?(?:nan|inf)/, 'Num.Float'],
      [rx(String.raw`0x\h+(?:_\h+)*`), 'Num.Hex'],
      [/0o[0-7]+(?:_[0-7]+)*/, 'Num.Oct'],
      [/0b[01]+(?:_[01]+)*/, 'Num.Bin'],
      [/[+-]?\d+(?:_\d+)*/, 'Num.Integer'],
    ],
    root: [
      { mixin: 'basic' },
      [rx(`(${ID})(\\s*)(=)`), (lx, m) => { lx.groups(m, 'Name.Property', 'Text', 'Punctuation'); lx.push('value'); }],
    ],
    value: [[/\n/, 'Text', '#pop'], { mixin: 'content' }],
    content: [
      { mixin: 'basic' },
      [rx(`(${ID})(\\s*)(=)`), (lx, m) => lx.groups(m, 'Name.Property', 'Text', 'Punctuation')],
      [/"""/, 'Str', 'mdq'],
      [/"/, 'Str', 'dq'],
      [/'''/, 'Str', 'msq'],
      [/'/, 'Str', 'sq'],
      { mixin: 'esc_str' },
      [/\,/, 'Punctuation'],
      [/\[/, 'Punctuation', 'array'],
    ],
    dq: [[/"/, 'Str', '#pop'], [/\n/, 'Error', '#pop'], { mixin: 'esc_str' }, [/[^\\"\n]+/, 'Str']],
    mdq: [[/"""/, 'Str', '#pop'], { mixin: 'esc_str' }, [/[^\\"]+/, 'Str'], [/"+/, 'Str']],
    sq: [[/'/, 'Str', '#pop'], [/\n/, 'Error', '#pop'], [/[^'\n]+/, 'Str']],
    msq: [[/'''/, 'Str', '#pop'], [/[^']+/, 'Str'], [/'+/, 'Str']],
    esc_str: [[/\\[0t\tn\n "\\r]/, 'Str.Escape']],
    array: [{ mixin: 'content' }, [/\]/, 'Punctuation', '#pop']],
    inline: [{ mixin: 'content' }, [/\}/, 'Punctuation', '#pop']],
  },
};
