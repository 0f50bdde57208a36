// sassc's `line_comments` and `precision`, which jekyll-sass-converter 2.x hands to libsass with
// the rest of the `sass:` hash (scss.rb#sass_build_configuration_options deep-merges it into its own
// options, outside safe mode): sassc's Engine#render turns source comments on for any true value
// and calls option_set_precision with any value but nil and false, through FFI's Integer
// conversion (a Float is truncated; a String or true fails the conversion with a TypeError).
//
// libsass writes each comment as `/* line N, PATH */`, PATH being the file's path relative to its
// working directory (output.cpp, File::abs2rel). kyll's libsass sees the partials under names of its
// own (sass.ts): the comments are renamed here as sassc run from the site folder names them, and the
// source map's generated columns after a renamed comment move with it (libsass counts columns in
// code points: position.cpp, Offset::add).

import { implicitName } from '../liquid/filters/spaceship.js';
import { LIBSASS_PRECISION } from './libsass-wasm.js';
import { RubyFloat } from '../values/ruby-float.js';

export interface LibsassExtras {
  /** sassc's `line_comments`. */
  readonly sourceComments: boolean;
  /** sassc's `precision` (libsass's default, 10, when unset). */
  readonly precision: number;
  /** The TypeError sassc's FFI call raises for a precision that is no number. */
  readonly failure?: string;
}


/** The two options as sassc takes them from the site's `sass:` hash; none in safe mode. */
export function libsassExtras(sass: unknown, safe: boolean): LibsassExtras {
  const none: LibsassExtras = { sourceComments: false, precision: LIBSASS_PRECISION };
  if (safe || sass === null || typeof sass !== 'object' || Array.isArray(sass)) return none;
  const given = sass as Record<string, unknown>;
  const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;
  const sourceComments = truthy(given.line_comments);
  const p = given.precision;
  if (!truthy(p)) return { sourceComments, precision: LIBSASS_PRECISION };
  // Ruby's Float#to_int truncates toward zero.
  const n = p instanceof RubyFloat ? p.value : p;
  if (typeof n === 'number' && Number.isFinite(n)) return { sourceComments, precision: Math.trunc(n) };
  return { sourceComments, precision: LIBSASS_PRECISION, failure: `no implicit conversion of ${implicitName(p)} into Integer` };
}

const COMMENT = /\/\* line (\d+), (.*?) \*\//g;

/**
 * The CSS with each libsass line comment's file named by `rename`, and the source map's mappings
 * (when given) with the generated columns after each renamed comment moved by its change in length.
 */
export function renameLineComments(css: string, mappings: string | undefined, rename: (name: string) => string): { css: string; mappings?: string } {
  if (!css.includes('/* line ')) return { css, ...(mappings === undefined ? {} : { mappings }) };
  // Per generated line: where each renamed comment ended (in code points), and by how much it grew.
  const shifts: Array<Array<readonly [number, number]>> = [];
  const lines = css.split('\n').map((line, i) => {
    let out = '';
    let last = 0;
    // The byte order mark libsass writes before compressed CSS with non-ASCII text is no column of the map.
    let column = i === 0 && line.startsWith('\uFEFF') ? -1 : 0;
    for (const m of line.matchAll(COMMENT)) {
      const name = m[2]!;
      const renamed = rename(name);
      if (renamed === name) continue;
      const before = line.slice(last, m.index);
      out += before;
      column += codePoints(before) + codePoints(m[0]);
      out += `/* line ${m[1]!}, ${renamed} */`;
      last = m.index + m[0].length;
      (shifts[i] ??= []).push([column, codePoints(renamed) - codePoints(name)]);
    }
    return last === 0 ? line : out + line.slice(last);
  });
  const renamedCss = lines.join('\n');
  if (mappings === undefined) return { css: renamedCss };
  return { css: renamedCss, mappings: shiftGeneratedColumns(mappings, shifts) };
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Source map v3 mappings with each segment's generated column past a shift's column moved by it. */
function shiftGeneratedColumns(mappings: string, shifts: ReadonlyArray<ReadonlyArray<readonly [number, number]> | undefined>): string {
  return mappings
    .split(';')
    .map((line, i) => {
      const lineShifts = shifts[i];
      if (lineShifts === undefined || line === '') return line;
      let oldColumn = 0;
      let newColumn = 0;
      return line
        .split(',')
        .map((segment) => {
          oldColumn += firstVlq(segment);
          let column = oldColumn;
          for (const [at, by] of lineShifts) if (oldColumn >= at) column += by;
          const relative = column - newColumn;
          newColumn = column;
          return encodeVlq(relative) + segment.slice(vlqLength(segment));
        })
        .join(',');
    })
    .join(';');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The segment's first value (the generated column, relative to the segment before). */
function firstVlq(segment: string): number {
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if ((digit & 32) === 0) return value & 1 ? -(value >>> 1) : value >>> 1;
    shift += 5;
  }
  return 0;
}

/** The length of the segment's first VLQ value. */
function vlqLength(segment: string): number {
  for (let i = 0; i < segment.length; i++) if ((BASE64.indexOf(segment[i]!) & 32) === 0) return i + 1;
  return segment.length;
}

function encodeVlq(n: number): string {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}
