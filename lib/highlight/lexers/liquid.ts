// Follows Rouge 3.30 lib/rouge/lexers/liquid.rb.
import type { LexerDef, Lexing } from '../engine.js';

type L = Lexing<unknown>;

/** `case value when /'[^']*'/ ... when /"[^"]*"/ ...`: the token of a quoted or bare value. */
const valueToken = (v: string | undefined, bare: string): string =>
  v !== undefined && /'[^']*'/.test(v) ? 'Str.Single' : v !== undefined && /"[^"]*"/.test(v) ? 'Str.Double' : bare;
const endOf = (lx: L, m: RegExpExecArray): void => { lx.token('Punctuation', m[0]); lx.resetStack(); };

export const liquid: LexerDef = {
  name: 'liquid',
  states: {
    root: [
      [/[^\{]+/, 'Text'],
      [/(\{%-?)(\s*)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace'); lx.push('tag_or_block'); }],
      [/(\{\{-?)(\s*)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace'); lx.push('output'); }],
      [/\{/, 'Text'],
    ],
    tag_or_block: [
      [/(if|elsif|unless|case)\b/, 'Keyword.Reserved', 'condition'],
      [/(when)\b/, 'Keyword.Reserved', 'when'],
      [/(else)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Punctuation'); lx.pop(); }],
      [/(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})/, (lx, m) => {
        lx.groups(m, 'Name.Tag', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation');
        lx.pop();
      }],
      [/(comment)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, 'Name.Tag', 'Text.Whitespace', 'Punctuation'); lx.push('comment'); }],
      [/(raw)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, 'Name.Tag', 'Text.Whitespace', 'Punctuation'); lx.push('raw'); }],
      [/(end(?:if|unless|case))(\s*)(-?%\})/, (lx, m) => { lx.groups(m, 'Keyword.Reserved', 'Text.Whitespace', 'Punctuation'); lx.pop(); }],
      [/(end(?:[^\s%]+))(\s*)(-?%\})/, (lx, m) => { lx.groups(m, 'Name.Tag', 'Text.Whitespace', 'Punctuation'); lx.pop(); }],
      [/(assign|echo)\b/, 'Name.Tag', 'assign'],
      [/(include|render)\b/, 'Name.Tag', 'include'],
      [/(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)/, (lx, m) => {
        lx.groups(m, 'Name.Tag', 'Text.Whitespace', valueToken(m[3], 'Name.Attribute'), 'Text.Whitespace', 'Punctuation', 'Text.Whitespace');
        lx.push('variable_tag_markup');
      }],
      [/(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,\|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)/, (lx, m) => {
        lx.groups(m, 'Name.Tag', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Name.Tag', 'Text.Whitespace');
        lx.token(valueToken(m[7], 'Name.Variable'), m[7]);
        lx.token('Text.Whitespace', m[8]);
        lx.push('tag_markup');
      }],
      [/([^\s%]+)(\s*)/, (lx, m) => { lx.groups(m, 'Name.Tag', 'Text.Whitespace'); lx.push('tag_markup'); }],
    ],
    output: [
      [/(\|)(\s*)([a-zA-Z_][^\s}\|:]*)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Function'); lx.push('filters'); }],
      { mixin: 'end_of_tag' },
      { mixin: 'generic' },
    ],
    filters: [
      [/(\|)(\s*)([a-zA-Z_][^\s%}\|:]*)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Function')],
      { mixin: 'end_of_tag' },
      { mixin: 'end_of_block' },
      { mixin: 'variable_param_markup' },
    ],
    condition: [
      [/([=!]=|[<>]=?)/, 'Operator'],
      [/(and|or|contains)\b/, 'Operator.Word'],
      { mixin: 'end_of_block' },
      { mixin: 'generic' },
    ],
    when: [{ mixin: 'end_of_block' }, { mixin: 'generic' }],
    end_of_tag: [[/-?\}\}/, endOf]],
    end_of_block: [[/-?%\}/, endOf]],
    param_markup: [
      { mixin: 'whitespace' },
      { mixin: 'keyword' },
      { mixin: 'string' },
      { mixin: 'number' },
      [/([^\s=:]+)(\s*)(=|:)/, (lx, m) => lx.groups(m, 'Name.Attribute', 'Text.Whitespace', 'Operator')],
      [/[,:]/, 'Punctuation'],
    ],
    default_param_markup: [{ mixin: 'param_markup' }, [/\S+/, 'Text']],
    variable_param_markup: [{ mixin: 'param_markup' }, { mixin: 'variable' }, [/\S+/, 'Text']],
    tag_markup: [[/(reversed)\b/, 'Name.Attribute'], { mixin: 'end_of_block' }, { mixin: 'default_param_markup' }],
    variable_tag_markup: [{ mixin: 'end_of_block' }, { mixin: 'variable_param_markup' }],
    keyword: [[/(false|true|nil)\b/, 'Keyword.Constant']],
    variable: [
      [/(empty|blank|forloop\.[^\s%}\|:]+)\b/, 'Name.Builtin'],
      [/\.(?=\w)|\[|\]/, 'Punctuation'],
      [/(first|last|size)\b/, 'Name.Function'],
      [/[a-zA-Z_][\w-]*\??/, 'Name.Variable'],
    ],
    string: [[/'[^']*'/, 'Str.Single'], [/"[^"]*"/, 'Str.Double']],
    number: [[/-/, 'Operator'], [/\d+\.\d+/, 'Num.Float'], [/\d+/, 'Num.Integer']],
    generic: [{ mixin: 'whitespace' }, { mixin: 'keyword' }, { mixin: 'string' }, { mixin: 'number' }, { mixin: 'variable' }],
    whitespace: [[/[ \t]+/, 'Text.Whitespace']],
    comment: [
      [/[^\{]+/, 'Comment'],
      [/(\{%-?)(\s*)(endcomment)(\s*)(-?%\})/, (lx, m) => {
        lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Tag', 'Text.Whitespace', 'Punctuation');
        lx.resetStack();
      }],
      [/\{/, 'Comment'],
    ],
    raw: [
      [/[^\{]+/, 'Text'],
      [/(\{%-?)(\s*)(endraw)(\s*)(-?%\})/, (lx, m) => {
        lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Tag', 'Text.Whitespace', 'Punctuation');
        lx.resetStack();
      }],
      [/\{/, 'Text'],
    ],
    assign: [
      [/=/, 'Operator'],
      [/(\|)(\s*)([a-zA-Z_][^\s%\|:]*)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Function'); lx.push('filters'); }],
      { mixin: 'end_of_block' },
      { mixin: 'generic' },
    ],
    include: [
      [/(\{\{-?)(\s*)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text.Whitespace'); lx.push('output_embed'); }],
      [/(with|for)\b/, 'Name.Tag'],
      [/[\/\w-]+(\.[\w-]+)+\b/, 'Text'],
      { mixin: 'variable_tag_markup' },
    ],
    output_embed: [
      [/(\|)(\s*)([a-zA-Z_][^\s}\|:]*)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Name.Function')],
      [/-?\}\}/, 'Punctuation', '#pop'],
      { mixin: 'variable_param_markup' },
    ],
  },
};
