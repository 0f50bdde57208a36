// Follows Rouge 3.30 lib/rouge/lexers/postscript.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const DELIMITER = String.raw`()<>\[\]{}/%\s`;
const END = `(?=[${DELIMITER}])`;
const VALID_NAME = `[^${DELIMITER}]+${END}`;
const KEYWORDS = wordAlt(`abs add aload arc arcn array atan begin bind ceiling charpath clip closepath concat concatmatrix
  copy cos currentlinewidth currentmatrix currentpoint curveto cvi cvs def defaultmatrix dict dictstackoverflow div
  dtransform dup end exch exec exit exp fill findfont floor get getinterval grestore gsave identmatrix idiv idtransform
  index invertmatrix itransform length lineto ln load log loop matrix mod moveto mul neg newpath pathforall pathbbox
  pop print pstack put quit rand rangecheck rcurveto repeat restore rlineto rmoveto roll rotate round run save scale
  scalefont setdash setfont setgray setlinecap setlinejoin setlinewidth setmatrix setrgbcolor shfill show showpage sin
  sqrt stack stringwidth stroke strokepath sub syntaxerror transform translate truncate typecheck undefined
  undefinedfilename undefinedresult`);

export const postscript: LexerDef = {
  name: 'postscript',
  aliases: ['postscr', 'postscript', 'ps', 'eps'],
  states: {
    root: [
      [/^%!.+?$/, 'Comment.Preproc'],
      [/%%.*?$/, 'Comment.Special'],
      [/(^%.*?$){2,}/, 'Comment.Multiline'],
      [/%.*?$/, 'Comment.Single'],
      [/\(/, 'Str', 'stringliteral'],
      [rx(`/${VALID_NAME}`), 'Name.Variable'],
      [/[{}<>\[\]]/, 'Punctuation'],
      [rx(`(?:${KEYWORDS})${END}`), 'Name.Builtin'],
      [rx(`(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)${END}`), 'Keyword.Reserved'],
      [rx(`(false|true)${END}`), 'Keyword.Constant'],
      [rx(`<[0-9A-Fa-f]+>${END}`), 'Num.Hex'],
      [rx(`[0-9]+\\#(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?${END}`), 'Num.Oct'],
      [rx(`(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?${END}`), 'Num.Float'],
      [rx(`(\\-|\\+)?[0-9]+${END}`), 'Num.Integer'],
      [rx(VALID_NAME), 'Name.Function'], // anything else is executed
      [/\s+/, 'Text'],
    ],
    stringliteral: [[/[^()\\]+/, 'Str'], [/\\/, 'Str.Escape', 'escape'], [/\(/, 'Str', 'stringliteral'], [/\)/, 'Str', '#pop']],
    escape: [[/[0-8]{3}|n|r|t|b|f|\\|\(|\)/, 'Str.Escape', '#pop']],
  },
};
