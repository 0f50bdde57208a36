// Follows Rouge 3.30 lib/rouge/lexers/literate_haskell.rb and literate_coffeescript.rb: prose
// with code lines (bird tracks `> ` for Haskell, indented blocks for CoffeeScript).
import type { LexerDef } from '../engine.js';
import { coffeescript } from './coffeescript.js';
import { haskell } from './haskell.js';
import { markdown } from './markdown.js';

export const literateHaskell: LexerDef = {
  name: 'literate_haskell',
  aliases: ['lithaskell', 'lhaskell', 'lhs'],
  start: (lx) => { lx.child(haskell).reset(); },
  states: {
    root: [[/\s*?\n(?=>)/, 'Text', 'code'], [/.*?\n/, 'Text'], [/.+\z/, 'Text']],
    code: [
      [/(>)( .*?(\n|\z))/, (lx, m) => { lx.token('Name.Label', m[1]); lx.delegate(haskell, m[2]!); }],
      [/\s*\n(?=\s*[^>])/, 'Text', '#pop'],
    ],
  },
};

export const literateCoffeescript: LexerDef = {
  name: 'literate_coffeescript',
  aliases: ['litcoffee'],
  start: (lx) => { lx.child(markdown).reset(); lx.child(coffeescript).reset(); },
  states: {
    root: [
      [/^(    .*?\n)+/s, (lx, m) => lx.delegate(coffeescript, m[0])],
      [/^([ ]{0,3}(\S.*?|)\n)*/s, (lx, m) => lx.delegate(markdown, m[0])],
    ],
  },
};
