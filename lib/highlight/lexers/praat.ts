// Follows Rouge 3.30 lib/rouge/lexers/praat.rb (word lists in praat-words.ts).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import {
  FUNCTIONS_ARRAY, FUNCTIONS_NUMERIC, FUNCTIONS_STRING, KEYWORDS, OBJECTS, VARIABLES_NUMERIC, VARIABLES_STRING,
} from './praat-words.js';

type L = Lexing<unknown>;
const popPush = (tok: string, state: string) => (lx: L, m: RegExpExecArray): void => { lx.token(tok, m[0]); lx.pop(); lx.push(state); };
const groupsPush = (state: string, ...toks: string[]) => (lx: L, m: RegExpExecArray): void => { lx.groups(m, ...toks); lx.push(state); };

export const praat: LexerDef = {
  name: 'praat',
  states: {
    root: [
      [/(\s+)(#.*?$)/, (lx, m) => lx.groups(m, 'Text', 'Comment.Single')],
      [/^#.*?$/, 'Comment.Single'],
      [/;[^\n]*/, 'Comment.Single'],
      [/\s+/, 'Text'],
      [/(\bprocedure)(\s+)/, groupsPush('procedure_definition', 'Keyword', 'Text')],
      [/(\bcall)(\s+)/, groupsPush('procedure_call', 'Keyword', 'Text')],
      [/@/, 'Name.Function', 'procedure_call'],
      { mixin: 'function_call' },
      [/\b(?:select all)\b/, 'Keyword'],
      [rx(`\\b(?:${KEYWORDS})\\b`), 'Keyword'],
      [/(\bform\b)(\s+)([^\n]+)/, groupsPush('old_form', 'Keyword', 'Text', 'Literal.String')],
      [/(print(?:line|tab)?|echo|exit|asserterror|pause|send(?:praat|socket)|include|execute|system(?:_nocheck)?)(\s+)/,
        groupsPush('string_unquoted', 'Keyword', 'Text')],
      [/(goto|label)(\s+)(\w+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Label')],
      { mixin: 'variable_name' },
      { mixin: 'number' },
      [/"/, 'Literal.String', 'string'],
      [rx(`\\b(?:${OBJECTS})(?=\\s+\\S+\\n)`), 'Name.Class', 'string_unquoted'],
      [/\b(?=[A-Z])/, 'Text', 'command'],
      [/(\.{3}|[)(,\$])/, 'Punctuation'],
    ],
    command: [
      [/( ?([^\s:\.'])+ ?)/, 'Keyword'],
      { mixin: 'string_interpolated' },
      [/\.{3}/, popPush('Keyword', 'old_arguments')],
      [/:/, popPush('Keyword', 'comma_list')],
      [/[\s]/, 'Text', '#pop'],
    ],
    procedure_call: [
      { mixin: 'string_interpolated' },
      [/(:|\s*\()/, 'Punctuation', '#pop'],
      [/'/, 'Name.Function'],
      [/[^:\('\s]+/, 'Name.Function'],
      [/(?=\s+)/, popPush('Text', 'old_arguments')],
    ],
    procedure_definition: [[/(:|\s*\()/, 'Punctuation', '#pop'], [/[^:\(\s]+/, 'Name.Function'], [/(\s+)/, 'Text', '#pop']],
    function_call: [
      [rx(`\\b(${FUNCTIONS_STRING})\\$(?=\\s*[:(])`), 'Name.Function', 'function'],
      [rx(`\\b(${FUNCTIONS_ARRAY})#(?=\\s*[:(])`), 'Name.Function', 'function'],
      [rx(`\\b(${FUNCTIONS_NUMERIC})(?=\\s*[:(])`), 'Name.Function', 'function'],
    ],
    function: [[/\s+/, 'Text'], [/(?::|\s*\()/, popPush('Text', 'comma_list')]],
    comma_list: [
      [/(\s*\n\s*)(\.{3})/, (lx, m) => lx.groups(m, 'Text', 'Punctuation')],
      [/\s*[\])\n]/, 'Text', '#pop'],
      [/\s+/, 'Text'],
      [/"/, 'Literal.String', 'string'],
      [/\b(if|then|else|fi|endif)\b/, 'Keyword'],
      { mixin: 'function_call' },
      { mixin: 'variable_name' },
      { mixin: 'operator' },
      { mixin: 'number' },
      [/[()]/, 'Text'],
      [/,/, 'Punctuation'],
    ],
    old_arguments: [
      [/\n/, 'Text', '#pop'],
      { mixin: 'variable_name' },
      { mixin: 'operator' },
      { mixin: 'number' },
      [/"/, 'Literal.String', 'string'],
      [/[^\n]/, 'Text'],
    ],
    number: [[/\n/, 'Text', '#pop'], [/\b\d+(\.\d*)?([eE][-+]?\d+)?%?/, 'Literal.Number']],
    variable_name: [
      { mixin: 'operator' },
      { mixin: 'number' },
      [rx(`\\b(?:${VARIABLES_STRING})\\$`), 'Name.Builtin'],
      [rx(`\\b(?:${VARIABLES_NUMERIC})(?!\\$)\\b`), 'Name.Builtin'],
      [rx(`\\b(Object|${OBJECTS})_`), 'Name.Builtin', 'object_reference'],
      [/\.?[a-z][a-zA-Z0-9_.]*(\$|#)?/, 'Text'],
      [/[\[\]]/, 'Text', 'comma_list'],
      { mixin: 'string_interpolated' },
    ],
    object_reference: [
      { mixin: 'string_interpolated' },
      [/([a-z][a-zA-Z0-9_]*|\d+)/, 'Name.Builtin'],
      [/\.(ncol|nrow|xmin|ymin|xmax|ymax|nx|ny|dx|dy)\b/, 'Name.Builtin', '#pop'],
      [/\$/, 'Name.Builtin'],
      [/\[/, 'Text', '#pop'],
    ],
    operator: [
      [/([+\/*<>=!-]=?|[&*|][&*|]?|\^|<>)/, 'Operator'], // sic: also === or +++++
      [/(?<![\w.])(and|or|not|div|mod)(?![\w.])/, 'Operator.Word'],
    ],
    string_interpolated: [[/'[\._a-z][^\[\]'":]*(\[([\d,]+|"[\w,]+")\])?(:[0-9]+)?'/, 'Literal.String.Interpol']],
    string_unquoted: [
      [/\n\s*\.{3}/, 'Punctuation'],
      [/\n/, 'Text', '#pop'],
      [/\s/, 'Text'],
      { mixin: 'string_interpolated' },
      [/'/, 'Literal.String'],
      [/[^'\n]+/, 'Literal.String'],
    ],
    string: [
      [/\n\s*\.{3}/, 'Punctuation'],
      [/"/, 'Literal.String', '#pop'],
      { mixin: 'string_interpolated' },
      [/'/, 'Literal.String'],
      [/[^'"\n]+/, 'Literal.String'],
    ],
    old_form: [
      [/(\s+)(#.*?$)/, (lx, m) => lx.groups(m, 'Text', 'Comment.Single')],
      [/\s+/, 'Text'],
      [/(optionmenu|choice)([ \t]+\S+:[ \t]+)/, groupsPush('number', 'Keyword', 'Text')],
      [/(option|button)([ \t]+)/, groupsPush('string_unquoted', 'Keyword', 'Text')],
      [/(sentence|text)([ \t]+\S+)/, groupsPush('string_unquoted', 'Keyword', 'Text')],
      [/(word)([ \t]+\S+[ \t]*)(\S+)?([ \t]+.*)?/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Literal.String', 'Text')],
      [/(boolean)(\s+\S+\s*)(0|1|"?(?:yes|no)"?)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable')],
      [/(real|natural|positive|integer)([ \t]+\S+[ \t]*)([+-]?)/, groupsPush('number', 'Keyword', 'Text', 'Operator')],
      [/(comment)(\s+)/, groupsPush('string_unquoted', 'Keyword', 'Text')],
      [/\bendform\b/, 'Keyword', '#pop'],
    ],
  },
};
