// Follows Rouge 3.30 lib/rouge/lexers/haskell.rb.
import { rx, type LexerDef } from '../engine.js';

const RESERVED = new Set('_ case class data default deriving do else if in infix infixl infixr instance let newtype of then type where'.split(' '));
const ASCII = 'NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC [FGRU]S SP DEL'.split(' ').join('|');
const OP = String.raw`[:!#\$\%&*+.\\/<=>?@^\|~-]`;

export const haskell: LexerDef = {
  name: 'haskell',
  aliases: ['hs'],
  states: {
    basic: [
      [/\s+/s, 'Text'],
      [/{-#/, 'Comment.Preproc', 'comment_preproc'],
      [/{-/, 'Comment.Multiline', 'comment'],
      [/^--\s+\|.*?$/, 'Comment.Doc'],
      [/--(?![!#\$\%&*+.\/<=>?@\^\|_~]).*?$/, 'Comment.Single'],
    ],
    comment: [
      [/-}/, 'Comment.Multiline', '#pop'],
      [/{-/, 'Comment.Multiline', 'comment'],
      [/[^-{}]+/, 'Comment.Multiline'],
      [/[-{}]/, 'Comment.Multiline'],
    ],
    comment_preproc: [
      [/-}/, 'Comment.Preproc', '#pop'],
      [/{-/, 'Comment.Preproc', 'comment'],
      [/[^-{}]+/, 'Comment.Preproc'],
      [/[-{}]/, 'Comment.Preproc'],
    ],
    root: [
      { mixin: 'basic' },
      [/'(?=(?:.|\\\S+)')/, 'Str.Char', 'character'],
      [/"/, 'Str', 'string'],
      [/\d+e[+-]?\d+/i, 'Num.Float'],
      [/\d+\.\d+(e[+-]?\d+)?/i, 'Num.Float'],
      [/0o[0-7]+/i, 'Num.Oct'],
      [/0x[\da-f]+/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/[\w']+/, (lx, m) => {
        const w = m[0];
        if (w === 'import') { lx.token('Keyword.Reserved', w); lx.push('import'); }
        else if (w === 'module') { lx.token('Keyword.Reserved', w); lx.push('module'); }
        else lx.token(RESERVED.has(w) ? 'Keyword.Reserved' : /^'?[A-Z]/.test(w) ? 'Keyword.Type' : 'Name', w);
      }],
      [rx(`\\\\(?!${OP}+)`), 'Name.Function'],
      [rx(`(<-|::|->|=>|=)(?!${OP}+)`), 'Operator'],
      [rx(`:${OP}*`), 'Operator'],
      [rx(`${OP}+`), 'Operator'],
      [/\[\s*\]/, 'Keyword.Type'],
      [/\(\s*\)/, 'Name.Builtin'],
      [/(\[)([_a-z][\w']*)(\|)/, (lx, m) => {
        lx.token('Operator', m[1]);
        lx.token('Name', m[2]);
        lx.token('Operator', m[3]);
        lx.push('quasiquotation');
      }],
      [/[\[\](),;`{}]/, 'Punctuation'],
    ],
    import: [
      [/\s+/, 'Text'],
      [/"/, 'Str', 'string'],
      [/\bqualified\b/, 'Keyword'],
      [/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, (lx, m) => {
        lx.groups(m, 'Name.Namespace', 'Text', 'Keyword', 'Text', 'Name');
        lx.pop();
      }],
      [/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/, (lx, m) => {
        lx.groups(m, 'Name.Namespace', 'Text', 'Keyword', 'Text', 'Punctuation');
        lx.goto('funclist');
      }],
      [/([A-Z][\w.]*)(\s+)(\()/, (lx, m) => { lx.groups(m, 'Name.Namespace', 'Text', 'Punctuation'); lx.goto('funclist'); }],
      [/[\w.]+/, 'Name.Namespace', '#pop'],
    ],
    module: [
      [/\s+/, 'Text'],
      [/([A-Z][\w.]*)(\s+)(\()/, (lx, m) => { lx.groups(m, 'Name.Namespace', 'Text', 'Punctuation'); lx.push('funclist'); }],
      [/\bwhere\b/, 'Keyword.Reserved', '#pop'],
      [/[A-Z][a-zA-Z0-9_.]*/, 'Name.Namespace', '#pop'],
    ],
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
    quasiquotation: [[/\|\]/, 'Operator', '#pop'], [/[^\|]+/s, 'Text'], [/\|/, 'Text']],
    string: [[/"/, 'Str', '#pop'], [/\\/, 'Str.Escape', 'escape'], [/[^\\"]+/, 'Str']],
    escape: [
      [/[abfnrtv"'&\\]/, 'Str.Escape', '#pop'],
      [/\^[\]\[A-Z@\^_]/, 'Str.Escape', '#pop'],
      [rx(ASCII), 'Str.Escape', '#pop'],
      [/o[0-7]+/i, 'Str.Escape', '#pop'],
      [/x[\da-f]+/i, 'Str.Escape', '#pop'],
      [/\d+/, 'Str.Escape', '#pop'],
      [/\s+\\/, 'Str.Escape', '#pop'],
    ],
  },
};
