// Follows Rouge 3.30 lib/rouge/lexers/bibtex.rb.
import { rx, type LexerDef } from '../engine.js';

const PUNCT = String.raw`@!\$&\.\\:;<>\?\[\]\^` + '`' + String.raw`\|\~\*/\+\-`;
const NAME = rx(`[a-z_${PUNCT}][\\w${PUNCT}]*`, 'i');
const pop: LexerDef['states'][string][number] = [/(?:)/, (lx) => lx.pop()];

export const bibtex: LexerDef = {
  name: 'bibtex',
  aliases: ['bib'],
  states: {
    root: [
      { mixin: 'whitespace' },
      [rx(`@([a-z_${PUNCT}][\\w${PUNCT}]*)`, 'i'), (lx, m) => {
        const kind = m[1]!.toLowerCase();
        if (kind === 'comment') { lx.token('Comment', m[0]); return; }
        lx.token('Name.Class', m[0]);
        lx.push('closing_brace');
        lx.push(kind === 'preamble' ? 'value' : kind === 'string' ? 'field' : 'command_body');
        lx.push('opening_brace');
      }],
      [/.+/, 'Comment'],
    ],
    opening_brace: [{ mixin: 'whitespace' }, [/[{(]/, 'Punctuation', '#pop']],
    closing_brace: [{ mixin: 'whitespace' }, [/[})]/, 'Punctuation', '#pop']],
    command_body: [
      { mixin: 'whitespace' },
      [/[^\s,}]+/, (lx, m) => { lx.token('Name.Label', m[0]); lx.pop(); lx.push('fields'); }],
    ],
    fields: [{ mixin: 'whitespace' }, [/,/, 'Punctuation', 'field'], pop],
    field: [
      { mixin: 'whitespace' },
      [NAME, (lx, m) => { lx.token('Name.Attribute', m[0]); lx.push('value'); lx.push('equal_sign'); }],
      pop,
    ],
    equal_sign: [{ mixin: 'whitespace' }, [/=/, 'Punctuation', '#pop']],
    value: [
      { mixin: 'whitespace' },
      [NAME, 'Name.Variable'],
      [/"/, 'Str', 'quoted_string'],
      [/\{/, 'Str', 'braced_string'],
      [/\d+/, 'Num'],
      [/#/, 'Punctuation'],
      pop,
    ],
    quoted_string: [[/\{/, 'Str', 'braced_string'], [/"/, 'Str', '#pop'], [/[^{"]+/, 'Str']],
    braced_string: [[/\{/, 'Str', 'braced_string'], [/\}/, 'Str', '#pop'], [/[^{}]+/, 'Str']],
    whitespace: [[/\s+/, 'Text']],
  },
};
