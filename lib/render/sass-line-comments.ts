// libsass's source comments (sass.line_comments, sass-libsass-options.ts): output.cpp writes
// `/* line N, <file> */` before each rule, the file by File::abs2rel from the working directory,
// as its error traces name files. kyll's libsass sees the files under names of its own
// (`/sass/`, padded folders): each comment is renamed as a trace is (sass-warnings.ts), and
// the source map's generated columns after it on its line move by the length it gained or lost
// (libsass counts columns in code points: position.cpp skips UTF-8 continuation bytes; the byte
// order mark it puts before compressed CSS holding non-ASCII text is no column).
import { unpadName } from './libsass-wasm.js';
import { tracedName, type SassNames } from './sass-warnings.js';

const LINE_COMMENT = /\/\* line (\d+), (.+?) \*\//g;

export function nameLineComments(css: string, names: SassNames, mappings?: string): { css: string; mappings?: string } {
  // Per line of the CSS: [column where a renamed comment ended, columns gained up to there].
  const shifts: Array<Array<readonly [number, number]>> = [];
  const lines = css.split('\n').map((line, i) => {
    const bom = i === 0 && line.charCodeAt(0) === 0xfeff ? 1 : 0;
    let gained = 0;
    const marks: Array<readonly [number, number]> = [];
    const renamed = line.replace(LINE_COMMENT, (m: string, n: string, raw: string, offset: number) => {
      const name = unpadName(raw);
      // The page by its name as given (from the working directory); other files as traces name them.
      const shown = names.page !== undefined && name === names.page ? (names.fromCwd?.(name) ?? name) : tracedName(name, names);
      const comment = `/* line ${n}, ${shown} */`;
      gained += codePoints(comment) - codePoints(m);
      marks.push([codePoints(line.slice(0, offset + m.length)) - bom, gained]);
      return comment;
    });
    if (marks.some(([, g]) => g !== 0)) shifts[i] = marks;
    return renamed;
  });
  return { css: lines.join('\n'), ...(mappings === undefined ? {} : { mappings: shiftColumns(mappings, shifts) }) };
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The mappings with each segment's generated column moved by what the comments before it on its line gained. */
function shiftColumns(mappings: string, shifts: ReadonlyArray<ReadonlyArray<readonly [number, number]> | undefined>): string {
  if (shifts.length === 0) return mappings;
  return mappings
    .split(';')
    .map((line, i) => {
      const marks = shifts[i];
      if (marks === undefined || line === '') return line;
      let before = 0;
      let beforeShifted = 0;
      return line
        .split(',')
        .map((segment) => {
          const fields = decodeVlq(segment);
          const column = before + fields[0]!;
          let gained = 0;
          for (const [end, g] of marks) if (end <= column) gained = g;
          const shifted = column + gained;
          fields[0] = shifted - beforeShifted;
          before = column;
          beforeShifted = shifted;
          return encodeVlq(fields);
        })
        .join(',');
    })
    .join(';');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
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

function encodeVlq(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += BASE64[digit]!;
    } while (rest > 0);
  }
  return out;
}
