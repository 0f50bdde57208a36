// Follows Rouge 3.30 lib/rouge/lexers/factor.rb (builtins in factor-words.ts, built on first use).
import { rx, type LexerDef } from '../engine.js';
import { factorBuiltins } from './factor-words.js';

export const factor: LexerDef = {
  name: 'factor',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/(:|::|MACRO:|MEMO:|GENERIC:|HELP:)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function')],
      [/(M:|HOOK:|GENERIC#)(\s+)(\S+)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Class', 'Text', 'Name.Function')],
      [/\((?=\s)/, 'Name.Function', 'stack_effect'],
      [/;(?=\s)/, 'Keyword'],
      [/(USING:)((?:\s|\\\s)+)/, (lx, m) => { lx.groups(m, 'Keyword.Namespace', 'Text'); lx.push('import'); }],
      [/(IN:|USE:|UNUSE:|QUALIFIED:|QUALIFIED-WITH:)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace')],
      [/(FROM:|EXCLUDE:)(\s+)(\S+)(\s+)(=>)/, (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace', 'Text', 'Punctuation')],
      [/(?:ALIAS|DEFER|FORGET|POSTPONE):/, 'Keyword.Namespace'],
      [/(TUPLE:)(\s+)(\S+)(\s+)(<)(\s+)(\S+)/, (lx, m) => {
        lx.groups(m, 'Keyword', 'Text', 'Name.Class', 'Text', 'Punctuation', 'Text', 'Name.Class');
        lx.push('slots');
      }],
      [/(TUPLE:)(\s+)(\S+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text', 'Name.Class'); lx.push('slots'); }],
      [/(UNION:|INTERSECTION:)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Class')],
      [/(PREDICATE:)(\s+)(\S+)(\s+)(<)(\s+)(\S+)/, (lx, m) =>
        lx.groups(m, 'Keyword', 'Text', 'Name.Class', 'Text', 'Punctuation', 'Text', 'Name.Class')],
      [/(C:)(\s+)(\S+)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Function', 'Text', 'Name.Class')],
      [rx(`
        (INSTANCE|SLOT|MIXIN|SINGLETONS?|CONSTANT|SYMBOLS?|ERROR|SYNTAX
         |ALIEN|TYPEDEF|FUNCTION|STRUCT):
      `, 'x'), 'Keyword'],
      [/(?:<PRIVATE|PRIVATE>)/, 'Keyword.Namespace'],
      [/(MAIN:)(\s+)(\S+)/, (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Function')],
      [/"(?:\\\\|\\"|[^"])*"/, 'Str'],
      [/\S+"\s+(?:\\\\|\\"|[^"])*"/, 'Str'],
      [/(CHAR:)(\s+)(\\[\\abfnrstv]*|\S)(?=\s)/, 'Str.Char'],
      [/!\s+.*$/, 'Comment'],
      [/#!\s+.*$/, 'Comment'],
      [/[tf](?=\s)/, 'Name.Constant'],
      [/-?\d+\.\d+(?=\s)/, 'Num.Float'],
      [/-?\d+(?=\s)/, 'Num.Integer'],
      [/HEX:\s+[a-fA-F\d]+(?=\s)/, 'Num.Hex'],
      [/BIN:\s+[01]+(?=\s)/, 'Num.Bin'],
      [/OCT:\s+[0-7]+(?=\s)/, 'Num.Oct'],
      [/[-+\/*=<>^](?=\s)/, 'Operator'],
      [/(?:deprecated|final|foldable|flushable|inline|recursive)(?=\s)/, 'Keyword'],
      [/\S+/, (lx, m) => lx.token(factorBuiltins().has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
    ],
    stack_effect: [
      [/\s+/, 'Text'],
      [/\(/, 'Name.Function', 'stack_effect'],
      [/\)/, 'Name.Function', '#pop'],
      [/--/, 'Name.Function'],
      [/\S+/, 'Name.Variable'],
    ],
    slots: [[/\s+/, 'Text'], [/;(?=\s)/, 'Keyword', '#pop'], [/\S+/, 'Name.Variable']],
    import: [[/;(?=\s)/, 'Keyword', '#pop'], [/\s+/, 'Text'], [/\S+/, 'Name.Namespace']],
  },
};
