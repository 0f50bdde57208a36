// Follows Rouge 3.30 lib/rouge/lexers/hcl.rb and terraform.rb (Hcl with Terraform's words,
// interpolation in strings and its own expression rules).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { rubyEscape, wordSet } from '../regex.js';

interface S { heredoc: string }
type Rules = readonly RuleSpec<S>[];
interface HclWords { readonly keywords: ReadonlySet<string>; readonly declarations: ReadonlySet<string> }
const CONSTANTS = wordSet('true false null');

/** The rule for identifiers of Hcl's root and Terraform's expressions (reserved and builtins are empty). */
function idRule(id: RegExp, w: HclWords, composite: boolean): RuleSpec<S> {
  return [id, (lx: Lexing<S>, m) => {
    const word = m[0];
    if (w.keywords.has(word) || w.declarations.has(word)) {
      lx.token(w.keywords.has(word) ? 'Keyword' : 'Keyword.Declaration', word);
      if (composite) lx.push('composite');
    } else if (CONSTANTS.has(word)) lx.token('Keyword.Constant', word);
    else { lx.token('Name.Other', word); if (composite) lx.push('composite'); }
  }];
}

function hclLexer(name: string, aliases: readonly string[], w: HclWords, extra: Record<string, Rules> = {}, pre: Record<string, Rules> = {}): LexerDef<S> {
  const states: Record<string, Rules> = {
    multiline_comment: [
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^*\/]+/, 'Comment.Multiline'],
      [/[*\/]/, 'Comment.Multiline'],
    ],
    comments_and_whitespace: [
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/#.*?$/, 'Comment.Single'],
      [/\/[*]/, 'Comment.Multiline', 'multiline_comment'],
    ],
    primitives: [
      [/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?/, 'Num.Float'],
      [/[0-9]+([kKmMgG]b?)?/, 'Num.Integer'],
      [/"/, 'Str.Double', 'dq'],
      [/'/, 'Str.Single', 'sq'],
      [/(<<-?)(\s*)('?)(\\?)(\w+)(\3)/, (lx, m) => {
        lx.groups(m, 'Operator', 'Text', 'Str.Heredoc', 'Str.Heredoc', 'Name.Constant', 'Str.Heredoc');
        lx.s.heredoc = m[5]!;
        lx.push('heredoc');
      }],
    ],
    root: [
      { mixin: 'comments_and_whitespace' },
      { mixin: 'primitives' },
      [/\{/, 'Punctuation', 'hash'],
      [/\[/, 'Punctuation', 'array'],
      idRule(/[$a-z_][a-z0-9_]*/i, w, true),
    ],
    composite: [
      { mixin: 'comments_and_whitespace' },
      [/[{]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('hash'); }],
      [/[\[]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('array'); }],
      { mixin: 'root' },
      [/(?:)/, 'Text', '#pop'],
    ],
    hash: [...(pre['hash'] ?? []), { mixin: 'comments_and_whitespace' }, [/=/, 'Punctuation'], [/\}/, 'Punctuation', '#pop'], { mixin: 'root' }],
    array: [...(pre['array'] ?? []), { mixin: 'comments_and_whitespace' }, [/,/, 'Punctuation'], [/\]/, 'Punctuation', '#pop'], { mixin: 'root' }],
    dq: [[/[^\\"]+/, 'Str.Double'], [/\\"/, 'Str.Escape'], [/"/, 'Str.Double', '#pop']],
    sq: [[/[^\\']+/, 'Str.Single'], [/\\'/, 'Str.Escape'], [/'/, 'Str.Single', '#pop']],
    heredoc: [[/\n/, 'Str.Heredoc', 'heredoc_nl'], [/[^$\n]+/, 'Str.Heredoc'], [/[$]/, 'Str.Heredoc']],
    heredoc_nl: [
      [/\s*(\w+)\s*\n/, (lx, m) => {
        // m[1] == @heredocstr, where @heredocstr is Regexp.escape(name)
        if (m[1] === rubyEscape(lx.s.heredoc)) { lx.token('Name.Constant', m[0]); lx.pop(2); } else lx.token('Str.Heredoc', m[0]);
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    ...extra,
  };
  return { name, aliases, init: () => ({ heredoc: '' }), states };
}

export const hcl = hclLexer('hcl', [], { keywords: new Set(), declarations: new Set() });

const TF: HclWords = {
  keywords: wordSet('terraform module provider variable resource data provisioner output'),
  declarations: wordSet('var local'),
};
const PUNCT: Rules = [[/[.,()*]/, 'Punctuation']];

export const terraform = hclLexer('terraform', ['tf'], TF, {
  strings: [[/\\./, 'Str.Escape'], [/\$\{/, 'Keyword', 'interpolation']],
  dq: [[/[^\\"$]+/, 'Str.Double'], { mixin: 'strings' }, [/"/, 'Str.Double', '#pop']],
  sq: [[/[^\\'$]+/, 'Str.Single'], { mixin: 'strings' }, [/'/, 'Str.Single', '#pop']],
  heredoc: [[/\n/, 'Str.Heredoc', 'heredoc_nl'], [/[^$\n]+/, 'Str.Heredoc'], [/[$]/, 'Str.Heredoc'], { mixin: 'strings' }],
  interpolation: [[/\}/, 'Keyword', '#pop'], { mixin: 'expression' }],
  regexps: [[/"\//, (lx, m) => { lx.token('Str.Delimiter', m[0]); lx.goto('regexp_inner'); }]],
  regexp_inner: [[/[^"\/\\]+/, 'Str.Regex'], [/\\./, 'Str.Regex'], [/\/"/, 'Str.Delimiter', '#pop'], [/["\/]/, 'Str.Regex']],
  expression: [
    { mixin: 'regexps' },
    { mixin: 'primitives' },
    [/\s+/, 'Text'],
    [rx(String.raw`\+\+ | -- | ~ | && | \|\| | \\(?=\n) | << | >>>? | == | != `, 'x'), 'Operator'],
    [/[-<>+*%&|\^\/!=?:]=?/, 'Operator'],
    [/[(\[,]/, 'Punctuation'],
    [/[)\].]/, 'Punctuation'],
    idRule(/[$a-z_\-][a-z0-9_\-]*/i, TF, false),
  ],
}, { hash: PUNCT, array: PUNCT });
