// Follows Rouge 3.30 lib/rouge/lexers/tsx.rb: JSX over TypeScript's words and rules.
import { jsLexer } from './javascript.js';
import { jsxLexer } from './jsx.js';
import { TS_EXTRA, TS_WORDS } from './typescript.js';

export const tsx = jsxLexer(jsLexer('tsx', [], TS_WORDS, TS_EXTRA), [
  [/(\w+)(,)/, (lx, m) => { lx.groups(m, 'Name.Other', 'Punctuation'); lx.pop(3); }],
]);
