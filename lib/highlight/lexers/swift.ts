// Follows Rouge 3.30 lib/rouge/lexers/swift.rb.
import { rx, type LexerDef, type Lexing } from '../engine.js';

type L = Lexing<unknown>;

const ID_HEAD = String.raw`(?:_|(?!\p{Mc})\p{Alpha}|[^\u0000-\uFFFF])`;
const ID_REST = String.raw`(?:[\p{Alnum}_]|[^\u0000-\uFFFF])`;
const ID = `(?:${ID_HEAD}${ID_REST}*)`;
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`await break case continue default do else fallthrough if in for return switch where while try
  catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
  associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence
  prefix set unowned weak willSet throws rethrows precedencegroup`);
const DECLARATIONS = set(`actor class deinit enum convenience extension final func import init internal lazy let
  nonisolated optional private protocol public required static struct subscript typealias var dynamic indirect
  associatedtype open fileprivate some`);
const CONSTANTS = set('true false nil');
const UPPER = /^\p{Uppercase}/u;

function identifier(lx: L, m: RegExpExecArray): void {
  const w = m[0];
  lx.token(KEYWORDS.has(w) ? 'Keyword' : DECLARATIONS.has(w) ? 'Keyword.Declaration' : CONSTANTS.has(w)
    ? 'Keyword.Constant' : UPPER.test(w) ? 'Keyword.Type' : 'Name', w);
}

export const swift: LexerDef = {
  name: 'swift',
  start: (lx) => lx.push('bol'),
  states: {
    bol: [[/#.*/, 'Comment.Preproc'], { mixin: 'inline_whitespace' }, [/(?:)/, (lx) => lx.pop()]],
    inline_whitespace: [[/\s+/s, 'Text'], { mixin: 'has_comments' }],
    whitespace: [
      [/\n+/s, 'Text', 'bol'],
      [/\/\/.*?$/, 'Comment.Single', 'bol'],
      { mixin: 'inline_whitespace' },
    ],
    has_comments: [[/\/[*]/, 'Comment.Multiline', 'nested_comment']],
    nested_comment: [
      { mixin: 'has_comments' },
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^*\/]+/s, 'Comment.Multiline'],
      [/./, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/\$(([1-9]\d*)?\d)/, 'Name.Variable'],
      [/[()\[\]{}:;,?\\]/, 'Punctuation'],
      [/[-\/=+*%<>!&|^.~]+/, 'Operator'],
      [/@?"/, 'Str', 'dq'],
      [/'(\\.|.)'/, 'Str.Char'],
      [/(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?/i, 'Num.Float'],
      [/\d+e[+-]?[0-9]+/i, 'Num.Float'],
      [/0o?[0-7]+(?:_[0-7]+)*/, 'Num.Oct'],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/, 'Num.Hex'],
      [/0b[01]+(?:_[01]+)*/, 'Num.Bin'],
      [/[\d]+(?:_\d+)*/, 'Num.Integer'],
      [rx(`@${ID}`), 'Keyword.Declaration'],
      [/(private|internal)(\([ ]*)(\w+)([ ]*\))/, (lx, m) => {
        if (m[3] === 'set') lx.token('Keyword.Declaration', m[0]);
        else lx.groups(m, 'Keyword.Declaration', 'Keyword.Declaration', 'Error', 'Keyword.Declaration');
      }],
      [/(unowned\([ ]*)(\w+)([ ]*\))/, (lx, m) => {
        if (m[2] === 'safe' || m[2] === 'unsafe') lx.token('Keyword.Declaration', m[0]);
        else lx.groups(m, 'Keyword.Declaration', 'Error', 'Keyword.Declaration');
      }],
      [/#available\([^)]+\)/, 'Keyword.Declaration'],
      [/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/, (lx, m) => lx.groups(m, 'Keyword.Declaration', 'Name.Function', 'Keyword.Declaration')],
      [/#(line|file|column|function|dsohandle)/, 'Keyword.Declaration'],
      [rx(`(let|var)\\b(\\s*)(${ID})`), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable')],
      [/(let|var)\b(\s*)([(])/, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Punctuation'); lx.push('tuple'); }],
      [rx(`(?!\\b(if|while|for|private|internal|unowned|switch|case)\\b)\\b${ID}(?=(\\?|!)?\\s*[(])`), (lx, m) =>
        lx.token(UPPER.test(m[0]) ? 'Keyword.Type' : 'Name.Function', m[0])],
      [/as[?!]?(?=\s)/, 'Keyword'],
      [/try[!]?(?=\s)/, 'Keyword'],
      [rx(`(#?(?!default)(?![[:upper:]])${ID})(\\s*)(:)`), (lx, m) => lx.groups(m, 'Name.Variable', 'Text', 'Punctuation')],
      [rx(ID), identifier],
      [rx(`(\`)(${ID})(\`)`), (lx, m) => lx.groups(m, 'Punctuation', 'Name.Variable', 'Punctuation')],
    ],
    tuple: [
      [rx(`(${ID})`), 'Name.Variable'],
      [rx(`(\`)(${ID})(\`)`), (lx, m) => lx.groups(m, 'Punctuation', 'Name.Variable', 'Punctuation')],
      [/,/, 'Punctuation'],
      [/[(]/, 'Punctuation', '#push'],
      [/[)]/, 'Punctuation', '#pop'],
      { mixin: 'inline_whitespace' },
    ],
    dq: [
      [/\\[\\0tnr'"]/, 'Str.Escape'],
      [/\\[(]/, 'Str.Escape', 'interp'],
      [rx(String.raw`\\u\{\h{1,8}\}`), 'Str.Escape'],
      [/[^\\"]+/, 'Str'],
      [/"""/, 'Str', '#pop'],
      [/"/, 'Str', '#pop'],
    ],
    interp: [[/[(]/, 'Punctuation', 'interp_inner'], [/[)]/, 'Str.Escape', '#pop'], { mixin: 'root' }],
    interp_inner: [[/[(]/, 'Punctuation', '#push'], [/[)]/, 'Punctuation', '#pop'], { mixin: 'root' }],
  },
};
