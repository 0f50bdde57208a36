// Follows Rouge 3.30 lib/rouge/lexers/mason.rb (a TemplateLexer over HTML; Perl in its blocks,
// lines and component calls, by one Perl lexer kept for the whole input).
import { rx, type LexerDef } from '../engine.js';
import { html } from './html.js';
import { perl } from './perl.js';

const TEXT_BLOCKS = 'text|doc';
const PERL_BLOCKS = 'args|flags|attr|init|once|shared|perl|cleanup|filter';
const COMPONENTS = 'def|method';

export const mason: LexerDef = {
  name: 'mason',
  states: {
    root: [{ mixin: 'mason_tags' }],
    mason_tags: [
      [/\s+/, 'Text.Whitespace'],
      [rx(`<%(${TEXT_BLOCKS})>`, 'i'), 'Comment.Preproc', 'text_block'],
      [rx(`<%(${PERL_BLOCKS})>`, 'i'), 'Comment.Preproc', 'perl_block'],
      [rx(`(<%(${COMPONENTS}))([^>]*)(>)`, 'i'), (lx, m) => {
        lx.token('Comment.Preproc', m[1]);
        lx.token('Name', m[3]);
        lx.token('Comment.Preproc', m[4]);
        lx.push('component_block');
      }],
      [/^(%)(.*)$/, (lx, m) => { lx.token('Comment.Preproc', m[1]); lx.delegate(perl, m[2]!); }], // perl line
      [/<%/, 'Comment.Preproc', 'component_call'],
      [/<&\|/, (lx, m) => { lx.token('Comment.Preproc', m[0]); lx.push('component_with_content'); lx.push('component_sub'); }],
      [/<&/, 'Comment.Preproc', 'component_sub'],
      [/(.+?)(?=(<\/?&|<\/?%|^%|^#))/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
      [/.+/s, (lx, m) => lx.delegateTo(lx.parent(html), m[0])],
    ],
    perl_block: [
      [rx(`<\\/%(${PERL_BLOCKS})>`, 'i'), 'Comment.Preproc', '#pop'],
      [/\s+/, 'Text.Whitespace'],
      [/^(#.*)$/, 'Comment'],
      [/(.*?[^"])(?=<\/%)/s, (lx, m) => lx.delegate(perl, m[0])],
    ],
    text_block: [
      [rx(`<\\/%(${TEXT_BLOCKS})>`, 'i'), 'Comment.Preproc', '#pop'],
      [/\s+/, 'Text.Whitespace'],
      [/^(#.*)$/, 'Comment'],
      [/(.*?[^"])(?=<\/%)/s, 'Comment'],
    ],
    component_block: [
      [rx(`<\\/%(${COMPONENTS})>`, 'i'), 'Comment.Preproc', '#pop'],
      [/\s+/, 'Text.Whitespace'],
      [/^(#.*)$/, 'Comment'],
      { mixin: 'mason_tags' },
    ],
    component_with_content: [[/<\/&>/, 'Comment.Preproc', '#pop'], { mixin: 'mason_tags' }],
    component_sub: [[/&>/, 'Comment.Preproc', '#pop'], [/(.*?)(?=&>)/s, (lx, m) => lx.delegate(perl, m[0])]],
    component_call: [[/%>/, 'Comment.Preproc', '#pop'], [/(.*?)(?=%>)/s, (lx, m) => lx.delegate(perl, m[0])]],
  },
};
