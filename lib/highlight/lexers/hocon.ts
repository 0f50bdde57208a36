// Follows Rouge 3.30 lib/rouge/lexers/hocon.rb: the JSON lexer with comments, bare keys,
// substitutions and triple-quoted strings.
import type { LexerDef } from '../engine.js';
import { json } from './json.js';

const INTERPOL = [/[$][{][?]?/, 'Str.Interpol', 'interpolation'] as const;

export const hocon: LexerDef = {
  name: 'hocon',
  states: {
    ...json.states,
    comments: [[/\/\/.*?$/, 'Comment.Single'], [/#.*?$/, 'Comment.Single']],
    root: [{ mixin: 'comments' }, ...json.states['root']!],
    object: [[/\b(?:include|url|file|classpath)\b/, 'Keyword'], ...json.states['object']!],
    name: [
      [/("(?:"|[^"\n])*?")(\s*)([:=]|(?={))/, (lx, m) => lx.groups(m, 'Name.Label', 'Text.Whitespace', 'Punctuation')],
      [/([-\w.]+)(\s*)([:=]|(?={))/, (lx, m) => lx.groups(m, 'Name.Label', 'Text.Whitespace', 'Punctuation')],
    ],
    value: [
      { mixin: 'comments' },
      [/\n/, 'Text.Whitespace'],
      [/\s+/, 'Text.Whitespace'],
      { mixin: 'constants' },
      INTERPOL,
      [/"""/, 'Str.Double', 'multiline_string'],
      [/"/, 'Str.Double', 'string'],
      [/\[/, 'Punctuation', 'array'],
      [/{/, 'Punctuation', 'object'],
      [/[()=]/, 'Punctuation'],
      [/[^$"{}\[\]:=,+#`^?!@*&]+?/, 'Literal'],
    ],
    interpolation: [[/[\w\-.]+?/, 'Name.Variable'], [/}/, 'Str.Interpol', '#pop']],
    string: [INTERPOL, [/[^\\"${]+/, 'Str.Double'], ...json.states['string']!],
    multiline_string: [[/"[^"]{1,2}/, 'Str.Double'], { mixin: 'string' }, [/"""/, 'Str.Double', '#pop']],
    constants: [[/\d+\.(\d+\.?){3,}/, 'Literal'], ...json.states['constants']!],
  },
};
