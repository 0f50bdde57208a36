// Follows Rouge 3.30 lib/rouge/lexers/sqf.rb (word lists in sqf-words.ts, built on first use).
import type { LexerDef } from '../engine.js';
import { sqfWords } from './sqf-words.js';

export const sqf: LexerDef = {
  name: 'sqf',
  states: {
    root: [
      [/\s+/, 'Text'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [/\/\/.*/, 'Comment.Single'],
      [/#(define|undef|if(n)?def|else|endif|include)/, 'Comment.Preproc'],
      [/\\\r?\n/, 'Comment.Preproc'],
      [/__(EVAL|EXEC|LINE__|FILE__)/, 'Name.Builtin'],
      [/\".*?\"/, 'Literal.String'],
      [/'.*?'/, 'Literal.String'],
      [/(\$|0x)[0-9a-fA-F]+/, 'Literal.Number.Hex'],
      [/[0-9]+(\.)?(e[0-9]+)?/, 'Literal.Number.Float'],
      [/[\!\%\&\*\+\-\/\<\=\>\^\|\#]/, 'Operator'],
      [/[\(\)\{\}\[\]\,\:\;]/, 'Punctuation'],
      [/[a-zA-Z0-9_]+/, (lx, m) => {
        const w = sqfWords();
        const name = m[0].toLowerCase();
        lx.token(w.wordOperators.has(name) ? 'Operator.Word' : w.initializers.has(name) ? 'Keyword.Declaration'
          : w.controlFlow.has(name) ? 'Keyword.Reserved' : w.constants.has(name) ? 'Keyword.Constant'
          : w.namespaces.has(name) ? 'Keyword.Namespace' : w.diagCommands.has(name) || w.commands.has(name) ? 'Name.Function'
          : /_./.test(name) ? 'Name.Variable' : 'Name.Variable.Global', m[0]);
      }],
    ],
  },
};
