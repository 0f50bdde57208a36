// Follows Rouge 3.30 lib/rouge/lexers/scala.rb.
import { rx, type LexerDef } from '../engine.js';

const WS = String.raw`\p{Space}`;
const LETTER = String.raw`[\p{L}$_]`;
const UPPER = String.raw`[\p{Lu}$_]`;
const DIGITS = '[0-9]';
const PARENS = String.raw`[(){}\[\]]`;
const DELIMS = '[‘’".;,]';
const OP = String.raw`(?:(?!${WS}|${LETTER}|${DIGITS}|${PARENS}|${DELIMS})[\u0020-\u007F\p{Sm}\p{So}])`;
const IDREST = `(?:${LETTER}(?:${LETTER}|${DIGITS})*(?:(?<=_)${OP}+)?)`;
const NAME = `${IDREST}|${OP}+|\`[^\`]+\``;
const KEYWORDS = `abstract case catch def do else extends final finally for forSome if implicit lazy match new override
  private protected requires return sealed super this throw try val var while with yield`.split(/\s+/).join('|');
const TYPECHUNK = `(?:${IDREST}|${OP}+\`[^\`]+\`)`; // sic: Rouge's typechunk lacks a | before the backquote

export const scala: LexerDef = {
  name: 'scala',
  states: {
    root: [
      [/(class|trait|object)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('class'); }],
      [rx(`'${IDREST}(?!')`), 'Str.Symbol'],
      [/[^\S\n]+/, 'Text'],
      [/\/\/.*/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [rx(`@${IDREST}`), 'Name.Decorator'],
      [rx(`(def)(\\s+)(${NAME})(\\s*)`), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function', 'Text')],
      [rx(`(val)(\\s+)(${NAME})(\\s*)`), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable', 'Text')],
      [rx(`(this)(\\n*)(\\.)(${IDREST})`), (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Operator', 'Name.Property')],
      [rx(`(${IDREST}|_)(\\n*)(\\.)(${IDREST})`), (lx, m) => lx.groups(m, 'Name.Variable', 'Text', 'Operator', 'Name.Property')],
      [rx(`${UPPER}${IDREST}\\b`), 'Name.Class'],
      [rx(`(${IDREST})(${WS}*)(\\()`), (lx, m) => lx.groups(m, 'Name.Function', 'Text', 'Operator')],
      [rx(`(\\.)(${IDREST})`), (lx, m) => lx.groups(m, 'Operator', 'Name.Property')],
      [rx(String.raw`(${KEYWORDS})\b|(<[%:-]|=>|>:|[#=@_\u21D2\u2190])(\b|(?=\s)|$)`), 'Keyword'],
      [rx(`:(?!${OP})`), 'Keyword', 'type'],
      [/(true|false|null)\b/, 'Keyword.Constant'],
      [/(import|package)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('import'); }],
      [/(type)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('type'); }],
      [/""".*?"""(?!")/s, 'Str'],
      [/"(\\\\|\\"|[^"])*"/, 'Str'],
      [/'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'/, 'Str.Char'],
      [rx(IDREST), 'Name'],
      [/`[^`]+`/, 'Name'],
      [/\[/, 'Operator', 'typeparam'],
      [/[\(\)\{\};,.#]/, 'Operator'],
      [rx(`${OP}+`), 'Operator'],
      [/([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?/, 'Num.Float'],
      [/([0-9][0-9]*[fFdD])/, 'Num.Float'],
      [/0x[0-9a-fA-F]+/, 'Num.Hex'],
      [/[0-9]+L?/, 'Num.Integer'],
      [/\n/, 'Text'],
    ],
    class: [
      [rx(`(${NAME})(\\s*)(\\[)`), (lx, m) => { lx.groups(m, 'Name.Class', 'Text', 'Operator'); lx.push('typeparam'); }],
      [/\s+/, 'Text'],
      [/{/, 'Operator', '#pop'],
      [/\(/, 'Operator', '#pop'],
      [/\/\/.*/, 'Comment.Single', '#pop'],
      [rx(NAME), 'Name.Class', '#pop'],
    ],
    type: [
      [/\s+/, 'Text'],
      [rx(String.raw`<[%:]|>:|[#_\u21D2]|forSome|type`), 'Keyword'],
      [/([,\);}]|=>|=)(\s*)/, (lx, m) => { lx.groups(m, 'Operator', 'Text'); lx.pop(); }],
      [/[\(\{]/, 'Operator', 'type'],
      [rx(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)(\\[)`), (lx, m) => {
        lx.groups(m, 'Keyword.Type', 'Text', 'Operator');
        lx.pop();
        lx.push('typeparam');
      }],
      [rx(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)$`), (lx, m) => { lx.groups(m, 'Keyword.Type', 'Text'); lx.pop(); }],
      [/\/\/.*/, 'Comment.Single', '#pop'],
      [rx(`\\.|${NAME}`), 'Keyword.Type'],
    ],
    typeparam: [
      [/[\s,]+/, 'Text'],
      [rx(String.raw`<[%:]|=>|>:|[#_\u21D2]|forSome|type`), 'Keyword'],
      [/([\]\)\}])/, 'Operator', '#pop'],
      [/[\(\[\{]/, 'Operator', 'typeparam'],
      [rx(`\\.|${NAME}`), 'Keyword.Type'],
    ],
    comment: [
      [/[^\/\*]+/, 'Comment.Multiline'],
      [/\/\*/, 'Comment.Multiline', 'comment'],
      [/\*\//, 'Comment.Multiline', '#pop'],
      [/[*\/]/, 'Comment.Multiline'],
    ],
    import: [[rx(`(${IDREST}|\\.)+`), 'Name.Namespace', '#pop']],
  },
};
