// Follows Rouge 3.30 lib/rouge/lexers/apple_script.rb (word lists: applescript-words.ts).
import { rx, type LexerDef } from '../engine.js';
import * as W from './applescript-words.js';

const words = (list: readonly string[], suffix = ''): ReturnType<typeof rx> => rx(`\\b(${list.join('|')})${suffix}\\b`);

export const applescript: LexerDef = {
  name: 'applescript',
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/¬\n/, 'Str.Escape'],
      [/'s\s+/, 'Text'],
      [/(--|#).*?$/, 'Comment.Single'],
      [/\(\*/, 'Comment.Multiline'],
      [/[(){}!,.:]/, 'Punctuation'],
      [/(«)([^»]+)(»)/, (lx, m) => lx.groups(m, 'Text', 'Name.Builtin', 'Text')],
      [/\b((?:considering|ignoring)\s*)(application responses|case|diacriticals|hyphens|numeric strings|punctuation|white space)/,
        (lx, m) => lx.groups(m, 'Keyword', 'Name.Builtin')],
      [/(-|\*|\+|&|≠|>=?|<=?|=|≥|≤|\/|÷|\^)/, 'Operator'],
      [words(W.OPERATORS), 'Operator.Word'],
      [/^(\s*(?:on|end)\s+)'r'(%s)/, (lx, m) => lx.groups(m, 'Keyword', 'Name.Function')],
      [/^(\s*)(in|on|script|to)(\s+)/, (lx, m) => lx.groups(m, 'Text', 'Keyword', 'Text')],
      [rx(`\\b(as )(${W.CLASSES.join('|')})\\b`), (lx, m) => { lx.token('Keyword', m[1]); lx.token('Name.Class', m[2]); }],
      [words(W.LITERALS), 'Name.Builtin'],
      [words(W.COMMANDS), 'Name.Builtin'],
      [words(W.CONTROLS), 'Keyword'],
      [words(W.DECLARATIONS), 'Keyword'],
      [words(W.RESERVED), 'Name.Builtin'],
      [words(W.BUILTINS, 's?'), 'Name.Builtin'],
      [words(W.HANDLER_PARAMS), 'Name.Builtin'],
      [words(W.STUDIO_PROPERTIES), 'Name.Attribute'],
      [words(W.STUDIO_CLASSES, 's?'), 'Name.Builtin'],
      [words(W.STUDIO_COMMANDS), 'Name.Builtin'],
      [words(W.REFERENCES), 'Name.Builtin'],
      [/"(\\\\|\\"|[^"])*"/, 'Str.Double'],
      [/\b([a-zA-Z]\w*)\b/, 'Name.Variable'],
      [/[-+]?(\d+\.\d*|\d*\.\d+)(E[-+][0-9]+)?/, 'Num.Float'],
      [/[-+]?\d+/, 'Num.Integer'],
    ],
  },
};
