// Follows Rouge 3.30 lib/rouge/lexers/idris.rb.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordAlt } from '../regex.js';

const RESERVED = wordAlt('_ data class instance namespace infix[lr]? let where of with type do if then else case in');
const ASCII = wordAlt(`NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC
  [FGRU]S SP DEL`);
const PRELUDE_FUNCTIONS = wordAlt(`abs acos all and any asin atan atan2 break ceiling compare concat concatMap const cos
  cosh curry cycle div drop dropWhile elem encodeFloat enumFrom enumFromThen enumFromThenTo enumFromTo exp fail filter
  flip floor foldl foldl1 foldr foldr1 fromInteger fst gcd getChar getLine head id init iterate last lcm length lines
  log lookup map max maxBound maximum maybe min minBound minimum mod negate not null or pi pred print product putChar
  putStr putStrLn readFile recip repeat replicate return reverse scanl scanl1 sequence sequence_ show sin sinh snd
  span splitAt sqrt succ sum tail take takeWhile tan tanh uncurry unlines unwords unzip unzip3 words writeFile zip
  zip3 zipWith zipWith3`);
const OP = String.raw`[:!#\$\%&*+.\\/<=>?@^\|~-]`;

const nested = (tok: string): RuleSpec<unknown>[] => [
  [/-}/, tok, '#pop'],
  [/{-/, tok, 'comment'],
  [/[^-{}]+/, tok],
  [/[-{}]/, tok],
];

export const idris: LexerDef = {
  name: 'idris',
  aliases: ['idr'],
  states: {
    basic: [
      [/\s+/, 'Text'],
      [/{-#/, 'Comment.Preproc', 'comment_preproc'],
      [/{-/, 'Comment.Multiline', 'comment'],
      [/^\|\|\|.*$/, 'Comment.Doc'],
      [/--(?![!#\$\%&*+.\/<=>?@\^\|_~]).*?$/, 'Comment.Single'],
    ],
    comment: nested('Comment.Multiline'),
    comment_preproc: nested('Comment.Preproc'),
    directive: [
      [/\%(default)\s+(total|partial)/, 'Keyword'],
      [/\%(access)\s+(public|abstract|private|export)/, 'Keyword'],
      [/\%(language)\s+(.*)/, 'Keyword'],
      [/\%(provide)\s+.*\s+(with)\s+/, 'Keyword'],
    ],
    prelude: [
      [/\b(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust|List|Maybe|Nat|Stream|StrM|Not|Lazy|Inf)\s/, 'Keyword.Type'],
      [/\b(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast|Foldable|Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)\s/, 'Name.Class'],
      [rx(`\\b(?:${PRELUDE_FUNCTIONS})[ ]+(?![=:-])`), 'Name.Builtin'],
    ],
    root: [
      { mixin: 'basic' },
      { mixin: 'directive' },
      [/\bimport\b/, 'Keyword.Reserved', 'import'],
      [/\bmodule\b/, 'Keyword.Reserved', 'module'],
      [rx(`\\b(?:${RESERVED})\\b`), 'Keyword.Reserved'],
      [/\b(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\b/, 'Keyword.Constant'],
      [/^[\w']+\s*:/, 'Name.Function'], // function signature
      { mixin: 'prelude' },
      [/[_a-z][\w']*/, 'Name'],
      [/[A-Z][\w']*/, 'Keyword.Type'],
      [rx(`\\\\(?!${OP}+)`), 'Name.Function'], // lambda operator
      [rx(`(<-|::|->|=>|=)(?!${OP}+)`), 'Operator'],
      [rx(`:${OP}*`), 'Operator'],
      [rx(`${OP}+`), 'Operator'],
      [/\d+(\.\d+)?(e[+-]?\d+)?/i, 'Num.Float'],
      [/0o[0-7]+/i, 'Num.Oct'],
      [/0x[\da-f]+/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/'/, 'Str.Char', 'character'],
      [/"/, 'Str', 'string'],
      [/\[\s*\]/, 'Keyword.Type'],
      [/\(\s*\)/, 'Name.Builtin'],
      [/(\[)([_a-z][\w']*)(\|)/, (lx, m) => { lx.groups(m, 'Operator', 'Name', 'Operator'); lx.push('quasiquotation'); }],
      [/[\[\](),;`{}]/, 'Punctuation'],
    ],
    import: [
      [/\s+/, 'Text'],
      [/"/, 'Str', 'string'],
      [/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, (lx, m) => {
        lx.groups(m, 'Name.Namespace', 'Text', 'Keyword', 'Text', 'Name');
        lx.pop();
      }],
      [/([A-Z][\w.]*)(\s+)(\()/, (lx, m) => { lx.groups(m, 'Name.Namespace', 'Text', 'Punctuation'); lx.goto('funclist'); }],
      [/[\w.]+/, 'Name.Namespace', '#pop'],
    ],
    module: [[/\s+/, 'Text'], [/([A-Z][\w.]*)/, 'Name.Namespace', '#pop']],
    funclist: [
      { mixin: 'basic' },
      [/[A-Z]\w*/, 'Keyword.Type'],
      [/(_[\w\']+|[a-z][\w\']*)/, 'Name.Function'],
      [/,/, 'Punctuation'],
      [/[:!#\$\%&*+.\\\/<=>?@^\|~-]+/, 'Operator'],
      [/\(/, 'Punctuation', 'funclist'],
      [/\)/, 'Punctuation', '#pop'],
    ],
    character: [
      [/\\/, (lx, m) => { lx.token('Str.Escape', m[0]); lx.goto('character_end'); lx.push('escape'); }],
      [/./, (lx, m) => { lx.token('Str.Char', m[0]); lx.goto('character_end'); }],
    ],
    character_end: [[/'/, 'Str.Char', '#pop'], [/./, 'Error', '#pop']],
    quasiquotation: [[/\|\]/, 'Operator', '#pop'], [/[^\|]+/, 'Text'], [/\|/, 'Text']],
    string: [[/"/, 'Str', '#pop'], [/\\/, 'Str.Escape', 'escape'], [/[^\\"]+/, 'Str']],
    escape: [
      [/[abfnrtv"'&\\]/, 'Str.Escape', '#pop'],
      [/\^[\]\[A-Z@\^_]/, 'Str.Escape', '#pop'],
      [rx(ASCII), 'Str.Escape', '#pop'],
      [/o[0-7]+/i, 'Str.Escape', '#pop'],
      [/x[\da-fA-F]+/i, 'Str.Escape', '#pop'],
      [/\d+/, 'Str.Escape', '#pop'],
      [/\s+\\/, 'Str.Escape', '#pop'],
    ],
  },
};
