// Follows Rouge 3.30 lib/rouge/lexers/nial.rb (word lists generated from Rouge with ruby -rrouge).
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`
  is gets op tr ; if then elseif else endif case from endcase begin end for with endfor while do endwhile
  repeat until endrepeat`);
const OPERATORS = wordSet(`
  . ! # + * - << / < >> <= > = >= @ | ~=`);
const PUNCTUATIONS = wordSet(`
  { } [ ] , ( ) := : ;`);
const TRANSFORMERS = wordSet(`
  accumulate across bycols bykey byrows converse down eachboth eachall each eachleft eachright filter fold
  fork grade inner iterate leaf no_tr outer partition rank recur reduce reducecols reducerows sort team timeit
  twig`);
const FUNCS = wordSet(`
  operation expression and abs allbools allints allchars allin allreals allnumeric append arcsin arccos
  appendfile apply arctan atomic assign atversion axes cart break blend breaklist breakin bye callstack choose
  char ceiling catenate charrep check_socket cos content close clearws clearprofile cols continue copyright
  cosh cull count diverse deepplace cutall cut display deparse deepupdate descan depth diagram div divide drop
  dropright edit empty exit except erase equal eval eraserecord execute exp external exprs findall find fault
  falsehood filestatus filelength filepath filetally floor first flip fuse fromraw front gage getfile getdef
  getcommandline getenv getname hitch grid getsyms gradeup gt gte host in inverse innerproduct inv ip ln link
  isboolean isinteger ischar isfault isreal isphrase isstring istruthvalue last laminate like libpath library
  list load loaddefs nonlocal max match log lt lower lte mate min maxlength mod mix minus nialroot mold not
  numeric no_op no_expr notin open or opposite opp operators plus pick pack pass pair parse paste phrase place
  picture placeall power positions post quotient putfile profile prod product profiletree profiletable
  quiet_fault raise reach random reciprocal read readfile readchar readarray readfield readscreen readrecord
  recip reshape seek second rest reverse restart return_status scan save rows rotate seed see sublist sin
  simple shape setformat setdeftrace set seeusercalls seeprimcalls separator setwidth settrigger setmessages
  setlogname setinterrupts setprompt setprofile sinh single sqrt solitary sketch sleep socket_listen
  socket_accept socket_close socket_bind socket_connect socket_getline socket_receive socket_peek socket_read
  socket_send socket_write solve split sortup string status take symbols sum system tan tally takeright tanh
  tell tr times third time toupper tolower timestamp tonumber toraw toplevel transformer type transpose trs
  truth unequal variable valence up updateall update vacate value version vars void watch watchlist write
  writechars writearray writefile writefield writescreen writerecord`);
const CONSTS = wordSet(`
  false null pi true`);

export const nial: LexerDef = {
  name: 'nial',
  states: {
    root: [
      [/'/, 'Str.Single', 'str'],
      [/\b[lo]+\b/, 'Num.Bin'],
      [/-?\d+((\.\d*)?[eE][+-]?\d|\.)\d*/, 'Num.Float'],
      [/\-?\d+/, 'Num.Integer'],
      [/`./, 'Str.Char'],
      [/"[^\s()\[\]{}#,;]*/, 'Str.Symbol'],
      [/\?[^\s()\[\]{}#,;]*/, 'Generic.Error'],
      [/%[^;]+;/, 'Comment.Multiline'],
      [/^#(.+\n)+\n/, 'Comment.Multiline'],
      [/:=|[\{\}\[\]\(\),:;]/, (lx, m) => lx.token(PUNCTUATIONS.has(m[0]) ? 'Punctuation' : 'Text', m[0])],
      [/>>|>=|<=|~=|[\.!#+*\-=><\/|@]/, (lx, m) => lx.token(OPERATORS.has(m[0]) ? 'Operator' : 'Text', m[0])],
      [/\b[_A-Za-z]\w*\b/, (lx, m) => {
        const lower = m[0].toLowerCase();
        lx.token(KEYWORDS.has(lower) ? 'Keyword' : FUNCS.has(lower) ? 'Keyword.Pseudo' : TRANSFORMERS.has(lower) ? 'Name.Builtin'
          : CONSTS.has(lower) ? 'Keyword.Constant' : 'Name.Variable', m[0]);
      }],
      [/\s+/, 'Text'],
    ],
    str: [[/''/, 'Str.Escape'], [/[^']+/, 'Str.Single'], [/'|$/, 'Str.Single', '#pop']],
  },
};
