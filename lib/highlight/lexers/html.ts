// Follows Rouge 3.30 lib/rouge/lexers/html.rb.
import { rx, type LexerDef } from '../engine.js';
import { css } from './css.js';
import { javascript } from './javascript.js';

const NAME = String.raw`[\p{L}:_-][\p{Word}\p{Cf}:.·-]*`;

export const html: LexerDef = {
  name: 'html',
  states: {
    root: [
      [/[^<&]+/s, 'Text'],
      [/&\S*?;/, 'Name.Entity'],
      [/<!DOCTYPE .*?>/is, 'Comment.Preproc'],
      [/<!\[CDATA\[.*?\]\]>/s, 'Comment.Preproc'],
      [/<!--/, 'Comment', 'comment'],
      [/<\?.*?\?>/s, 'Comment.Preproc'],
      [/<\s*script\s*/s, (lx, m) => { lx.token('Name.Tag', m[0]); lx.child(javascript).reset(); lx.push('script_content'); lx.push('tag'); }],
      [/<\s*style\s*/s, (lx, m) => { lx.token('Name.Tag', m[0]); lx.child(css).reset(); lx.push('style_content'); lx.push('tag'); }],
      [/<\//, 'Name.Tag', 'tag_end'],
      [/</, 'Name.Tag', 'tag_start'],
      [rx(`<\\s*${NAME}`), 'Name.Tag', 'tag'],
      [rx(`<\\s*/\\s*${NAME}\\s*>`), 'Name.Tag'],
    ],
    tag_end: [
      { mixin: 'tag_end_end' },
      [rx(NAME), (lx, m) => { lx.token('Name.Tag', m[0]); lx.goto('tag_end_end'); }],
    ],
    tag_end_end: [
      [/\s+/, 'Text'],
      [/>/, 'Name.Tag', '#pop'],
    ],
    tag_start: [
      [/\s+/, 'Text'],
      [rx(NAME), (lx, m) => { lx.token('Name.Tag', m[0]); lx.goto('tag'); }],
      [/(?:)/, (lx) => lx.goto('tag')],
    ],
    comment: [
      [/[^-]+/, 'Comment'],
      [/-->/, 'Comment', '#pop'],
      [/-/, 'Comment'],
    ],
    tag: [
      [/\s+/s, 'Text'],
      [rx(String.raw`[\p{L}:_\[\]()*.-][\p{Word}\p{Cf}:.·\[\]()*-]*\s*=\s*`, 'm'), 'Name.Attribute', 'attr'],
      [rx(String.raw`[\p{L}:_*#-][\p{Word}\p{Cf}:.·*#-]*`), 'Name.Attribute'],
      [/\/?\s*>/s, 'Name.Tag', '#pop'],
    ],
    attr: [
      [/"/, (lx, m) => { lx.token('Str', m[0]); lx.goto('dq'); }],
      [/'/, (lx, m) => { lx.token('Str', m[0]); lx.goto('sq'); }],
      [/[^\s>]+/, 'Str', '#pop'],
    ],
    dq: [[/"/, 'Str', '#pop'], [/[^"]+/, 'Str']],
    sq: [[/'/, 'Str', '#pop'], [/[^']+/, 'Str']],
    script_content: [
      [/[^<]+/, (lx, m) => lx.delegate(javascript, m[0])],
      [/<\s*\/\s*script\s*>/s, 'Name.Tag', '#pop'],
      [/</, (lx, m) => lx.delegate(javascript, m[0])],
    ],
    style_content: [
      [/[^<]+/, (lx, m) => lx.delegate(css, m[0])],
      [/<\s*\/\s*style\s*>/s, 'Name.Tag', '#pop'],
      [/</, (lx, m) => lx.delegate(css, m[0])],
    ],
  },
};
