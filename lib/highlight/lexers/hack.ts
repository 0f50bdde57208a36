// Follows Rouge 3.30 lib/rouge/lexers/hack.rb: PHP (php.ts) with Hack's keywords added and its
// `<?hh` opening and HH_FIXME / UNSAFE comments prepended.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { PHP_KEYWORDS, phpLexer } from './php.js';

// Hack.keywords: PHP's merged with these.
const KEYWORDS = new Set([...PHP_KEYWORDS, ...wordSet(`type newtype enum as super async await Awaitable vec dict keyset
  void int string bool float double arraykey num Stringish`)]);

export const hack: LexerDef = phpLexer('hack', ['hack', 'hh'], KEYWORDS, {
  root: [[/<\?hh(\s*\/\/\s*(strict|decl|partial))?$/, 'Comment.Preproc', 'php']],
  php: [
    [/(\/\*\s*)(HH_(?:IGNORE_ERROR|FIXME)\[\d+\])([^*]*)(\*\/)/, (lx, m) =>
      lx.groups(m, 'Comment.Preproc', 'Comment.Preproc', 'Comment.Multiline', 'Comment.Preproc')],
    [/\/\/ UNSAFE(?:_EXPR|_BLOCK)?/, 'Comment.Preproc'],
    [/\/\*\s*UNSAFE_EXPR\s*\*\//, 'Comment.Preproc'],
  ],
});
