// Follows Rouge 3.30 lib/rouge/lexers/escape.rb (not a RegexLexer: its stream_tokens cuts the
// input at the start and end options; the escaped parts are Escape tokens, which the HTML
// formatter writes as errors, and the rest goes to the `lang` option's lexer, plain text by default).
import type { LexerDef } from '../engine.js';
import { RougeCrash } from '../rouge-crash.js';

export const escape: LexerDef = {
  name: 'escape',
  aliases: ['esc'],
  states: {
    root: [[/.+/s, (lx, m) => {
      const start = lx.options['start'] ?? '<!';
      const end = lx.options['end'] ?? '!>';
      const name = lx.options['lang'];
      const lang = name === undefined ? null : lx.find(name);
      // lang= naming no lexer leaves @lang nil: its first continue_lex raises (Ruby 3.1's
      // error_highlight names the line: stream[1] before a start delimiter, stream.rest without one)
      if (name !== undefined && !lang) {
        const line = start && m[0].includes(start) ? '@lang.continue_lex(stream[1], &b)' : '@lang.continue_lex(stream.rest, &b)';
        throw new RougeCrash(`undefined method \`continue_lex' for nil:NilClass ${line} ^^^^^^^^^^^^^`);
      }
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
