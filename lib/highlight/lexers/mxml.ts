// Follows Rouge 3.30 lib/rouge/lexers/mxml.rb (ActionScript in CDATA and in {} attributes).
import type { LexerDef } from '../engine.js';
import { actionscript } from './actionscript.js';

export const mxml: LexerDef = {
  name: 'mxml',
  states: {
    root: [
      [/[^<&]+/, 'Text'],
      [/&\S*?;/, 'Name.Entity'],
      [/<!\[CDATA\[/, 'Comment.Preproc', 'actionscript_content'],
      [/<!--/, 'Comment', 'comment'],
      [/<\?.*?\?>/, 'Comment.Preproc'],
      [/<![^>]*>/, 'Comment.Preproc'],
      [/<\s*[\w:.-]+/, 'Name.Tag', 'tag'], // opening tags
      [/<\s*\/\s*[\w:.-]+\s*>/, 'Name.Tag'], // closing tags
    ],
    comment: [[/[^-]+/, 'Comment'], [/-->/, 'Comment', '#pop'], [/-/, 'Comment']],
    tag: [
      [/\s+/, 'Text'],
      [/[\w.:-]+\s*=/, 'Name.Attribute', 'attribute'],
      [/\/?\s*>/, 'Name.Tag', 'root'],
    ],
    attribute: [
      [/\s+/, 'Text'],
      [/(")({|@{)/, (lx, m) => { lx.groups(m, 'Str', 'Punctuation'); lx.push('actionscript_attribute'); }],
      [/".*?"|'.*?'|[^\s>]+/, 'Str', 'tag'],
    ],
    actionscript_content: [
      [/\]\]\>/, 'Comment.Preproc', '#pop'],
      [/.*?(?=\]\]\>)/s, (lx, m) => lx.delegate(actionscript, m[0])],
    ],
    actionscript_attribute: [
      [/(})(")/, (lx, m) => { lx.groups(m, 'Punctuation', 'Str'); lx.push('tag'); }],
      [/.*?(?=}")/s, (lx, m) => lx.delegate(actionscript, m[0])],
    ],
  },
};
