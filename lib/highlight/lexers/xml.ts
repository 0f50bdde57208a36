// Follows Rouge 3.30 lib/rouge/lexers/xml.rb.
import { rx, type LexerDef } from '../engine.js';

const NAME = String.raw`[\p{L}:_][\p{Word}\p{Cf}:.·-]*`;

export const xml: LexerDef = {
  name: 'xml',
  states: {
    root: [
      [/[^<&]+/, 'Text'],
      [/&\S*?;/, 'Name.Entity'],
      [/<!\[CDATA\[.*?\]\]\>/, 'Comment.Preproc'],
      [/<!--/, 'Comment', 'comment'],
      [/<\?.*?\?>/, 'Comment.Preproc'],
      [/<![^>]*>/, 'Comment.Preproc'],
      [rx(`<\\s*${NAME}`, 'm'), 'Name.Tag', 'tag'],
      [rx(`<\\s*/\\s*${NAME}\\s*>`, 'm'), 'Name.Tag'],
    ],
    comment: [
      [/[^-]+/s, 'Comment'],
      [/-->/, 'Comment', '#pop'],
      [/-/, 'Comment'],
    ],
    tag: [
      [/\s+/s, 'Text'],
      [rx(`${NAME}\\s*=`, 'm'), 'Name.Attribute', 'attr'],
      [/\/?\s*>/, 'Name.Tag', '#pop'],
    ],
    attr: [
      [/\s+/s, 'Text'],
      [/".*?"|'.*?'|[^\s>]+/s, 'Str', '#pop'],
    ],
  },
};
