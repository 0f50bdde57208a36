// Follows Rouge 3.30 lib/rouge/lexers/qml.rb: JavaScript with QML's object blocks, property
// and signal declarations prepended.
import { rx, type LexerDef } from '../engine.js';
import { JS_WORDS, jsLexer } from './javascript.js';

const ID = '[$a-zA-Z_][a-zA-Z0-9_.]*';
const js = jsLexer('qml', ['qml'], JS_WORDS, {
  root: [
    [rx(`(${ID})(\\s*)(\\{)`), (lx, m) => { lx.groups(m, 'Keyword.Type', 'Text', 'Punctuation'); lx.push('type_block'); }],
    [rx(`(${ID})(\\s+)(on)(\\s+)(${ID})(\\s*)(\\{)`), (lx, m) => {
      lx.groups(m, 'Keyword.Type', 'Text', 'Keyword', 'Text', 'Name.Label', 'Text', 'Punctuation');
      lx.push('type_block');
    }],
    [/[{]/, 'Punctuation', '#push'],
  ],
});

export const qml: LexerDef = {
  ...js,
  states: {
    ...js.states,
    type_block: [
      [rx(`(id)(\\s*)(:)(\\s*)(${ID})`), (lx, m) => lx.groups(m, 'Name.Label', 'Text', 'Punctuation', 'Text', 'Keyword.Declaration')],
      [rx(`(${ID})(\\s*)(:)`), (lx, m) => { lx.groups(m, 'Name.Label', 'Text', 'Punctuation'); lx.push('expr_start'); }],
      [rx(`(signal)(\\s+)(${ID})`), (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text', 'Name.Label'); lx.push('signal'); }],
      [rx(`(property)(\\s+)(${ID})(\\s+)(${ID})(\\s*)(:?)`), (lx, m) => {
        lx.groups(m, 'Keyword.Declaration', 'Text', 'Keyword.Type', 'Text', 'Name.Label', 'Text', 'Punctuation');
        lx.push('expr_start');
      }],
      [/[}]/, 'Punctuation', '#pop'],
      { mixin: 'root' },
    ],
    signal: [
      { mixin: 'comments_and_whitespace' },
      [/\(/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('signal_args'); }],
      [/(?:)/, 'Text', '#pop'],
    ],
    signal_args: [
      { mixin: 'comments_and_whitespace' },
      [rx(`(${ID})(\\s+)(${ID})(\\s*)(,?)`), (lx, m) => lx.groups(m, 'Keyword.Type', 'Text', 'Name', 'Text', 'Punctuation')],
      [/\)/, 'Punctuation', '#pop'],
    ],
  },
};
