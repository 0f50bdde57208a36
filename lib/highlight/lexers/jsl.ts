// Follows Rouge 3.30 lib/rouge/lexers/jsl.rb (the JMP Scripting Language).
import type { LexerDef } from '../engine.js';

export const jsl: LexerDef = {
  name: 'jsl',
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/[*].*?/, 'Comment.Multiline', 'comment'],
      [/<</, 'Operator', 'message'],
      [/(::|:)?([a-z_][\w\s'%.\\]*)(\()/i, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword', 'Punctuation')],
      [/\d{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2}(\d{2})?(:\d{2}:\d{2}(:\d{2}(\.\d*)?)?)?/i, 'Literal.Date'],
      [/-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?/i, 'Num'],
      [/(::|:)?([a-z_][\w\s'%.\\]*|"(?:\\!"|[^"])*?"n)/i, (lx, m) => lx.groups(m, 'Punctuation', 'Name.Variable')],
      [/(")(\\\[)(.*?)(\]\\)(")/s, (lx, m) => lx.groups(m, 'Str.Double', 'Str.Escape', 'Str.Double', 'Str.Escape', 'Str.Double')],
      [/"/, 'Str.Double', 'dq'],
      [/[-+*\/!%&<>\|=:`^]/, 'Operator'],
      [/[\[\](){},;]/, 'Punctuation'],
    ],
    message: [
      [/\s+/, 'Text.Whitespace'],
      [/[a-z_][\w\s'%.\\]*/i, 'Name.Function'],
      [/[(),;]/, 'Punctuation', '#pop'],
      [/[&|!=<>]/, 'Operator', '#pop'],
    ],
    dq: [[/\\![btrnNf0\\"]/, 'Str.Escape'], [/\\/, 'Str.Double'], [/"/, 'Str.Double', '#pop'], [/[^\\"]+/, 'Str.Double']],
    comment: [
      [/\/[*]/, 'Comment.Multiline', 'comment'],
      [/[*]\//, 'Comment.Multiline', '#pop'],
      [/[^\/*]+/, 'Comment.Multiline'],
      [/[\/*]/, 'Comment.Multiline'],
    ],
  },
};
