// Follows Rouge 3.30 lib/rouge/lexers/prometheus.rb (PromQL queries and metrics).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordSet } from '../regex.js';

const FUNCTIONS = wordSet(`abs absent ceil changes clamp_max clamp_min count_scalar day_of_month day_of_week days_in_month
  delta deriv drop_common_labels exp floor histogram_quantile holt_winters hour idelta increase irate label_replace ln log2
  log10 month predict_linear rate resets round scalar sort sort_desc sqrt time vector year avg_over_time min_over_time
  max_over_time sum_over_time count_over_time quantile_over_time stddev_over_time stdvar_over_time`);

const escaped = (tok: string, fin: string): RuleSpec<unknown>[] => [
  [rx(`\\\\[\\\\abfnrtv${fin}]`), 'Str.Escape'],
  [rx(`[^\\\\${fin}]+`, 'm'), tok],
  [rx(fin), tok, '#pop'],
];

export const prometheus: LexerDef = {
  name: 'prometheus',
  aliases: ['prometheus'],
  states: {
    root: [
      { mixin: 'strings' },
      { mixin: 'whitespace' },
      [/-?\d+\.\d+/, 'Num.Float'],
      [/-?\d+[smhdwy]?/, 'Num.Integer'],
      { mixin: 'operators' },
      [/(ignoring|on)(\()/, (lx, m) => { lx.groups(m, 'Keyword.Pseudo', 'Punctuation'); lx.push('label_list'); }],
      [/(group_left|group_right)(\()/, (lx, m) => lx.groups(m, 'Keyword.Type', 'Punctuation')],
      [/(bool|offset)\b/, 'Keyword'],
      [/(without|by)\b/, 'Keyword', 'label_list'],
      [/[\w:]+/, (lx, m) => lx.token(FUNCTIONS.has(m[0]) ? 'Name.Builtin' : 'Name', m[0])],
      { mixin: 'metrics' },
    ],
    metrics: [
      [/[a-zA-Z0-9_-]+/, 'Name'],
      [/[\(\)\]:.,]/, 'Punctuation'],
      [/\{/, 'Punctuation', 'filters'],
      [/\[/, 'Punctuation'],
    ],
    strings: [
      [/"/, 'Str.Double', 'double_string_escaped'],
      [/'/, 'Str.Single', 'single_string_escaped'],
      [/`.*`/, 'Str.Backtick'],
    ],
    double_string_escaped: escaped('Str.Double', '"'),
    single_string_escaped: escaped('Str.Single', "'"),
    filters: [
      { mixin: 'inline_whitespace' },
      [/,/, 'Punctuation'],
      { mixin: 'labels' },
      { mixin: 'filter_matching_operators' },
      { mixin: 'strings' },
      [/}/, 'Punctuation', '#pop'],
    ],
    label_list: [
      [/\(/, 'Punctuation'],
      [/[a-zA-Z0-9_:-]+/, 'Name.Attribute'],
      [/,/, 'Punctuation'],
      { mixin: 'whitespace' },
      [/\)/, 'Punctuation', '#pop'],
    ],
    labels: [[/[a-zA-Z0-9_:-]+/, 'Name.Attribute']],
    operators: [
      [/[+\-\*\/%\^]/, 'Operator'],
      [/=|==|!=|<|>|<=|>=/, 'Operator'],
      [/and|or|unless/, 'Operator'],
      [/(sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\b/, 'Name.Function'],
    ],
    filter_matching_operators: [[/!(=|~)|=~?/, 'Operator']],
    inline_whitespace: [[/[ \t\r]+/, 'Text']],
    whitespace: [{ mixin: 'inline_whitespace' }, [/\n\s*/s, 'Text'], [/#.*?$/, 'Comment']],
  },
};
