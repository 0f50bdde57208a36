// Follows Rouge 3.30 lib/rouge/lexers/slice.rb: C's rules (c.ts) with Slice's keywords and types.
import { wordSet } from '../regex.js';
import { C_WORDS, cLexer } from './c.js';

export const slice = cLexer('slice', [], {
  ...C_WORDS,
  keywords: wordSet(`extends implements enum interface struct class module dictionary const optional out throws exception
    local idempotent sequence Object LocalObject Value`),
  types: wordSet('bool string byte long float double int void short'),
});
