// Follows Rouge 3.30 lib/rouge/lexers/scss.rb (over sass/common.rb).
import type { LexerDef } from '../engine.js';
import { SASS_COMMON } from './sass-common.js';

export const scss: LexerDef = {
  name: 'scss',
  states: {
    ...SASS_COMMON,
    root: [
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/[*].*?[*]\//s, 'Comment.Multiline'],
      [/@import\b/, 'Keyword', 'value'],
      { mixin: 'content_common' },
      [/(?=[^;{}][;}])/, (lx) => lx.push('attribute')],
      [/(?=[^;{}:\[]+:[^a-z])/, (lx) => lx.push('attribute')],
      [/(?:)/, (lx) => lx.push('selector')],
    ],
    end_section: [
      [/\n/, 'Text'],
      [/[;{}]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.resetStack(); }],
    ],
  },
};
