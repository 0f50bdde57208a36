// Follows Rouge 3.30 lib/rouge/lexers/crystal.rb: Ruby's lexer with Crystal's words, numbers,
// annotations, macros and symbols; the states it shares with ruby.rb come from ruby.ts.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { alt } from '../regex.js';
import { NAMES, OPERATORS, VARIABLES, ruby, sigilWith, type RubyState } from './ruby.js';

const KEYWORDS = String.raw`BEGIN END alias begin break case defined\? do else elsif end ensure for if ifdef in next redo
  rescue raise retry return super then undef unless until when while yield lib fun type of as`.split(/\s+/);
// Joined as they are: `getter?` is "gette" and an optional "r" in the regex, as in Rouge.
const KEYWORDS_PSEUDO = `initialize new loop include extend raise attr_reader attr_writer attr_accessor alias_method attr
  catch throw private module_function public protected true false nil __FILE__ __LINE__
  getter getter? getter! property property? property! struct record`.split(/\s+/);
const BUILTINS_G = `abort ancestors at_exit caller catch chomp chop clone constants display dup eval exec exit extend
  fail fork format freeze getc gets global_variables gsub hash id included_modules inspect instance_eval instance_method
  instance_methods lambda loop method method_missing methods module_eval name object_id open p print printf proc putc puts
  raise rand readline readlines require scan select self send sleep split sprintf srand sub syscall system test throw
  to_a to_s trap warn`.split(/\s+/);
const BUILTINS_Q = 'eql equal include is_a iterator kind_of nil'.split(' ');
const BUILTINS_B = ['chomp', 'chop', 'exit', 'gsub', 'sub'];

const R = ruby.states;
type Rule = RuleSpec<RubyState>;

export const crystal: LexerDef<RubyState> = {
  ...ruby,
  name: 'crystal',
  aliases: ['cr'],
  states: {
    ...R,
    symbols: [
      [/:@{0,2}[a-z_]\w*[!?]?/i, 'Str.Symbol'],
      [/:(?:===|=?~|\[\][=?]?|\*\*=?|\/\/=?|[=^*\/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?|<=>|<<?=?|>>?=?|\.\.\.?)/, 'Str.Symbol'],
      [/:'(\\\\|\\'|[^'])*'/, 'Str.Symbol'],
      [/:"/, 'Str.Symbol', 'simple_sym'],
    ],
    sigil_strings: [[/%([rqswQWxiI])?([^\w\s}])/, sigilWith(false)]],
    strings: [
      { mixin: 'symbols' },
      [/\b[a-z_]\w*?[?!]?:\s+/, 'Str.Symbol', 'expr_start'],
      [/"/, 'Str.Double', 'simple_string'],
      [/(?<!\.)`/, 'Str.Backtick', 'simple_backtick'],
      [/(')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*(')/,
        (lx, m) => lx.groups(m, 'Str.Single', 'Str.Escape', 'Str.Single', 'Str.Single')],
    ],
    root: [
      { mixin: 'whitespace' },
      [/__END__/, 'Comment.Preproc', 'end_part'],
      [/0o[0-7]+(?:_[0-7]+)*/, 'Num.Oct'],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'Num.Hex'],
      [/0b[01]+(?:_[01]+)*/, 'Num.Bin'],
      [/\d+\.\d+(e[\+\-]?\d+)?(_f32)?/i, 'Num.Float'],
      [/\d+(e[\+\-]?\d+)/i, 'Num.Float'],
      [/\d+_f32/i, 'Num.Float'],
      [/[\d]+(?:_\d+)*(_[iu]\d+)?/, 'Num.Integer'],
      [/@\[([^\]]+)\]/, 'Name.Decorator'],
      ...VARIABLES,
      { mixin: 'strings' },
      [rx(`${alt(KEYWORDS)}\\b`), 'Keyword', 'expr_start'],
      [rx(`${alt(KEYWORDS_PSEUDO)}\\b`), 'Keyword.Pseudo', 'expr_start'],
      [/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Namespace')],
      [/(def|macro\b)(\s*)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('funcname'); }],
      [/(class\b)(\s*)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('classname'); }],
      [rx(`${alt(BUILTINS_Q)}[?]`), 'Name.Builtin', 'expr_start'],
      [rx(`${alt(BUILTINS_B)}!`), 'Name.Builtin', 'expr_start'],
      [rx(`(?<!\\.)${alt(BUILTINS_G)}\\b`), 'Name.Builtin', 'method_call'],
      ...NAMES,
      [/\*\*|\/\/|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\./, 'Operator', 'expr_start'],
      [/\{%|%\}/, 'Punctuation'],
      ...OPERATORS,
    ],
    classname: (R['classname'] as readonly Rule[]).filter((_, i) => i !== 1), // without ruby.rb's `\w+(::\w+)+`
    ternary: [[/:(?!:)/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }], { mixin: 'root' }],
    string_intp_escaped: [
      { mixin: 'string_intp' },
      [/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, 'Str.Escape'],
      [/\\u([a-fA-F0-9]{4}|\{[^}]+\})/, 'Str.Escape'],
      [/\\./, 'Str.Escape'],
    ],
    method_call: [[/\//, (lx, m) => { lx.token('Operator', m[0]); lx.goto('expr_start'); }], ...(R['method_call'] as readonly Rule[]).slice(1)],
  },
};
