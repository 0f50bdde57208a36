// Follows Rouge 3.30 lib/rouge/lexers/ruby.rb.
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { alt, rubyEscape } from '../regex.js';

export interface RubyState { heredocQueue: [tolerant: boolean, name: string][] }
type S = RubyState;
type L = Lexing<S>;

const KEYWORDS = String.raw`BEGIN END alias begin break case defined\? do else elsif end
  ensure for if in next redo rescue raise retry return super then undef unless until when while yield`.split(/\s+/);
const KEYWORDS_PSEUDO = `loop include extend raise alias_method attr catch throw private module_function
  public protected true false nil __FILE__ __LINE__`.split(/\s+/);
const BUILTINS_G = String.raw`attr_reader attr_writer attr_accessor
  __id__ __send__ abort ancestors at_exit autoload binding callcc caller catch chomp chop class_eval class_variables clone
  const_defined\? const_get const_missing const_set constants display dup eval exec exit extend fail fork format freeze
  getc gets global_variables gsub hash id included_modules inspect instance_eval instance_method instance_methods
  instance_variable_get instance_variable_set instance_variables lambda load local_variables loop method method_missing
  methods module_eval name object_id open p print printf private_class_method private_instance_methods private_methods proc
  protected_instance_methods protected_methods public_class_method public_instance_methods public_methods putc puts raise rand
  readline readlines require require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system
  taint test throw to_a to_s trace_var trap untaint untrace_var warn`.split(/\s+/);
const BUILTINS_Q = `autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of method_defined
  nil private_method_defined protected_method_defined public_method_defined respond_to tainted`.split(/\s+/);
const BUILTINS_B = ['chomp', 'chop', 'exit', 'gsub', 'sub'];
const DELIMS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

/** String#strip / #rstrip of Ruby (whitespace and NUL only). */
const rstrip = (s: string): string => s.replace(/[\0\t\n\v\f\r ]+$/, '');
const strip = (s: string): string => rstrip(s).replace(/^[\0\t\n\v\f\r ]+/, '');

/** A %-literal's state (the sigil_strings rule); Ruby squeezes the delimiters' characters,
 * Crystal (crystal.rb) uses them as they are. */
