// Jekyll's sassc (libsass 3.6.5) and sass.js (libsass 3.6.2) map an interpolated
// value (`font: $w #{$s}/#{$l} $f`) differently: 3.6.5 parses each interpolation
// in place (parser.cpp, "Optimize parsing of interpolation values"), and its
// `after_token` position runs on by the expression's length (from its first
// non-blank character to the closing brace: `$s`, `$l`) every time it is lexed, so
// every later position on that source line moves right; a newline resets the column.
// The content of a special function (`calc`, `-webkit-calc`, `expression`,
// `progid:`: prelexer.cpp re_special_fun, read as a string) is lexed once more when
// it closes, so its interpolations count again from there. This moves the mappings
// of sass.js's source map where 3.6.5 has them (checked against sassc).

import { selectorSchemaMover } from './sass-map-schema.js';
import { indexAtLibsass362, libsass365Column } from './sass-map-unicode.js';

type Segment = number[]; // [generated column, source, source line, source column(, name)], absolute
type Shifts = Map<string, Map<number, number>>; // "source:line" → column → columns added after it

/** `mappings` with positions after interpolated declaration values moved as libsass 3.6.5 places them. */
export function shiftInterpolatedValueEnds(mappings: string, sourcesContent: readonly string[], css = ''): string {
  const lines = decode(mappings);
  const sourceLines = sourcesContent.map((text) => text.split('\n'));
  const cssLines = css.split('\n');
  const unicode = !/^[\x00-\x7f]*$/.test(css) || sourcesContent.some((text) => !/^[\x00-\x7f]*$/.test(text));
  if (unicode) forEachSegment(lines, (segment, row) => {
    segment[0] = indexAtLibsass362(cssLines[row] ?? '', segment[0]!);
    if (segment.length >= 4) segment[3] = indexAtLibsass362(sourceLines[segment[1]!]?.[segment[2]!] ?? '', segment[3]!);
  });
  const shifts: Shifts = new Map();
  for (const segments of lines) {
    for (let i = 0; i + 1 < segments.length; i++) {
      const [start, end] = [segments[i]!, segments[i + 1]!];
      if (start.length < 4 || end.length < 4 || start[1] !== end[1]) continue;
      if (end[2]! < start[2]! || (end[2] === start[2] && end[3]! <= start[3]!)) continue;
      const text = sourceLines[start[1]!];
      if (text !== undefined) recordValueShifts(shifts, start[1]!, text, start[2]!, start[3]!);
    }
  }
  const movers = sourcesContent.map((text) => selectorSchemaMover(text));
  if (shifts.size === 0 && !movers.some(Boolean) && !unicode) return mappings;
  for (const segments of lines) {
    const at = segments.map((segment) => segment.slice(1, 4).join());
    for (const [k, segment] of segments.entries()) {
      if (segment.length < 4) continue;
      const repeated = at[k] === at[k + 1];
      let extra = 0;
      for (const [col, n] of shifts.get(`${segment[1]}:${segment[2]}`) ?? []) if (col < segment[3]!) extra += n;
      const moved = movers[segment[1]!]?.({ line: segment[2]!, col: segment[3]! }, repeated) ?? { line: segment[2]!, col: segment[3]! };
      segment[2] = moved.line;
      segment[3] = moved.col + extra;
    }
  }
  if (unicode) forEachSegment(lines, (segment, row) => {
    segment[0] = libsass365Column(cssLines[row] ?? '', segment[0]!);
    if (segment.length >= 4) segment[3] = libsass365Column(sourceLines[segment[1]!]?.[segment[2]!] ?? '', segment[3]!);
  });
  return encode(lines);
}

function forEachSegment(lines: Segment[][], f: (segment: Segment, row: number) => void): void {
  lines.forEach((segments, row) => segments.forEach((segment) => f(segment, row)));
}

// The value word starting at line `row`, column `col` of a declaration (`name: ...`;
// a function call such as `calc(...)` is one word, over several lines too): where
// its interpolations are, and where each special function that holds some closes.
function recordValueShifts(shifts: Shifts, source: number, lines: readonly string[], row: number, col: number): void {
  if (!/[\w-]\s*:/.test((lines[row] ?? '').slice(0, col))) return;
  const add = (r: number, c: number, n: number): void => {
    const key = `${source}:${r}`;
    const line = shifts.get(key) ?? new Map<number, number>();
    line.set(c, n);
    shifts.set(key, line);
  };
  const parens: { special: boolean; inside: number }[] = [];
  for (let r = row; r < lines.length; r++) {
    const line = lines[r]!;
    for (let i = r === row ? col : 0; i < line.length; i++) {
      const ch = line[i]!;
      if (parens.length === 0 && /[\s;,]/.test(ch)) return;
      if (ch === '(') {
        parens.push({ special: parens.at(-1)?.special === true || SPECIAL_FUNCTION.test(line.slice(0, i)), inside: 0 });
      } else if (ch === ')') {
        const paren = parens.pop();
        if (paren?.special && paren.inside > 0) {
          if (parens.at(-1)?.special) parens.at(-1)!.inside += paren.inside;
          else add(r, i, paren.inside);
        }
      } else if (line.startsWith('#{', i)) {
        const close = line.indexOf('}', i + 2);
        if (close === -1) return;
        const length = line.slice(i + 2, close).trimStart().length;
        add(r, i, length);
        if (parens.at(-1)?.special) parens.at(-1)!.inside += length;
        i = close;
      }
    }
    if (parens.length === 0) return;
  }
}

// prelexer.cpp calc_fn_call and re_special_fun: the name before an opening parenthesis.
const SPECIAL_FUNCTION = /(?:^|[^\w-])(?:(?:-+(?:[a-zA-Z_][\w]*-+)+)?calc|(?:-[a-zA-Z+-]+)?(?:expression|progid:[a-z.]*))$/;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decode(mappings: string): Segment[][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line === ''
      ? []
      : line.split(',').map((field) => {
          const values = vlqDecode(field);
          return values.map((v, k) => (state[k] = state[k]! + v));
        });
  });
}

function encode(lines: Segment[][]): string {
  const state = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((v, k) => {
              const delta = v - state[k]!;
              state[k] = v;
              return vlqEncode(delta);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

function vlqDecode(field: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of field) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function vlqEncode(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}
