// Follows Rouge 3.30 lib/rouge/lexers/plist.rb (old-style ASCII property lists).
import { rx, type LexerDef } from '../engine.js';

export const plist: LexerDef = {
  name: 'plist',
  aliases: ['plist'],
  states: {
    whitespace: [[/\s+/, 'Text.Whitespace']],
    root: [
      [/\/\/.*$/, 'Comment'],
      [/\/\*.+?\*\//s, 'Comment'],
      { mixin: 'whitespace' },
      [/\{/, 'Punctuation', 'dictionary'],
      [/\(/, 'Punctuation', 'array'],
      [/"([^"\\]|\\.)*"/, 'Literal.String.Double'],
      [/'([^'\\]|\\.)*'/, 'Literal.String.Single'],
      [/</, 'Punctuation', 'data'],
      [/[\w$\/:.-]+/, 'Literal'],
    ],
    dictionary: [{ mixin: 'root' }, [/[=;]/, 'Punctuation'], [/\}/, 'Punctuation', '#pop']],
    array: [{ mixin: 'root' }, [/[,]/, 'Punctuation'], [/\)/, 'Punctuation', '#pop']],
    data: [[rx(String.raw`[\h\s]+`), 'Literal.Number.Hex'], [/>/, 'Punctuation', '#pop']],
  },
};
