// Span parsing of a text whose only span markup is emphasis around plain text, done
// without the scanner: what parse_spans (kramdown.rb) and parse_emphasis (emphasis.rb)
// build for it, the same elements. Lists and tables of prose (`Sector *momentum* and
// **growth**`) are mostly such texts; the scanner, the span regexp and the emphasis
// construct's nested parse cost several times more (1,000 bench posts converted cold with
// V8's interpreter only: 4,354M → 4,193M instructions).
//
// Taken only where parse_emphasis cannot decline: `*` or `**`, then text with no span
// start (SPAN_START, no line break) that neither starts nor ends with whitespace, then as
// many stars and no further one. Any other span start gives null: the scanner's turn.
import { el, type KEl } from './element.js';

const WS = ' \t\n\x0b\f\r';

/**
 * Where a span construct may start (every spanStart of constructs.ts, loosened to single
 * characters where that is simpler): text without any is one text element, as parse_spans
 * makes it, and needs no scanner.
 */
export const SPAN_START = /[<`*_{[$\\&"'~]|--|\.\.\.|>>|  \n/;
const NEXT_START = new RegExp(SPAN_START.source, 'g');

/**
 * The elements parse_spans makes of `text` (`location`: the raw text's line), or null when
 * it holds a span start other than such emphasis.
 */
export function emphasisSpans(text: string, location: number | undefined): KEl[] | null {
  const out: KEl[] = [];
  const at = (): Record<string, unknown> | undefined => (location ? { location } : undefined);
  const next = NEXT_START;
  let pos = 0;
  for (;;) {
    next.lastIndex = pos;
    const m = next.exec(text);
    if (!m) break;
    const open = m.index;
    if (text.charCodeAt(open) !== 42) return null;
    const n = text.charCodeAt(open + 1) === 42 ? 2 : 1;
    const from = open + n;
    next.lastIndex = from;
    const close = next.exec(text)?.index ?? -1;
    if (close <= from || text.charCodeAt(close) !== 42) return null;
    if (WS.includes(text[from]) || WS.includes(text[close - 1]) || text.slice(from, close).includes('\n')) return null;
    if ((n === 2 && text.charCodeAt(close + 1) !== 42) || text.charCodeAt(close + n) === 42) return null;
    if (open > pos) out.push(el('text', text.slice(pos, open), null, at()));
    const e = el(n === 2 ? 'strong' : 'em');
    e.children.push(el('text', text.slice(from, close)));
    out.push(e);
    pos = close + n;
  }
  if (pos < text.length) out.push(el('text', text.slice(pos), null, at()));
  return out;
}
