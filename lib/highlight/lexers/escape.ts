// Follows Rouge 3.30 lib/rouge/lexers/escape.rb (not a RegexLexer: its stream_tokens cuts the
// input at the start and end options; the escaped parts are Escape tokens, which the HTML
// formatter writes as errors, and the rest goes to the `lang` option's lexer, plain text by default).
import type { LexerDef } from '../engine.js';
import { KyllError } from '../../errors/kyll-error.js';

export const escape: LexerDef = {
  name: 'escape',
  aliases: ['esc'],
  states: {
    root: [[/.+/s, (lx, m) => {
      const start = lx.options['start'] ?? '<!';
      const end = lx.options['end'] ?? '!>';
      const name = lx.options['lang'];
      const lang = name === undefined ? null : lx.find(name);
      if (name !== undefined && !lang) throw new KyllError('MARKDOWN_ERROR', `escape lexer: no lexer for lang=${name}`);
      const text = (s: string): void => { if (lang) lx.delegateTo(lang, s); else lx.token('Text', s); };
      let rest = m[0];
      for (;;) {
        const i = start ? rest.indexOf(start) : 0;
        if (i < 0 || (!start && !end)) { text(rest); return; } // no more start delimiters
        text(rest.slice(0, i));
        rest = rest.slice(i + start.length);
        const j = rest.indexOf(end);
        if (j < 0) { lx.token('Escape', rest); return; }
        lx.token('Escape', rest.slice(0, j));
        rest = rest.slice(j + end.length);
      }
    }]],
  },
};
