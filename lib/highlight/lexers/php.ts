// Follows Rouge 3.30 lib/rouge/lexers/php.rb (a TemplateLexer: text outside <?php ... ?> goes
// to the parent lexer, HTML by default). Options: start_inline, parent; funcnamehighlighting and disabledmodules are not
// supported (every builtin is highlighted, Rouge's default).
import { rx, type LexerDef, type Lexing, type RuleSpec } from '../engine.js';
import { rubyRegex } from '../regex.js';
import { html } from './html.js';
import { PHP_BUILTINS } from './php-builtins.js';

type L = Lexing<unknown>;

export const PHP_KEYWORDS: ReadonlySet<string> = new Set(`old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
  __method__ __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do echo
  else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn for
  foreach global goto if implements include include_once instanceof insteadof isset list match new or parent print
  private protected public readonly require require_once return self static switch throw try unset var while xor
  yield`.split(/\s+/));
const ID = String.raw`(?:[\p{L}_][\p{L}\p{N}_]*)`;
const NS = String.raw`(?:${ID}\\)+`;
const ID_NS = `(?:(?:${NS})?${ID})`;
const MAGIC = /^__.*?__$/;
const ERROR_CONST = rubyRegex(String.raw`^(E|PHP)(_[[:upper:]]+)+$`);
const CONSTANT = /(?:\\|^)\p{Uppercase}[\p{Uppercase}\p{Nd}_]+$/u;
const CLASS = /(?:\\|^)\p{Uppercase}[\p{Alphabetic}\p{Nd}]*?$/u;
const VISIBILITY = ['public', 'protected', 'private'];
const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);

/** PHP's name rule with `keywords` (self.class.keywords: Hack's are more). */
const nameRule = (KEYWORDS: ReadonlySet<string>) => (lx: L, m: RegExpExecArray): void => {
  const n = m[0].toLowerCase();
  ERROR_CONST.lastIndex = 0;
  if (n === 'use') { lx.push('in_use'); lx.token('Keyword.Namespace', m[0]); }
  else if (n === 'const') { lx.push('in_const'); lx.token('Keyword', m[0]); }
  else if (n === 'catch') { lx.push('in_catch'); lx.token('Keyword', m[0]); }
  else if (VISIBILITY.includes(n)) { lx.push('in_visibility'); lx.token('Keyword', m[0]); }
  else if (n === 'stdClass') lx.token('Name.Class', m[0]); // never true: Rouge compares the downcased name
  else if (KEYWORDS.has(n)) lx.token('Keyword', m[0]);
  else if (MAGIC.test(m[0])) lx.token('Name.Builtin', m[0]);
  else if (ERROR_CONST.test(m[0])) lx.token('Keyword.Constant', m[0]);
  else if (CONSTANT.test(m[0])) lx.token('Name.Constant', m[0]);
  else if (CLASS.test(m[0])) lx.token('Name.Class', m[0]);
  else lx.token('Name', m[0]);
};

const escape: RuleSpec<unknown>[] = [{ mixin: 'escape' }, { mixin: 'whitespace' }];

