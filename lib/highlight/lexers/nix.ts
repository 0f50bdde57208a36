// Follows Rouge 3.30 lib/rouge/lexers/nix.rb.
import { rx, type LexerDef } from '../engine.js';

const WORD = '[a-zA-Z0-9._-]+';
const SECTION = `(/${WORD})`;
const BASIC = `${WORD}(/${WORD})+`;
const PATH = `(${SECTION}+|~${SECTION}+|${BASIC}|[a-z+]+://(/?${BASIC}))`;
const words = (s: string): string => `(?:${s.split(' ').join('|')})\\b`;

export const nix: LexerDef = {
  name: 'nix',
  aliases: ['nixos'],
  states: {
    whitespaces: [[/^\s*\n\s*$/s, 'Text'], [/\s+/, 'Text']],
    comment: [[/#.*$/, 'Comment'], [/\/\*/, 'Comment', 'multiline_comment']],
    multiline_comment: [[/\*\//, 'Comment', '#pop'], [/./, 'Comment']],
    number: [[/[0-9]/, 'Num.Integer']],
    null: [[/(null)/, 'Keyword.Constant']],
    boolean: [[/(true|false)/, 'Keyword.Constant']],
    binding: [[/[a-zA-Z_][a-zA-Z0-9-]*/, 'Name.Variable']],
    path: [[rx(PATH), 'Str.Other']],
    string: [[/"/, 'Str.Double', 'double_quoted_string'], [/''/, 'Str.Double', 'indented_string']],
    string_content: [[/\\./, 'Str.Escape'], [/\$\$/, 'Str.Escape'], [/\$\{/, 'Str.Interpol', 'string_interpolated_arg']],
    indented_string_content: [
      [/'''/, 'Str.Escape'],
      [/''\$/, 'Str.Escape'],
      [/\$\$/, 'Str.Escape'],
      [/''\\./, 'Str.Escape'],
      [/\$\{/, 'Str.Interpol', 'string_interpolated_arg'],
    ],
    string_interpolated_arg: [{ mixin: 'expression' }, [/}/, 'Str.Interpol', '#pop']],
    indented_string: [{ mixin: 'indented_string_content' }, [/''/, 'Str.Double', '#pop'], [/./, 'Str.Double']],
    double_quoted_string: [{ mixin: 'string_content' }, [/"/, 'Str.Double', '#pop'], [/./, 'Str.Double']],
    operator: [[/(\.|\?|\+\+|\+|!=|!|\/\/|==|&&|\|\||->|\/|\*|-|<|>|<=|=>)/, 'Operator']],
    assignment: [[/(=)/, 'Operator'], [/(@)/, 'Operator']],
    accessor: [[/(\$)/, 'Punctuation']],
    delimiter: [[/(;|,|:)/, 'Punctuation']],
    atom_content: [{ mixin: 'expression' }, [/\)/, 'Punctuation', '#pop']],
    atom: [[/\(/, 'Punctuation', 'atom_content']],
    list: [[/\[/, 'Punctuation', 'list_content']],
    list_content: [[/\]/, 'Punctuation', '#pop'], { mixin: 'expression' }],
    set: [[/{/, 'Punctuation', 'set_content']],
    set_content: [[/}/, 'Punctuation', '#pop'], { mixin: 'expression' }],
    expression: ['ignore', 'comment', 'boolean', 'null', 'number', 'path', 'string', 'keywords', 'operator', 'accessor',
      'assignment', 'delimiter', 'binding', 'atom', 'set', 'list'].map((mixin) => ({ mixin })),
    keywords: [
      [rx(words('with in inherit')), 'Keyword.Namespace'],
      [rx(words('let')), 'Keyword.Declaration'],
      [rx(words('if then else')), 'Keyword'],
      [rx(words('rec assert map')), 'Keyword.Reserved'],
      [rx(words('abort baseNameOf builtins derivation fetchTarball import isNull removeAttrs throw toString')), 'Keyword.Reserved'],
    ],
    ignore: [{ mixin: 'whitespaces' }],
    root: [{ mixin: 'ignore' }, { mixin: 'expression' }],
  },
};
