// Follows Rouge 3.30 lib/rouge/lexers/apiblueprint.rb: Markdown (markdown.ts) with API
// Blueprint's metadata, groups, actions and request/response lines prepended to its root.
import type { LexerDef } from '../engine.js';
import { markdown } from './markdown.js';

export const apiblueprint: LexerDef<any> = {
  ...markdown,
  name: 'apiblueprint',
  aliases: ['apiblueprint', 'apib'],
  states: {
    ...markdown.states,
    root: [
      [/(\S+)(:\s*)(.*)$/, (lx, m) => lx.groups(m, 'Name.Variable', 'Punctuation', 'Literal.String')], // metadata
      [/^(#+)(\s*Group\s+)(.*)$/, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword', 'Generic.Heading')],
      [/^(#+)(.*)(\[.*\])$/, (lx, m) => lx.groups(m, 'Punctuation', 'Generic.Heading', 'Literal.String')],
      [/^([\+\-\*])(\s*Relation:)(\s*.*)$/, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword', 'Literal.String')],
      [/^(\s+[\+\-\*]\s*)(Attributes|Parameters)(.*)$/, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword', 'Literal.String')],
      [/^([\+\-\*]\s*)(Request|Response)(\s+\d\d\d)?(.*)$/, (lx, m) =>
        lx.groups(m, 'Punctuation', 'Keyword', 'Literal.Number', 'Literal.String')],
      ...markdown.states['root']!,
    ],
  },
};
