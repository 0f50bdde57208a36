// Follows Rouge 3.30 lib/rouge/lexers/sas.rb (word lists in sas-words.ts, built on first use;
// the current PROC's name, @proc_name, is a lexer variable).
import type { LexerDef, Lexing } from '../engine.js';
import { sasWords } from './sas-words.js';

interface S { procName: string | null }
type L = Lexing<S>;

/** The \w+ rule of :root (and of :proc, with the current PROC's keywords). */
const word = (inProc: boolean) => (lx: L, m: RegExpExecArray): void => {
  const w = sasWords();
  const up = m[0].toUpperCase();
  const procKeywords = inProc && lx.s.procName !== null ? w.procKeywords.get(lx.s.procName) : undefined;
  lx.token(w.dataStepStatements.has(up) || w.functions.has(up) || procKeywords?.has(up) ? 'Keyword' : 'Name', m[0]);
};

export const sas: LexerDef<S> = {
  name: 'sas',
  init: () => ({ procName: null }),
  states: {
    basics: [
      [/\s+/, 'Text'],
      [/^\s*%?\*[^;]*;/s, 'Comment.Single'], // a comment statement that starts a line
      [/(;)(\s*)(%?\*[^;]*;)/s, (lx, m) => lx.groups(m, 'Punctuation', 'Text', 'Comment.Single')],
      [/\/[*].*?[*]\//s, 'Comment.Multiline'],
      [/'[0-9a-z]+?'d/i, 'Literal.Date'],
      [/'.+?'dt/i, 'Literal.Date'],
      [/'[0-9:]+?([a|p]m)?'t/i, 'Literal.Date'],
      [/'/, 'Str.Single', 'single_string'],
      [/"/, 'Str.Double', 'double_string'],
      [/&[a-z0-9_&.]+/i, 'Name.Variable'],
      [/\d[0-9a-f]*x/i, 'Num.Hex'],
      [/\d[0-9e\-.]+/i, 'Num'],
      [/\b(_n_|_error_|_file_|_infile_|_msg_|_iorc_|_cmd_)\b/i, 'Name.Builtin.Pseudo'],
      [/\b(_character_|_numeric_|_all_)\b/i, 'Name.Builtin'],
      [/\b(datalines|cards)(\s*)(;)/i, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Punctuation'); lx.push('datalines'); }],
      [/\b(datalines4|cards4)(\s*)(;)/i, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Punctuation'); lx.push('datalines4'); }],
      [/\*\*|[\*\/\+-]/, 'Operator'],
      [/[^¬~]?=:?|[<>]=?:?/, 'Operator'],
      [/\b(eq|ne|gt|lt|ge|le|in)\b/i, 'Operator.Word'],
      [/[&|!¦¬∘~]/, 'Operator'],
      [/\b(and|or|not)\b/i, 'Operator.Word'],
      [/(<>|><)/, 'Operator'], // min/max
      [/\|\|/, 'Operator'], // concatenation
      [/\b(of)\b/i, 'Operator.Word'],
      [/\b(like)\b/i, 'Operator.Word'],
      [/\d+/, 'Num.Integer'],
      [/\$/, 'Keyword.Type'],
      [/(%macro|%mend)(\s*)(\w+)/i, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function')],
      [/%mend/, 'Keyword'],
      [/%\w+/, (lx, m) => {
        const up = m[0].toUpperCase();
        lx.token(sasWords().macroStatements.has(up) || sasWords().macroFunctions.has(up) ? 'Keyword' : 'Name', m[0]);
      }],
    ],
    basics2: [
      [/\s\.[;\s]/, 'Keyword.Constant'], // missing
      [/\s\.[a-z_]/, 'Name.Constant'], // user-defined missing
      [/[\(\),;:\{\}\[\]\\\.]/, 'Punctuation'],
      [/@/, 'Str.Symbol'], // line hold specifiers
      [/\?/, 'Str.Symbol'], // format modifiers
      [/[^\s]+/, 'Text'], // anything not matched so far
    ],
    root: [
      { mixin: 'basics' },
      [/(proc)(\s+)(\w+)/i, (lx, m) => {
        lx.s.procName = m[3]!.toUpperCase();
        lx.groups(m, 'Keyword', 'Text', sasWords().procNames.has(lx.s.procName) ? 'Keyword' : 'Name');
        lx.push('proc');
      }],
      [/(data)(\s+)([\w\.]+)/i, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable')],
      [/(libname)(\s+)(\w+)/i, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable')],
      [/\w+/, word(false)],
      { mixin: 'basics2' },
    ],
    single_string: [[/''/, 'Str.Escape'], [/'/, 'Str.Single', '#pop'], [/[^']+/, 'Str.Single']],
    double_string: [
      [/&[a-z0-9_&]+\.?/i, 'Str.Interpol'],
      [/""/, 'Str.Escape'],
      [/"/, 'Str.Double', '#pop'],
      [/[^&"]+/, 'Str.Double'],
      [/&/, 'Str.Double'], // an & that is not a macro variable
    ],
    datalines: [[/[^;]/, 'Literal.String.Heredoc'], [/;/, 'Punctuation', '#pop']],
    datalines4: [[/;{4}/, 'Punctuation', '#pop'], [/[^;]/, 'Literal.String.Heredoc'], [/;{,3}/, 'Literal.String.Heredoc']],
    proc: [
      [/(quit|run)/i, 'Keyword', '#pop'],
      { mixin: 'basics' },
      [/\w+/, word(true)],
      { mixin: 'basics2' },
    ],
  },
};
