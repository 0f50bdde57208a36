// Follows Rouge 3.30 lib/rouge/lexers/ghc_core.rb (GHC's Core dumps).
import type { LexerDef } from '../engine.js';

export const ghcCore: LexerDef = {
  name: 'ghc-core',
  states: {
    root: [
      [/^=====.*=====$/, 'Generic.Heading'],
      [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$/, 'Comment.Single'],
      [/^Result size of .+\n.+{[^}]*}/, 'Comment.Multiline'],
      [/--.*$/, 'Comment.Single'],
      [/\[/, 'Comment.Special', 'annotation'],
      { mixin: 'recursive_binding' },
      { mixin: 'ghc_rule' },
      { mixin: 'function' },
      [/\s/, 'Text'],
      [/./, 'Text'],
    ],
    expression: [[/[\n]+/, 'Text'], [/(?=^\S)/, (lx) => lx.pop()], [/\s+/, 'Text', 'expression_line']],
    expression_line: [[/ /, 'Text'], { mixin: 'common' }, [/\n/, 'Text', '#pop']],
    annotation: [[/\]/, 'Comment.Special', '#pop'], [/\[/, 'Comment.Special', 'annotation'], [/[^\[\]]+/, 'Comment.Special']],
    common: [
      [/\[[^=]*\]/, 'Keyword.Type'], // array, e.g. '[]' or '[Char]'
      [/\[/, 'Comment.Special', 'annotation'],
      { mixin: 'literal' },
      { mixin: 'constants' },
      { mixin: 'punctuation' },
      { mixin: 'operator' },
      { mixin: 'name' },
    ],
    literal: [
      [/\d+\.\d+#{0,2}/, 'Literal.Number.Float'],
      [/\d+#{0,2}/, 'Literal.Number.Integer'],
      [/".*"#/, 'Literal.String'],
      [/'.'#/, 'Literal.String.Char'],
    ],
    constants: [[/__DEFAULT/, 'Name.Constant']],
    name: [
      // sic: the whole match, then its first group again
      [/^([A-Z]\w*)(\.)/, (lx, m) => { lx.token('Name.Namespace', m[0]); lx.token('Punctuation', m[1]); }],
      [/[A-Z][^\s.,(){}]*/, 'Keyword.Type'],
      [/(^[a-z].*?\d+\.\d+\.\d+)(:)(?=\S)/, (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')], // packages
      [/\S*\(,\)\S*/, 'Name.Variable'], // '(,)' is a name, not punctuation
      [/\S[^\s.,(){}]*/, 'Name.Variable'],
    ],
    punctuation: [[/[.,(){};]/, 'Punctuation']],
    operator: [
      [/=>/, 'Operator'], [/->/, 'Operator'], [/::/, 'Operator'], [/=/, 'Operator'],
      [/forall/, 'Keyword'], [/case/, 'Keyword'], [/of/, 'Keyword'], [/letrec/, 'Keyword'], [/let/, 'Keyword'],
      [/join/, 'Keyword'], [/@/, 'Operator'], [/\\/, 'Operator'],
    ],
    recursive_binding: [
      [/(Rec)(\s*)({)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Punctuation')],
      [/^(end)(\s*)(Rec)(\s*)(})/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Keyword', 'Text', 'Punctuation')],
    ],
    ghc_rule: [[/^(".*?")/s, 'Name.Label', 'expression']],
    function: [[/^(\S+)(?=.*?(=|::))/s, 'Name.Function', 'expression']],
  },
};