export const sigilWith = (squeeze: boolean) => (lx: L, m: RegExpExecArray): void => {
  const open = rubyEscape(m[2]!);
  const close = rubyEscape(DELIMS[m[2]!] ?? m[2]!);
  const interp = /[rQWxI]/.test(m[1] ?? '');
  let tok = 'Str.Other';
  if (m[1] === 'r') { tok = 'Str.Regex'; lx.push('regex_flags'); }
  lx.token(tok, m[0]);
  let uniq = open + close;
  if (squeeze) uniq = open === close && open === '\\#' ? '' : uniq.replace(/(.)\1+/gs, '$1');
  lx.pushDynamic(`sigil ${tok} ${interp} ${open}${close}`, () => {
    const rules: RuleSpec<S>[] = [[rx(`\\\\[#${uniq}\\\\]`), 'Str.Escape']];
    if (open !== close) rules.push([rx(open), (l, mm) => { l.token(tok, mm[0]); l.push(); }]);
    rules.push([rx(close), tok, '#pop']);
    if (interp) rules.push({ mixin: 'string_intp_escaped' }, [/#/, tok]);
    else rules.push([/[\\#]/, tok]);
    rules.push([rx(`[^#${uniq}\\\\]+`, 'm'), tok]);
    return rules;
  });
};

function heredoc(lx: L, m: RegExpExecArray): void {
  lx.token('Operator', m[1]);
  lx.token('Name.Constant', `${m[2]}${m[3]}${m[4] ?? ''}`);
  lx.s.heredocQueue.push([m[1] === '<<-' || m[1] === '<<~', m[3]!]);
  if (!lx.state('heredoc_queue')) lx.push('heredoc_queue');
}

const simple = (tok: string, fin: string): RuleSpec<S>[] => [
  { mixin: 'string_intp_escaped' },
  [rx(`[^\\\\${fin}#]+`, 'm'), tok],
  [/[\\#]/, tok],
  [rx(fin), tok, '#pop'],
];

// Parts of the root state that Crystal's (crystal.rb) repeats.
export const VARIABLES: readonly RuleSpec<S>[] = [
  [/@@[a-z_]\w*/i, 'Name.Variable.Class'],
  [/@[a-z_]\w*/i, 'Name.Variable.Instance'],
  [/\$\w+/, 'Name.Variable.Global'],
  [/\$[!@&`'+~=\/\\,;.<>_*\$?:"]/, 'Name.Variable.Global'],
  [/\$-[0adFiIlpvw]/, 'Name.Variable.Global'],
  [/::/, 'Operator'],
];
export const NAMES: readonly RuleSpec<S>[] = [
  { mixin: 'has_heredocs' },
  [/\.{2,3}/, 'Operator', 'expr_start'],
  [/[A-Z][a-zA-Z0-9_]*/, 'Name.Constant', 'method_call'],
  [/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text', 'Name.Function'); lx.push('method_call'); }],
  [/[a-zA-Z_]\w*[?!]/, 'Name', 'expr_start'],
  [/[a-zA-Z_]\w*/, 'Name', 'method_call'],
];
export const OPERATORS: readonly RuleSpec<S>[] = [
  [/[-+\/*%=<>&!^|~]=?/, 'Operator', 'expr_start'],
  [/[?]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('ternary'); lx.push('expr_start'); }],
  [/[\[({,:\\;\/]/, 'Punctuation', 'expr_start'],
  [/[\])}]/, 'Punctuation'],
];

export const ruby: LexerDef<S> = {
  name: 'ruby',
  aliases: ['rb'],
  init: () => ({ heredocQueue: [] }),
  start: (lx) => lx.push('expr_start'),
  states: {
    symbols: [
      [rx(String.raw`:@{0,2}[a-z_]\w*[!?]?`, 'i'), 'Str.Symbol'],
      [/:(?:\*\*|[-+]@|[\/\%&\|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, 'Str.Symbol'],
      [/:'(\\\\|\\'|[^'])*'/, 'Str.Symbol'],
      [/:"/, 'Str.Symbol', 'simple_sym'],
    ],
    sigil_strings: [[/%([rqswQWxiI])?([^\w\s])/, sigilWith(true)]],
    strings: [
      { mixin: 'symbols' },
      [/\b[a-z_]\w*?[?!]?:\s+/, 'Str.Symbol', 'expr_start'],
      [/'(\\\\|\\'|[^'])*'/, 'Str.Single'],
      [/"/, 'Str.Double', 'simple_string'],
      [/(?<!\.)`/, 'Str.Backtick', 'simple_backtick'],
    ],
    regex_flags: [[/[mixounse]*/, 'Str.Regex', '#pop']],
    simple_string: simple('Str.Double', '"'),
    simple_sym: simple('Str.Symbol', '"'),
    simple_backtick: simple('Str.Backtick', '`'),
    whitespace: [
      { mixin: 'inline_whitespace' },
      [/\n\s*/s, 'Text', 'expr_start'],
      [/#.*$/, 'Comment.Single'],
      [/=begin\b.*?\n=end\b/s, 'Comment.Multiline'],
    ],
    inline_whitespace: [[/[ \t\r]+/, 'Text']],
    root: [
      { mixin: 'whitespace' },
      [/__END__/, 'Comment.Preproc', 'end_part'],
      [/0_?[0-7]+(?:_[0-7]+)*/, 'Num.Oct'],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'Num.Hex'],
      [/0b[01]+(?:_[01]+)*/, 'Num.Bin'],
      [rx(String.raw`[\d]+(?:_\d+)*(?:\.[\d]+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)`), 'Num.Float'],
      [/[\d]+(?:_\d+)*/, 'Num.Integer'],
      ...VARIABLES,
      { mixin: 'strings' },
      [rx(`${alt(KEYWORDS)}(?=\\W|$)`), 'Keyword', 'expr_start'],
      [rx(`${alt(KEYWORDS_PSEUDO)}\\b`), 'Keyword.Pseudo', 'expr_start'],
      [/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Namespace')],
      [/(def\b)(\s*)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('funcname'); }],
      [/(class\b)(\s*)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('classname'); }],
      [rx(`${alt(BUILTINS_Q)}[?]`), 'Name.Builtin', 'expr_start'],
      [rx(`${alt(BUILTINS_B)}!`), 'Name.Builtin', 'expr_start'],
      [rx(`(?<!\\.)${alt(BUILTINS_G)}\\b`), 'Name.Builtin', 'method_call'],
      ...NAMES,
      [/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, 'Operator', 'expr_start'],
      ...OPERATORS,
    ],
    has_heredocs: [
      [/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, heredoc],
      [/(<<[-~]?)(["'])(\2)/, (lx, m) => {
        lx.token('Operator', m[1]);
        lx.token('Name.Constant', `${m[2]}${m[3]}`);
        lx.s.heredocQueue.push([m[1] === '<<-' || m[1] === '<<~', '']);
        if (!lx.state('heredoc_queue')) lx.push('heredoc_queue');
      }],
    ],
    heredoc_queue: [[/(?=\n)/, (lx) => lx.goto('resolve_heredocs')], { mixin: 'root' }],
    resolve_heredocs: [
      { mixin: 'string_intp_escaped' },
      [/\n/, 'Str.Heredoc', 'test_heredoc'],
      [/[#\\\n]/, 'Str.Heredoc'],
      [/[^#\\\n]+/, 'Str.Heredoc'],
    ],
    test_heredoc: [
      [/[^#\\\n]*$/, (lx, m) => {
        const first = lx.s.heredocQueue[0];
        const check = first?.[0] ? strip(m[0]) : rstrip(m[0]);
        if (first && check === first[1]) {
          lx.s.heredocQueue.shift();
          if (!lx.s.heredocQueue.length) lx.pop();
          lx.token('Name.Constant', m[0]);
        } else lx.token('Str.Heredoc', m[0]);
        lx.pop();
      }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    funcname: [
      [/\s+/, 'Text'],
      [/\(/, 'Punctuation', 'defexpr'],
      [rx(String.raw`(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&\|^${'`'}~]|\[\]=?|<<?|>>?|<=>?|>=|===?)`),
        (lx, m) => { lx.groups(m, 'Name.Class', 'Operator', 'Name.Function'); lx.pop(); }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    classname: [
      [/\s+/, 'Text'],
      [/\w+(::\w+)+/, 'Name.Class'],
      [/\(/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('defexpr'); lx.push('expr_start'); }],
      [/<</, (lx, m) => { lx.token('Operator', m[0]); lx.goto('expr_start'); }],
      [/[A-Z_]\w*/, 'Name.Class', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    ternary: [
      [/(:)(\s+)/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text'); lx.goto('expr_start'); }],
      [/:(?![^#\n]*?[:\\])/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('expr_start'); }],
      { mixin: 'root' },
    ],
    defexpr: [
      [/(\))(\.|::)?/, (lx, m) => { lx.groups(m, 'Punctuation', 'Operator'); lx.pop(); }],
      [/\(/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('defexpr'); lx.push('expr_start'); }],
      { mixin: 'root' },
    ],
    in_interp: [[/}/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
    string_intp: [
      [/[#][{]/, 'Str.Interpol', 'in_interp'],
      [/#(@@?|\$)[a-z_]\w*/i, 'Str.Interpol'],
    ],
    string_intp_escaped: [
      { mixin: 'string_intp' },
      [/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, 'Str.Escape'],
      [/\\./, 'Str.Escape'],
    ],
    method_call: [
      [/\/|%/, (lx, m) => { lx.token('Operator', m[0]); lx.goto('expr_start'); }],
      [/(?=\n)/, (lx) => lx.pop()],
      [/(?:)/, (lx) => lx.goto('method_call_spaced')],
    ],
    method_call_spaced: [
      { mixin: 'whitespace' },
      [/[%\/]=/, (lx, m) => { lx.token('Operator', m[0]); lx.goto('expr_start'); }],
      [/(\/)(?=\S|\s*\/)/, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('slash_regex'); }],
      { mixin: 'sigil_strings' },
      [/(?=\s*\/)/, (lx) => lx.pop()],
      [/\s+/, (lx, m) => { lx.token('Text', m[0]); lx.goto('expr_start'); }],
      [/(?:)/, (lx) => lx.pop()],
    ],
    expr_start: [
      { mixin: 'inline_whitespace' },
      [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('slash_regex'); }],
      [rx(String.raw`[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)`), 'Str.Char', '#pop'],
      [/(\s*)(%[rqswQWxiI]? \S* )/, (lx, m) => { lx.groups(m, 'Text', 'Str.Other'); lx.pop(); }],
      { mixin: 'sigil_strings' },
      [/(?:)/, (lx) => lx.pop()],
    ],
    slash_regex: [
      { mixin: 'string_intp' },
      [/\\\\/, 'Str.Regex'],
      [/\\\//, 'Str.Regex'],
      [/[\\#]/, 'Str.Regex'],
      [/[^\\\/#]+/s, 'Str.Regex'],
      [/\//, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex_flags'); }],
    ],
    end_part: [[/.+/s, 'Comment.Preproc', '#pop']],
  },
};
