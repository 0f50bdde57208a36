// Follows Rouge 3.30 lib/rouge/lexers/sieve.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const CONTROLS = wordSet('if elsif else require stop');
const ACTIONS = wordSet(`keep fileinto redirect discard addheader deleteheader reject ereject notify setflag addflag
  removeflag vacation replace enclose extracttext`);
const TESTS = wordSet(`address allof anyof exists false header not size true body hasflag spamtest virustest date
  currentdate valid_notify_method notify_method_capability mailboxexists metadata metadataexists servermetadata
  servermetadataexists`);

export const sieve: LexerDef = {
  name: 'sieve',
  states: {
    comments_and_whitespace: [
      [/\s+/, 'Text'],
      [/#.*/, 'Comment.Single'],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline'],
    ],
    string: [
      [/\\./, 'Str.Escape'],
      [/"/, 'Str.Double', '#pop'],
      [/\${(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)}/, 'Str.Interpol'], // Variables Extension (RFC 5229)
      [/./, 'Str.Double'],
    ],
    root: [
      { mixin: 'comments_and_whitespace' },
      [/[\[\](),;{}]/, 'Punctuation'],
      [/:?[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => lx.token(CONTROLS.has(m[0]) ? 'Keyword' : TESTS.has(m[0]) ? 'Name.Variable'
        : ACTIONS.has(m[0]) ? 'Name.Function' : m[0].startsWith(':') ? 'Operator' : 'Name.Other', m[0])],
      [/"/, 'Str.Double', 'string'],
      [/[0-9]+[KMG]/, 'Num.Integer'],
    ],
  },
};
