// Liquid's whitespace control as Ruby does it. BlockBody#whitespace_handler trims the text before a
// `{%-` or `{{-` with String#rstrip! and the text after a `-%}` or `-}}` with #lstrip!: ASCII white
// space and NUL only. liquidjs trims its own blank characters instead, which include U+00A0,
// U+3000, U+2028 and the other Unicode spaces but not NUL. So, in the text handed to liquidjs, the
// NULs Ruby trims go, and where Ruby's trimming stops at a character liquidjs would trim too, an
// empty output `{{""}}` is put between, which liquidjs's trimming does not cross. No newline is
// added or taken away: the lines of what follows stay where they were.

// liquidjs's BLANK characters above ASCII (its TYPES table)
const LIQUIDJS_BLANK = new Set([0xa0, 0x1680, 0x180e, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
const BARRIER = '{{""}}';
const RUBY_WS = /[\0\t\n\v\f\r ]/;

const isTagPiece = (s: string): boolean => s.startsWith('{%') || s.startsWith('{{');
const opensTrimming = (s: string): boolean => s.startsWith('{%-') || s.startsWith('{{-');
const closesTrimming = (s: string): boolean => s.endsWith('-%}') || s.endsWith('-}}');

/** The pieces of a template rewritten for liquidjs (tags, outputs and texts), trimmed as Ruby trims. */
export function rubyWhitespaceControl(out: string[]): void {
  for (let k = 0; k < out.length; k++) {
    const text = out[k]!;
    if (text === '' || isTagPiece(text) || !/[^\t\n\v\f\r ]/.test(text)) continue;
    const before = neighbour(out, k, -1);
    const after = neighbour(out, k, 1);
    const trimStart = before !== undefined && closesTrimming(before);
    const trimEnd = after !== undefined && opensTrimming(after);
    if (trimStart || trimEnd) out[k] = guarded(text, trimStart, trimEnd);
  }
}

function neighbour(out: readonly string[], k: number, step: 1 | -1): string | undefined {
  for (let j = k + step; j >= 0 && j < out.length; j += step) if (out[j] !== '') return out[j];
  return undefined;
}

function guarded(text: string, trimStart: boolean, trimEnd: boolean): string {
  let start = 0;
  let end = text.length;
  if (trimStart) while (start < end && RUBY_WS.test(text[start]!)) start++;
  if (trimEnd) while (end > start && RUBY_WS.test(text[end - 1]!)) end--;
  let head = text.slice(0, start);
  let body = text.slice(start, end);
  let tail = text.slice(end);
  if (trimStart) {
    head = head.replace(/\0/g, '');
    if (LIQUIDJS_BLANK.has(body.charCodeAt(0))) head += BARRIER;
  }
  if (trimEnd) {
    tail = tail.replace(/\0/g, '');
    if (LIQUIDJS_BLANK.has(body.charCodeAt(body.length - 1))) tail = BARRIER + tail;
  }
  return head + body + tail;
}
