// Follows Rouge 3.30 lib/rouge/lexers/fluent.rb (Mozilla's Fluent, which owns the name `ftl`).
import type { LexerDef } from '../engine.js';

export const fluent: LexerDef = {
  name: 'fluent',
  aliases: ['ftl'],
  states: {
    root: [
      [/( *)(=)( *)/, (lx, m) => { lx.groups(m, 'Text.Whitespace', 'Punctuation', 'Text.Whitespace'); lx.push('template'); }],
      [/(?:\s*\n)+/, 'Text.Whitespace'],
      [/#{1,3}(?: .*)?$/, 'Comment.Single'],
      [/[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Constant'],
      [/-[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Entity'],
      [/\s*\.[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Attribute'],
      [/\s+(?=[^\s.])/, 'Text.Whitespace', 'template'],
    ],
    template: [
      [/\n/, 'Text.Whitespace', '#pop'],
      [/[^{\n}*]+/, 'Text'],
      [/\{/, 'Punctuation', 'placeable'],
      [/(?=\})/, 'Punctuation', '#pop'],
    ],
    placeable: [
      [/\s+/, 'Text.Whitespace'],
      [/\{/, 'Punctuation', 'placeable'],
      [/\}/, 'Punctuation', '#pop'],
      [/\$[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Variable'],
      [/-[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Entity'],
      [/\.[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Attribute'],
      [/[A-Z]+/, 'Name.Builtin'],
      [/[a-zA-Z][a-zA-Z0-9_-]*/, 'Name.Constant'],
      [/[(),:]/, 'Punctuation'],
      [/->/, 'Punctuation'],
      [/\*/, 'Punctuation.Indicator'],
      [/-?\d+\.\d+?/, 'Num.Float'],
      [/-?\d+/, 'Num.Integer'],
      [/"/, 'Str.Double', 'string'],
      [/(\[)(-?\d+\.\d+)(\])/, (lx, m) => { lx.groups(m, 'Punctuation', 'Num.Float', 'Punctuation'); lx.push('template'); }],
      [/(\[)(-?\d+)(\])/, (lx, m) => { lx.groups(m, 'Punctuation', 'Num.Integer', 'Punctuation'); lx.push('template'); }],
      [/(\[)([a-zA-Z][a-zA-Z0-9_-]+)(\])/, (lx, m) => { lx.groups(m, 'Punctuation', 'Str.Symbol', 'Punctuation'); lx.push('template'); }],
    ],
    string: [
      [/\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{6}/, 'Str.Escape'],
      [/\\./, 'Str.Escape'],
      [/[^"\\]/, 'Str.Double'],
      [/"/, 'Str.Double', '#pop'],
    ],
  },
};
