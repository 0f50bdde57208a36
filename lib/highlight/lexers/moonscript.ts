// Follows Rouge 3.30 lib/rouge/lexers/moonscript.rb (builtins: Lua's, see lua.ts; the option
// function_highlighting=false turns them off; disabled_modules is not supported, as in lua.ts).
import type { LexerDef } from '../engine.js';
import { LUA_BUILTINS } from './lua.js';

const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);
const ID = '(?:\\w\\w*)';

export const moonscript: LexerDef = {
  name: 'moonscript',
  aliases: ['moon'],
  states: {
    root: [[/#!(.*?)$/, 'Comment.Preproc'], [/(?:)/, 'Text', 'main']],
    base: [
      [/(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'/i, 'Num.Float'], // sic: a quote after the number
      [/\d+e[+-]?\d+/i, 'Num.Float'],
      [/0x[0-9a-f]*/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [new RegExp(`@${ID}*`), 'Name.Variable.Instance'],
      [/[A-Z]\w*/, 'Name.Class'],
      [/"?[^"]+":/, 'Literal.String.Symbol'],
      [new RegExp(`${ID}:`), 'Literal.String.Symbol'],
      [new RegExp(`:${ID}`), 'Literal.String.Symbol'],
      [/\s+/, 'Text.Whitespace'],
      [/(==|~=|!=|<=|>=|\.\.\.|\.\.|->|=>|[=+\-*\/%^<>#!\\])/, 'Operator'],
      [/[\[\]\{\}\(\)\.,:;]/, 'Punctuation'],
      [/(and|or|not)\b/, 'Operator.Word'],
      [/(break|class|continue|do|else|elseif|end|extends|for|if|import|in|repeat|return|switch|super|then|unless|until|using|when|with|while)\b/, 'Keyword'],
      [/(local|export)\b/, 'Keyword.Declaration'],
      [/(true|false|nil)\b/, 'Keyword.Constant'],
      [/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/, (lx, m) => {
        const name = m[0];
        const highlight = lx.options['function_highlighting'] === undefined || asBool(lx.options['function_highlighting']);
        if (highlight && LUA_BUILTINS.has(name)) lx.token('Name.Builtin', name);
        else if (name.includes('.')) {
          const dot = name.indexOf('.');
          lx.token('Name', name.slice(0, dot));
          lx.token('Punctuation', '.');
          lx.token('Name', name.slice(dot + 1));
        } else lx.token('Name', name);
      }],
    ],
    main: [
      [/--.*$/, 'Comment.Single'],
      [/\[(=*)\[.*?\]\1\]/s, 'Str.Heredoc'],
      { mixin: 'base' },
      [/'/, 'Str.Single', 'sqs'],
      [/"/, 'Str.Double', 'dqs'],
    ],
    sqs: [[/'/, 'Str.Single', '#pop'], [/[^']+/, 'Str.Single']],
    interpolation: [[/\}/, 'Str.Interpol', '#pop'], { mixin: 'base' }],
    dqs: [
      [/#\{/, 'Str.Interpol', 'interpolation'],
      [/"/, 'Str.Double', '#pop'],
      [/#[^{]/, 'Str.Double'],
      [/[^"#]+/, 'Str.Double'],
    ],
  },
};
