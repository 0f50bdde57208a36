// Follows Rouge 3.30 lib/rouge/lexers/tap.rb (Test Anything Protocol).
import type { LexerDef } from '../engine.js';

export const tap: LexerDef = {
  name: 'tap',
  aliases: ['tap'],
  states: {
    root: [
      [/^TAP version \d+\n/, 'Name.Namespace'],
      [/^1\.\.\d+/, 'Keyword.Declaration', 'plan'],
      [/^(not ok)([^\S\n]*)(\d*)/, (lx, m) => { lx.groups(m, 'Generic.Error', 'Text', 'Literal.Number.Integer'); lx.push('test'); }],
      [/^(ok)([^\S\n]*)(\d*)/, (lx, m) => { lx.groups(m, 'Keyword.Reserved', 'Text', 'Literal.Number.Integer'); lx.push('test'); }],
      [/^#.*\n/, 'Comment'],
      [/^Bail out!.*\n/, 'Generic.Error'],
      [/^.*\n/, 'Text'],
    ],
    plan: [[/[^\S\n]+/, 'Text'], [/#/, 'Comment', 'directive'], [/\n/, 'Comment', '#pop'], [/.*\n/, 'Generic.Error', '#pop']],
    test: [[/[^\S\n]+/, 'Text'], [/#/, 'Comment', 'directive'], [/\S+/, 'Text'], [/\n/, 'Text', '#pop']],
    directive: [
      [/[^\S\n]+/, 'Comment'],
      [/\bTODO\b/i, 'Comment.Preproc'],
      [/\bSKIP\S*/i, 'Comment.Preproc'],
      [/\S+/, 'Comment'],
      [/\n/, (lx, m) => { lx.token('Comment', m[0]); lx.pop(2); }],
    ],
  },
};