/** The PHP lexer, or a subclass with its own keywords and rules prepended to states (Hack). */
export function phpLexer(name: string, aliases: readonly string[], KEYWORDS: ReadonlySet<string>,
  prepend: Readonly<Record<string, readonly RuleSpec<unknown>[]>> = {}): LexerDef {
  const before = (state: string): readonly RuleSpec<unknown>[] => prepend[state] ?? [];
  return {
    name,
    aliases,
    start: (lx) => {
      const opt = lx.options['start_inline'];
      if (opt === undefined) lx.push('start');
      else if (asBool(opt)) lx.push('php');
    },
    states: {
      escape: [[/\?>/, (lx, m) => { lx.token('Comment.Preproc', m[0]); lx.resetStack(); }]],
      return: [[/(?:)/, (lx) => lx.pop()]],
      start: [
        [/\s*(?=<)/s, (lx, m) => { lx.delegateTo(lx.parent(html), m[0]); lx.pop(); }],
        [/[^$]+(?=<\?(php|=))/i, (lx, m) => { lx.delegateTo(lx.parent(html), m[0]); lx.pop(); }],
        [/(?:)/, (lx) => lx.goto('php')],
      ],
      names: [
        [rx(`${ID_NS}(?=\\s*\\()`), (lx, m) => {
          const n = m[0].toLowerCase();
          lx.token(KEYWORDS.has(n) ? 'Keyword' : PHP_BUILTINS.has(n) ? 'Name.Builtin' : 'Name.Function', m[0]);
        }],
        [rx(ID_NS), nameRule(KEYWORDS)],
      ],
      operators: [[/[~!%^&*+\|:.<>\/@-]+/, 'Operator']],
      string: [
        [/"/, 'Str.Double', '#pop'],
        [/[^\\{$"]+/, 'Str.Double'],
        [/\\u\{[0-9a-fA-F]+\}/, 'Str.Escape'],
        [/\\([efrntv\"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/, 'Str.Escape'],
        [rx(`\\$${ID}(\\[\\S+\\]|->${ID})?`), 'Name.Variable'],
        [/\{\$\{/, 'Str.Interpol', 'string_interp_double'],
        [/\{(?=\$)/, 'Str.Interpol', 'string_interp_single'],
        [/(\{)(\S+)(\})/, (lx, m) => lx.groups(m, 'Str.Interpol', 'Name.Variable', 'Str.Interpol')],
        [/[${\\]+/, 'Str.Double'],
      ],
      string_interp_double: [[/\}\}/, 'Str.Interpol', '#pop'], { mixin: 'php' }],
      string_interp_single: [[/\}/, 'Str.Interpol', '#pop'], { mixin: 'php' }],
      values: [
        [rx(`<<<(["']?)(${ID})\\1\\n.*?\\n\\s*\\2;?`, 'im'), 'Str.Heredoc'],
        [/(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?/i, 'Num.Float'],
        [/0[0-7][0-7_]*/, 'Num.Oct'],
        [/0b[01][01_]*/i, 'Num.Bin'],
        [/0x[a-f0-9][a-f0-9_]*/i, 'Num.Hex'],
        [/\d[_\d]*/, 'Num.Integer'],
        [/'([^'\\]*(?:\\.[^'\\]*)*)'/, 'Str.Single'],
        [/`([^`\\]*(?:\\.[^`\\]*)*)`/, 'Str.Backtick'],
        [/"/, 'Str.Double', 'string'],
        [/(function|fn)\b/i, (lx, m) => {
          lx.push('in_function_return');
          lx.push('in_function_params');
          lx.push('in_function_name');
          lx.token('Keyword', m[0]);
        }],
        [/(true|false|null)\b/i, 'Keyword.Constant'],
        [/new\b/i, 'Keyword', 'in_new'],
      ],
      variables: [
        [rx(`\\$\\{\\$+${ID}\\}`), 'Name.Variable'],
        [rx(`\\$+${ID}`), 'Name.Variable'],
      ],
      whitespace: [
        [/\s+/, 'Text'],
        [/#.*?$/, 'Comment.Single'],
        [/\/\/.*?$/, 'Comment.Single'],
        [/\/\*\*(?!\/).*?\*\//s, 'Comment.Doc'],
        [/\/\*.*?\*\//s, 'Comment.Multiline'],
      ],
      root: [
        ...before('root'),
        [/<\?(php|=)?/i, 'Comment.Preproc', 'php'],
        [/.*?(?=<\?)|.*/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      ],
      php: [
        ...before('php'),
        { mixin: 'escape' },
        { mixin: 'whitespace' },
        { mixin: 'variables' },
        { mixin: 'values' },
        [rx(`(namespace)(\\s+)(${ID_NS})`, 'i'), (lx, m) => lx.groups(m, 'Keyword.Namespace', 'Text', 'Name.Namespace')],
        [rx(`(class|interface|trait|extends|implements)(\\s+)(${ID_NS})`, 'i'), (lx, m) => lx.groups(m, 'Keyword.Declaration', 'Text', 'Name.Class')],
        { mixin: 'names' },
        [/[;,\(\)\{\}\[\]]/, 'Punctuation'],
        { mixin: 'operators' },
        [/[=?]/, 'Operator'],
      ],
      in_assign: [
        [/,/, 'Punctuation', '#pop'],
        [/[\[\]]/, 'Punctuation'],
        [/\(/, 'Punctuation', 'in_assign_function'],
        ...escape,
        { mixin: 'values' },
        { mixin: 'variables' },
        { mixin: 'names' },
        { mixin: 'operators' },
        { mixin: 'return' },
      ],
      in_assign_function: [[/\)/, 'Punctuation', '#pop'], [/,/, 'Punctuation'], { mixin: 'in_assign' }],
      in_catch: [[/\(/, 'Punctuation'], [/\|/, 'Operator'], [rx(ID), 'Name.Class'], ...escape, { mixin: 'return' }],
      in_const: [[rx(ID), 'Name.Constant'], [/=/, 'Operator', 'in_assign'], ...escape, { mixin: 'return' }],
      in_function_body: [[/{/, 'Punctuation', '#push'], [/}/, 'Punctuation', '#pop'], { mixin: 'php' }],
      in_function_name: [[/&/, 'Operator'], [rx(ID), 'Name'], [/\(/, 'Punctuation', '#pop'], ...escape, { mixin: 'return' }],
      in_function_params: [
        [/\)/, 'Punctuation', '#pop'],
        [/,/, 'Punctuation'],
        [/[.]{3}/, 'Punctuation'],
        [/=/, 'Operator', 'in_assign'],
        [/\b(?:public|protected|private|readonly)\b/i, 'Keyword'],
        [rx(`\\??${ID}`), 'Keyword.Type', 'in_assign'],
        ...escape,
        { mixin: 'variables' },
        { mixin: 'return' },
      ],
      in_function_return: [
        [/:/, 'Punctuation'],
        [/use\b/i, 'Keyword', 'in_function_use'],
        [rx(`\\??${ID}`), 'Keyword.Type', 'in_assign'],
        [/\{/, (lx, m) => { lx.token('Punctuation', m[0]); lx.goto('in_function_body'); }],
        ...escape,
        { mixin: 'return' },
      ],
      in_function_use: [
        [/[,\(]/, 'Punctuation'],
        [/&/, 'Operator'],
        [/\)/, 'Punctuation', '#pop'],
        ...escape,
        { mixin: 'variables' },
        { mixin: 'return' },
      ],
      in_new: [
        [/class\b/i, (lx, m) => { lx.token('Keyword.Declaration', m[0]); lx.goto('in_new_class'); }],
        [rx(ID_NS), 'Name.Class', '#pop'],
        ...escape,
        { mixin: 'return' },
      ],
      in_new_class: [[/\}/, 'Punctuation', '#pop'], [/\{/, 'Punctuation'], { mixin: 'php' }],
      in_use: [
        [/[,\}]/, 'Punctuation'],
        [/(function|const)\b/i, 'Keyword'],
        [rx(`(${NS})(\\{)`), (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')],
        [rx(`${ID_NS}(_${ID})+`), 'Name.Function'],
        ...escape,
        { mixin: 'names' },
        { mixin: 'return' },
      ],
      in_visibility: [
        [/\b(?:readonly|static)\b/i, 'Keyword'],
        [/(?=(abstract|const|function)\b)/i, 'Keyword', '#pop'],
        [rx(`\\??${ID}`), 'Keyword.Type', '#pop'],
        ...escape,
        { mixin: 'return' },
      ],
    },
  };
}

export const php = phpLexer('php', ['php3', 'php4', 'php5'], PHP_KEYWORDS);
