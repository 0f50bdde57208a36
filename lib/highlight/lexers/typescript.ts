// Follows Rouge 3.30 lib/rouge/lexers/typescript.rb and typescript/common.rb.
import { rx, type RuleSpec } from '../engine.js';
import { JS_ID, JS_WORDS, jsLexer } from './javascript.js';

const plus = (a: ReadonlySet<string>, more: string): Set<string> => new Set([...a, ...more.split(' ')]);

/** TypescriptCommon's word lists (typescript/common.rb). */
export const TS_WORDS = {
  keywords: plus(JS_WORDS.keywords, 'is namespace static private protected public implements readonly'),
  declarations: plus(JS_WORDS.declarations, 'type abstract'),
  reserved: plus(JS_WORDS.reserved, 'string any void number namespace module declare default interface keyof'),
  constants: JS_WORDS.constants,
  builtins: plus(JS_WORDS.builtins, 'Pick Partial Readonly Record'),
};

/** The rules TypescriptCommon.extended prepends to :root and :statement. */
export const TS_EXTRA: Readonly<Record<'root' | 'statement', readonly RuleSpec<unknown>[]>> = {
  root: [
    [/[?][.]/, 'Punctuation'],
    [/[?]{2}/, 'Operator'],
  ],
  statement: [
    [rx(`(${JS_ID})(\\??)(\\s*)(:)`, 'i'), (lx, m) => { lx.groups(m, 'Name.Label', 'Punctuation', 'Text', 'Punctuation'); lx.push('expr_start'); }],
  ],
};

export const typescript = jsLexer('typescript', ['ts'], TS_WORDS, TS_EXTRA);
