// Follows Rouge 3.30 lib/rouge/lexers/prolog.rb.
import { rx, type LexerDef } from '../engine.js';

export const prolog: LexerDef = {
  name: 'prolog',
  aliases: ['prolog'],
  start: (lx) => lx.push('bol'),
  states: {
    bol: [[/#.*/, 'Comment.Single'], [/(?:)/, (lx) => lx.pop()]],
    basic: [
      [/\s+/, 'Text'],
      [/%.*/, 'Comment.Single'],
      [/\/\*/, 'Comment.Multiline', 'nested_comment'],
      [/[\[\](){}|.,;!]/, 'Punctuation'],
      [/:-|-->/, 'Punctuation'],
      [/"[^"]*"/, 'Str.Double'],
      [/\d+\.\d+/, 'Num.Float'],
      [/\d+/, 'Num'],
    ],
    atoms: [[rx('[[:lower:]]([[:word:]])*'), 'Str.Symbol'], [/'[^']*'/, 'Str.Symbol']],
    operators: [
      [/(<|>|=<|>=|==|=:=|=|\/|\/\/|\*|\+|-)(?=\s|[a-zA-Z0-9\[])/, 'Operator'],
      [/is/, 'Operator'],
      [/(mod|div|not)/, 'Operator'],
      [/[#&*+-.\/:<=>?@^~]+/, 'Operator'],
    ],
    variables: [[/[A-Z]+\w*/, 'Name.Variable'], [rx('_[[:word:]]*'), 'Name.Variable']],
    root: [{ mixin: 'basic' }, { mixin: 'atoms' }, { mixin: 'variables' }, { mixin: 'operators' }],
    nested_comment: [
      [/\/\*/, 'Comment.Multiline', '#push'],
      [/\s*\*[^*\/]+/, 'Comment.Multiline'],
      [/\*\//, 'Comment.Multiline', '#pop'],
    ],
  },
};
