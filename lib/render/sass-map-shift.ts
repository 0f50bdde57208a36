// Jekyll's sassc (libsass 3.6.5) and sass.js (libsass 3.6.2) map an interpolated
// value (`font: $w #{$s}/#{$l} $f`) differently: 3.6.5 puts the mapping that ends
// such a value further right, by the length of each interpolation's expression
// (from its first non-blank character to the closing brace: `$s`, `$l`; twice
// inside a function call's parentheses). This moves that mapping in sass.js's
// source map where 3.6.5 has it; measured on minima and small cases, not derived
// from libsass's code.

type Segment = number[]; // [generated column, source, source line, source column(, name)], absolute

/** `mappings` with the end of each interpolated declaration value moved as libsass 3.6.5 places it. */
export function shiftInterpolatedValueEnds(mappings: string, sourcesContent: readonly string[]): string {
  const lines = decode(mappings);
  const sourceLines = sourcesContent.map((text) => text.split('\n'));
  for (const segments of lines) {
    for (let i = 0; i + 1 < segments.length; i++) {
      const [start, end] = [segments[i]!, segments[i + 1]!];
      if (start.length < 4 || end.length < 4 || start[1] !== end[1] || start[2] !== end[2] || end[3]! <= start[3]!) continue;
      const text = sourceLines[start[1]!]?.[start[2]!];
      if (text === undefined) continue;
      end[3]! += interpolationExtra(text, start[3]!);
    }
  }
  return encode(lines);
}

// The value word starting at `col` of a declaration (`name: ...`; a function call
// such as `calc(...)` is one word): the summed lengths of its interpolations'
// expressions, counted twice inside parentheses (3.6.5 maps `-webkit-calc(#{$a} - #{$b})`
// so); 0 when it has none.
function interpolationExtra(line: string, col: number): number {
  const colon = /^\s*[\w-]+\s*:/.exec(line);
  if (!colon || colon[0].length > col) return 0;
  let extra = 0;
  let depth = 0;
  for (let i = col; i < line.length; i++) {
    const ch = line[i]!;
    if (depth === 0 && /[\s;,]/.test(ch)) break;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (line.startsWith('#{', i)) {
      const close = line.indexOf('}', i + 2);
      if (close === -1) return 0;
      extra += line.slice(i + 2, close).trimStart().length * (depth > 0 ? 2 : 1);
      i = close;
    }
  }
  return extra;
}

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
