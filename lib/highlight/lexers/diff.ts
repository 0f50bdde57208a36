// Follows Rouge 3.30 lib/rouge/lexers/diff.rb.
import type { LexerDef } from '../engine.js';

export const diff: LexerDef = {
  name: 'diff',
  aliases: ['patch', 'udiff'],
  states: {
    root: [
      [/^ .*$\n?/, 'Text'],
      [/^---$\n?/, 'Punctuation'],
      [/^[+>]+.*$\n?/, 'Generic.Inserted'],
      [/^\+.*$\n?/, 'Generic.Inserted'],
      [/^[-<]+.*$\n?/, 'Generic.Deleted'],
      [/^!.*$\n?/, 'Generic.Strong'],
      [/^([Ii]ndex|diff).*$\n?/, 'Generic.Heading'],
      [/^(@@[^@]*@@)([^\n]*\n)/, (lx, m) => lx.groups(m, 'Punctuation', 'Text')],
      [/^\w.*$\n?/, 'Punctuation'],
      [/^=.*$\n?/, 'Generic.Heading'],
      [/\s.*$\n?/, 'Text'],
    ],
  },
};
