// Follows Rouge 3.30 lib/rouge/lexers/hylang.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`False None True and as assert break class continue def del elif else except finally for from
  global if import in is lambda nonlocal not or pass raise return try`);
const BUILTINS = wordSet(`!= % %= & &= * ** **= *= *map + += , - -= -> ->> . / // //= /= < << <<= <= = > >= >> >>= @ @= ^ ^=
  accumulate apply as-> assoc butlast calling-module-name car cdr chain coll? combinations comp complement compress cond
  cons cons? constantly count cut cycle dec defclass defmacro defmacro! defmacro/g! defmain defn defreader dict-comp
  disassemble dispatch-reader-macro distinct do doto drop drop-last drop-while empty? eval eval-and-compile
  eval-when-compile even? every? filter first flatten float? fn for* fraction genexpr gensym get group-by identity if*
  if-not if-python2 inc input instance? integer integer-char? integer? interleave interpose islice iterable? iterate
  iterator? juxt keyword keyword? last let lif lif-not list* list-comp macro-error macroexpand macroexpand-1 map
  merge-with multicombinations name neg? none? not-in not? nth numeric? odd? partition permutations pos? product
  quasiquote quote range read read-str reduce remove repeat repeatedly require rest second set-comp setv some string
  string? symbol? take take-nth take-while tee unless unquote unquote-splicing when with* with-decorator with-gensyms
  xor yield-from zero? zip zip-longest | |= ~`);
const IDENTIFIER = '[\\w!$%*+,<=>?/.-]+';
const KEYWORD = '[\\w!\\#$%*+,<=>?/.-]+';

/** HyLang#name_token */
const nameToken = (name: string): string | null => KEYWORDS.has(name) ? 'Keyword' : BUILTINS.has(name) ? 'Name.Builtin' : null;

export const hylang: LexerDef = {
  name: 'hylang',
  aliases: ['hy'],
  states: {
    root: [
      [/;.*?$/, 'Comment.Single'],
      [/\s+/, 'Text.Whitespace'],
      [/-?\d+\.\d+/, 'Num.Float'],
      [/-?\d+/, 'Num.Integer'],
      [/0x-?[0-9a-fA-F]+/, 'Num.Hex'],
      [/"(\\.|[^"])*"/, 'Str'],
      [rx(`'${KEYWORD}`), 'Str.Symbol'],
      [rx(`::?${KEYWORD}`), 'Name.Constant'],
      [/\\(.|[a-z]+)/i, 'Str.Char'],
      [/~@|[`\'#^~&@]/, 'Operator'],
      [rx(`(\\()(\\s*)(${IDENTIFIER})`, 'm'), (lx, m) => {
        lx.token('Punctuation', m[1]);
        lx.token('Text.Whitespace', m[2]);
        lx.token(nameToken(m[3]!) ?? 'Name.Function', m[3]);
      }],
      [rx(IDENTIFIER), (lx, m) => lx.token(nameToken(m[0]) ?? 'Name', m[0])],
      [/[\[\]]/, 'Punctuation'],
      [/[{}]/, 'Punctuation'],
      [/[()]/, 'Punctuation'],
    ],
  },
};
