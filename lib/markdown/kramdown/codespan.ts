// kramdown/parser/kramdown/codespan.rb
import { el, type KEl } from './element.js';
import type { SpanConstruct } from './parser.js';

const DELIM = /`+/uy;
const WS = /[ \t\n\x0b\f\r]/;

export const codespan: SpanConstruct = {
  name: 'codespan',
  start: DELIM,
  spanStart: '`',
  first: '`',
  parse(p) {
    const src = p.src;
    const start = src.pos;
    const result = src.scan(DELIM)!;
    const simple = result.length === 1;
    const saved = src.pos;
    if (simple && (start === 0 || WS.test(src.str[start - 1])) && WS.test(src.str[src.pos] ?? '')) {
      p.addText(result);
      return;
    }
    // scan_until(/`{n}/): the first run of at least n backticks ends the span at its first n.
    const end = src.str.indexOf(result, saved);
    if (end === -1) {
      src.pos = saved;
      p.addText(result);
      return;
    }
    let text = src.str.slice(saved, end);
    src.pos = end + result.length;
    if (!simple) {
      if (text[0] === ' ') text = text.slice(1);
      if (text[text.length - 1] === ' ') text = text.slice(0, -1);
    }
    p.tree.children.push(el('codespan', text, null, { codespan_delimiter: result }));
  },
};

/**
 * What `parse` does at the backtick `at` of `text` when the text is all the scanner has
 * (table cells, raw text without other span starts), without a scanner: the code span
 * and where parsing goes on, or null and the end of the backticks, which stay text.
 */
export function codespanAt(text: string, at: number): [KEl | null, number] {
  let end = at;
  while (text.charCodeAt(end) === 96) end++;
  const result = text.slice(at, end);
  const simple = end - at === 1;
  if (simple && (at === 0 || WS.test(text[at - 1])) && WS.test(text[end] ?? '')) return [null, end];
  const close = text.indexOf(result, end);
  if (close === -1) return [null, end];
  let code = text.slice(end, close);
  if (!simple) {
    if (code[0] === ' ') code = code.slice(1);
    if (code[code.length - 1] === ' ') code = code.slice(0, -1);
  }
  return [el('codespan', code, null, { codespan_delimiter: result }), close + result.length];
}
