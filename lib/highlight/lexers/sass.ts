// Follows Rouge 3.30 lib/rouge/lexers/sass.rb (over sass/common.rb, with Indentation).
import type { LexerDef } from '../engine.js';
import { freshIndent, indentation, startsBlock, type Indent } from './indentation.js';
import { SASS_COMMON } from './sass-common.js';

export const sass: LexerDef<Indent> = {
  name: 'sass',
  init: freshIndent,
  states: {
    ...(SASS_COMMON as LexerDef<Indent>['states']),
    root: [
      [/[ \t]*\n/, 'Text'],
      [/[ \t]*/, (lx, m) => { lx.token('Text', m[0]); indentation(lx, m[0]); }],
    ],
    content: [
      [/\/\/.*?$/, (lx, m) => { lx.token('Comment.Single', m[0]); lx.pop(); startsBlock(lx, 'single_comment'); }],
      [/\/[*].*?\n/, (lx, m) => { lx.token('Comment.Multiline', m[0]); lx.pop(); startsBlock(lx, 'multi_comment'); }],
      [/@import\b/, 'Keyword', 'import'],
      { mixin: 'content_common' },
      [/=[\w-]+/, 'Name.Function', 'value'],
      [/[+][\w-]+/, 'Name.Decorator', 'value'],
      [/:/, 'Name.Attribute', 'old_style_attr'],
      [/(?=[^\[\n]+?:([^a-z]|$))/, (lx) => lx.push('attribute')],
      [/(?:)/, (lx) => lx.push('selector')],
    ],
    single_comment: [[/.*?$/, 'Comment.Single', '#pop']],
    multi_comment: [[/.*?\n/, 'Comment.Multiline', '#pop']],
    import: [[/[ \t]+/, 'Text'], [/\S+/, 'Str'], [/\n/, 'Text', '#pop']],
    old_style_attr: [{ mixin: 'attr_common' }, [/(?:)/, (lx) => { lx.pop(); lx.push('value'); }]],
    end_section: [[/\n/, (lx, m) => { lx.token('Text', m[0]); lx.resetStack(); }]],
  },
};
