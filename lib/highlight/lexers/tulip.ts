// Follows Rouge 3.30 lib/rouge/lexers/tulip.rb.
import { rx, type LexerDef } from '../engine.js';

const ID = "[a-zA-Z][\\w-]*"; // /[a-z][\w-]*/i
const UPPER_ID = '[A-Z][\\w-]*';

export const tulip: LexerDef = {
  name: 'tulip',
  aliases: ['tulip'],
  states: {
    comments_and_whitespace: [[/\s+/, 'Text'], [/#.*?$/, 'Comment']],
    root: [
      { mixin: 'comments_and_whitespace' },
      [rx(`@${ID}`), 'Keyword'],
      [rx(`(\\\\${ID})([{])`), (lx, m) => { lx.groups(m, 'Name.Function', 'Str'); lx.push('nested_string'); }],
      [rx(`([+]${ID})([{])`), (lx, m) => { lx.groups(m, 'Name.Decorator', 'Str'); lx.push('nested_string'); }],
      [rx(`\\\\${ID}`), 'Name.Function'],
      [rx(`[+]${ID}`), 'Name.Decorator'],
      [/"[{]/, 'Str', 'dqi'],
      [/"/, 'Str', 'dq'],
      [/'{/, 'Str', 'nested_string'],
      [rx(`'${ID}`), 'Str'],
      [rx(`[.]${ID}`), 'Name.Tag'],
      [rx(`[$](?:${ID})?`), 'Name.Variable'],
      [rx(`-${ID}:?`), 'Name.Label'],
      [rx(`%${ID}`), 'Name.Function'],
      [rx(`\`${ID}`), 'Operator.Word'],
      [/[?~%._>,!\[\]:{}()=;\/-]/, 'Punctuation'],
      [/[0-9]+([.][0-9]+)?/, 'Num'],
      [rx(ID), 'Name'],
      [/</, 'Comment.Preproc', 'angle_brackets'],
    ],
    dq: [[/[^\\"]+/, 'Str'], [/"/, 'Str', '#pop'], [/\\./, 'Str.Escape']],
    dqi: [
      [/[$][(]/, 'Str.Interpol', 'interp_root'],
      [/[{]/, 'Str', 'dqi'],
      [/[}]/, 'Str', '#pop'],
      [/[^{}$]+/, 'Str'],
      [/./, 'Str'],
    ],
    interp_root: [[/[)]/, 'Str.Interpol', '#pop'], { mixin: 'interp' }],
    interp: [[/[(]/, 'Punctuation', 'interp'], [/[)]/, 'Punctuation', '#pop'], { mixin: 'root' }],
    nested_string: [
      [/\\./, 'Str.Escape'],
      [/{/, 'Str', 'nested_string'],
      [/}/, 'Str', '#pop'],
      [/[^{}\\]+/, 'Str'],
    ],
    angle_brackets: [
      { mixin: 'comments_and_whitespace' },
      [/>/, 'Comment.Preproc', '#pop'],
      [/[*:]/, 'Punctuation'],
      [rx(UPPER_ID), 'Keyword.Type'],
      [rx(ID), 'Name.Variable'],
    ],
  },
};
