// Follows Rouge 3.30 lib/rouge/lexers/elixir.rb.
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { rubyEscape } from '../regex.js';

const DELIMS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

export const elixir: LexerDef = {
  name: 'elixir',
  aliases: ['exs'],
  states: {
    root: [
      [/\s+/s, 'Text'],
      [/#.*$/, 'Comment.Single'],
      [rx(String.raw`\b(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|
             defp?|defprotocol|defimpl|defrecord|defmacrop?|defdelegate|
             defexception|defguardp?|defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|
             (?<!\.)\b(do|\-\>)\b`, 'x'), 'Keyword'],
      [/\b(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])/, 'Keyword.Namespace'],
      [/(?<!\.)\b(and|not|or|when|xor|in)\b/, 'Operator.Word'],
      [rx(String.raw`%=|\*=|\*\*=|\+=|\-=|\^=|\|\|=|
             <=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|(?=[\s])\?|
             (?<=[\s])!+|&(&&?|(?!\d))|\|\||\^|\*|\+|\-|/|
             \||\+\+|\-\-|\*\*|\/\/|\<\-|\<\>|<<|>>|=|\.|~~~`, 'x'), 'Operator'],
      [rx(String.raw`(?<!:)(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|\<\>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|\-\-?|\|\|?|\!|//|[%&${'`'}/\|]|\*\*?|=?~|<\-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)`), 'Str.Symbol'],
      [/:"/, 'Str.Symbol', 'interpoling_symbol'],
      [/\b(nil|true|false)\b(?![?!])|\b[A-Z]\w*\b/, 'Name.Constant'],
      [/\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])/, 'Name.Builtin.Pseudo'],
      [/[a-zA-Z_!]\w*[!\?]?/, 'Name'],
      [/::|[%(){};,\/\|:\\\[\]]/, 'Punctuation'],
      [/@[a-zA-Z_]\w*|&\d/, 'Name.Variable'],
      [/\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b/, 'Num.Float'],
      [/\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b/, 'Num.Hex'],
      [/\b0o[0-7](_?[0-7])*\b/, 'Num.Oct'],
      [/\b0b[01](_?[01])*\b/, 'Num.Bin'],
      [/\b\d(_?\d)*\b/, 'Num.Integer'],
      { mixin: 'strings' },
      { mixin: 'sigil_strings' },
    ],
    strings: [
      [/(%[A-Ba-z])?"""(?:.|\n)*?"""/, 'Str.Doc'],
      [/'''(?:.|\n)*?'''/, 'Str.Doc'],
      [/"/, 'Str.Double', 'dqs'],
      [/'/, 'Str.Single', 'sqs'],
      [rx(String.raw`(?<!\w)\?(\\(x\d{1,2}|\h{1,2}(?!\h)\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])|(\\[MC]-)+\w|[^\s\\])`), 'Str.Other'],
    ],
    dqs: [
      { mixin: 'escapes' },
      { mixin: 'interpoling' },
      [/[^#"\\]+/, 'Str.Double'],
      [/"/, 'Str.Double', '#pop'],
      [/[#\\]/, 'Str.Double'],
    ],
    sqs: [
      { mixin: 'escapes' },
      { mixin: 'interpoling' },
      [/[^#'\\]+/, 'Str.Single'],
      [/'/, 'Str.Single', '#pop'],
      [/[#\\]/, 'Str.Single'],
    ],
    interpoling: [[/#\{/, 'Str.Interpol', 'interpoling_string']],
    interpoling_string: [[/\}/, 'Str.Interpol', '#pop'], { mixin: 'root' }],
    escapes: [
      [rx(String.raw`\\x\h{2}`), 'Str.Escape'],
      [/\\u\{?\d+\}?/, 'Str.Escape'],
      [/\\[\\abdefnrstv0"']/, 'Str.Escape'],
    ],
    interpoling_symbol: [[/"/, 'Str.Symbol', '#pop'], { mixin: 'interpoling' }, [/[^#"]+/, 'Str.Symbol']],
    sigil_strings: [
      [/~([A-Za-z])?(\{|\[|\(|<|\||\/|'|")/, (lx, m) => {
        const open = rubyEscape(m[2]!);
        const close = rubyEscape(DELIMS[m[2]!] ?? m[2]!);
        const interp = m[1] !== undefined && /[SRCW]/.test(m[1]);
        let tok = 'Str.Other';
        if (m[1] !== undefined && 'Rr'.includes(m[1])) { tok = 'Str.Regex'; lx.push('regex_flags'); }
        if (m[1] !== undefined && 'Ww'.includes(m[1])) lx.push('list_flags');
        lx.token(tok, m[0]);
        lx.pushDynamic(`sigil ${tok} ${interp} ${open}${close}`, () => {
          const rules: RuleSpec<unknown>[] = [[rx(close), tok, '#pop']];
          if (interp) rules.push({ mixin: 'interpoling' }, [/#/, tok]);
          else rules.push([/[\\#]/, tok]);
          const uniq = `${open}${close}`.replace(/(.)\1+/gs, '$1'); // String#squeeze
          rules.push([rx(`[^#${uniq}\\\\]+`, 'm'), tok]);
          return rules;
        });
      }],
    ],
    regex_flags: [[/[fgimrsux]*/, 'Str.Regex', '#pop']],
    list_flags: [[/[csa]?/, 'Str.Other', '#pop']],
  },
};
