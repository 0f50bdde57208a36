// Span parsing of a text whose only span markup is code spans, emphasis around plain text,
// quotes, dashes and ellipses, done without the scanner: what parse_spans (kramdown.rb) and
// the constructs (codespan.rb, emphasis.rb, smart_quotes.rb, typographic_symbol.rb) build
// for it, the same elements. Lists, tables and paragraphs of prose (`Sector *momentum* and
// **growth**`, cells like `nav_order`, "it's" -- and so on...) are mostly such texts; the
// scanner, the span regexp, the construct loop and the emphasis construct's nested parse
// cost several times more (1,000 bench posts converted cold with V8's interpreter only:
// 4,354M → 4,193M instructions, emphasis alone).
//
// Emphasis is taken only where parse_emphasis cannot decline: `*` or `**`, then text with
// no span start (SPAN_START, no line break) that neither starts nor ends with whitespace,
// then as many stars and no further one. A backtick is parse_codespan's at once (no other
// construct starts there, and no other span start in the text can stop the scanner before
// it); what a code span holds is no span start. A quote is smart_quotes' rule at the
// scanner's stop, the character before it; `--`, `---` and `...` are typographic symbols.
// Any other span start gives null: the scanner's turn.
import { el, type KEl } from './element.js';
import { codespanAt } from './codespan.js';
import { quoteAt, quoteName } from './smart-quotes.js';

const WS = ' \t\n\x0b\f\r';

/**
 * Where a span construct may start (every spanStart of constructs.ts, loosened to single
 * characters where that is simpler): text without any is one text element, as parse_spans
 * makes it, and needs no scanner.
 */
export const SPAN_START = /[<`*_{[$\\&"'~]|--|\.\.\.|>>|  \n/;
const NEXT_START = new RegExp(SPAN_START.source, 'g');

/** Which of smart quotes and typographic symbols the grammar has (GFM's no_auto_typographic drops the symbols). */
export interface Typographic {
  readonly quotes: boolean;
  readonly symbols: boolean;
}

const SURROGATE = /[\ud800-\udfff]/;
/** The span starts this never takes (a link, HTML, an escape, `_`...). */
const OTHER_START = /[<_{[$\\&~]|>>|  \n/;
const TYPO_NAMES: Record<string, string> = { '---': 'mdash', '--': 'ndash', '...': 'hellip' };

/**
 * The elements parse_spans makes of `text` (`location`: the raw text's line), or null when
 * it holds a span start other than such emphasis, code spans and, as `typo` allows, quotes,
 * dashes and ellipses.
 */
export function emphasisSpans(text: string, location: number | undefined, typo?: Typographic): KEl[] | null {
  // Given up at once where such a start comes before any code span (where it could hide): the
  // loop below would otherwise build elements up to it first, for nothing.
  const other = text.search(OTHER_START);
  if (other !== -1) {
    const tick = text.indexOf('`');
    if (tick === -1 || other < tick) return null;
  }
  const out: KEl[] = [];
  const at = (): Record<string, unknown> | undefined => (location ? { location } : undefined);
  // (a quote's stop is the code point before it: texts with surrogates are the scanner's)
  const quotes = typo !== undefined && typo.quotes && !SURROGATE.test(text);
  const symbols = typo !== undefined && typo.symbols;
  const next = NEXT_START;
  let pos = 0;
  // where the text not yet written starts (backticks that open no code span stay in it)
  let from = 0;
  const flush = (to: number): void => {
    if (to > from) out.push(el('text', text.slice(from, to), null, at()));
  };
  for (;;) {
    next.lastIndex = pos;
    const m = next.exec(text);
    if (!m) break;
    const open = m.index;
    const c = text.charCodeAt(open);
    if (c === 96) {
      const [code, end] = codespanAt(text, open);
      if (code) {
        flush(open);
        out.push(code);
        from = end;
      }
      pos = end;
      continue;
    }
    if (c === 34 || c === 39) {
      if (!quotes) return null;
      // The span-start pattern's [^\\]?["'] stops at the character before the quote (none
      // here is a span start: the search found none before the quote), where smart quotes
      // are the first construct that can start.
      const q = open > pos ? open - 1 : open;
      const found = quoteAt(text, q);
      if (!found) return null;
      const [qm, ops] = found;
      let cur = q;
      for (const op of ops) {
        // (a rule's text is the group it starts with)
        if ('text' in op) cur += (qm[op.group] ?? '').length;
        else {
          flush(cur);
          from = cur;
          out.push(el('smart_quote', quoteName(op, qm)));
        }
      }
      pos = from = q + qm[0].length;
      continue;
    }
    if (c === 45 || c === 46) {
      // `--` or `...` (the search has no other start at - or .): typographic_syms' TYPO_RE
      if (!symbols) return null;
      const sym = text.startsWith('---', open) ? '---' : text.startsWith('--', open) ? '--' : text.startsWith('...', open) ? '...' : '';
      if (sym === '') return null;
      flush(open);
      out.push(el('typographic_sym', TYPO_NAMES[sym]));
      pos = from = open + sym.length;
      continue;
    }
    if (c !== 42) return null;
    const n = text.charCodeAt(open + 1) === 42 ? 2 : 1;
    const start = open + n;
    next.lastIndex = start;
    const close = next.exec(text)?.index ?? -1;
    if (close <= start || text.charCodeAt(close) !== 42) return null;
    if (WS.includes(text[start]) || WS.includes(text[close - 1]) || text.slice(start, close).includes('\n')) return null;
    if ((n === 2 && text.charCodeAt(close + 1) !== 42) || text.charCodeAt(close + n) === 42) return null;
    flush(open);
    const e = el(n === 2 ? 'strong' : 'em');
    e.children.push(el('text', text.slice(start, close)));
    out.push(e);
    pos = from = close + n;
  }
  flush(text.length);
  return out;
}
