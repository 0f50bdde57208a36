// Follows Rouge 3.30 lib/rouge/lexers/kotlin.rb.
import { rx, type LexerDef } from '../engine.js';

const KEYWORDS = `abstract annotation as break by catch class companion const constructor continue crossinline do
  dynamic else enum external false final finally for fun get if import in infix inline inner interface internal is
  lateinit noinline null object open operator out override package private protected public reified return sealed set
  super suspend tailrec this throw true try typealias typeof val var vararg when where while yield`.split(/\s+/);
const NAME_CHARS = String.raw`(?:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`;
const CLASS_NAME = `(?:\`?[\\p{Lu}]${NAME_CHARS}\`?)`;
const NAME = `(?:\`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]${NAME_CHARS}\`?)`;
const DEC = '(?:(?:[0-9][0-9_]*[0-9])|[0-9])';
const EXPONENT = `(?:[eE][+-]?(?:${DEC}))`;
const DOUBLE = `(?:(?:(?:${DEC})?\\.${DEC}(?:${EXPONENT})?)|(?:${DEC}${EXPONENT}))`;

export const kotlin: LexerDef = {
  name: 'kotlin',
  states: {
    root: [
      [/\b(companion)(\s+)(object)\b/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Keyword')],
      [/\b(class|data\s+class|interface|object)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text'); lx.push('class'); }],
      [/\b(fun)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('function'); }],
      [/\b(package|import)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('package'); }],
      [/\b(val|var)(\s+)(\()/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text', 'Punctuation'); lx.push('destructure'); }],
      [/\b(val|var)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text'); lx.push('property'); }],
      [rx(`(return|continue|break|this|super)(@${NAME})?\\b`), (lx, m) => lx.groups(m, 'Keyword', 'Name.Decorator')],
      [/\bfun\b/, 'Keyword'],
      [rx(`\\b(?:${KEYWORDS.join('|')})\\b`), 'Keyword'],
      [/^\s*\[.*?\]/, 'Name.Attribute'],
      [/[^\S\n]+/, 'Text'],
      [/\\\n/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/[*].*[*]\//, 'Comment.Multiline'],
      [/\/[*].*/, 'Comment.Multiline', 'comment'],
      [/\n/, 'Text'],
      [/(::)(class)/, (lx, m) => lx.groups(m, 'Operator', 'Keyword')],
      [/::|!!|\?[:.]/, 'Operator'],
      [/(\.\.)/, 'Operator'],
      [rx(`(${DOUBLE}[fF]?)|(${DEC}[fF])`), 'Num.Float'],
      [/0[bB]([01][01_]*[01]|[01])[uU]?L?/, 'Num.Bin'],
      [/0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?/, 'Num.Hex'],
      [/(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?/, 'Num.Integer'],
      [/[~!%^&*()+=|\[\]:;,.<>\/?-]/, 'Punctuation'],
      [/[{}]/, 'Punctuation'],
      [/@"(""|[^"])*"/s, 'Str'],
      [/""".*?"""/s, 'Str'],
      [/"(\\\\|\\"|[^"\n])*["\n]/s, 'Str'],
      [/'\\.'|'[^\\]'/, 'Str.Char'],
      [rx(`(@${CLASS_NAME})`), 'Name.Decorator'],
      [rx(`(${CLASS_NAME})(<)`), (lx, m) => { lx.groups(m, 'Name.Class', 'Punctuation'); lx.push('generic_parameters'); }],
      [rx(CLASS_NAME), 'Name.Class'],
      [rx(`(${NAME})(?=\\s*[({])`), 'Name.Function'],
      [rx(`(${NAME})@`), 'Name.Decorator'],
      [rx(NAME), 'Name'],
    ],
    package: [[/\S+/, 'Name.Namespace', '#pop']],
    class: [[rx(CLASS_NAME), 'Name.Class', '#pop']],
    function: [
      [/(<)/, 'Punctuation', 'generic_parameters'],
      [/(\s+)/, 'Text'],
      [rx(`(${CLASS_NAME})(\\.)`), (lx, m) => lx.groups(m, 'Name.Class', 'Punctuation')],
      [rx(NAME), 'Name.Function', '#pop'],
    ],
    generic_parameters: [
      [rx(CLASS_NAME), 'Name.Class'],
      [/(<)/, 'Punctuation', 'generic_parameters'],
      [/(reified|out|in)/, 'Keyword'],
      [/([,:.?])/, 'Punctuation'],
      [/(\s+)/, 'Text'],
      [/(>)/, 'Punctuation', '#pop'],
    ],
    property: [[/(<)/, 'Punctuation', 'generic_parameters'], [/(\s+)/, 'Text'], [rx(NAME), 'Name.Property', '#pop']],
    destructure: [[/(,)/, 'Punctuation'], [/(\))/, 'Punctuation', '#pop'], [/(\s+)/, 'Text'], [rx(NAME), 'Name.Property']],
    comment: [
      [/\/[*]/, 'Comment.Multiline', 'comment'],
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^\/*]+/, 'Comment.Multiline'],
      [/[\/*]/, 'Comment.Multiline'],
    ],
  },
};
