// A _data CSV or TSV file read in an encoding that is not ASCII-compatible (UTF-16LE, UTF-16BE,
// UTF-32LE, UTF-32BE): CSV.read(path, encoding:) opens it binary in that encoding (csv.rb
// CSV.open) and its parser (csv/parser.rb) refuses bytes that are not of it: "Invalid byte
// sequence in UTF-16LE in line N." (CSV::MalformedCSVError). As in csv-encoding.ts, a file one
// 32 KiB sample holds is checked whole, N being the line (split at the row separator) of the bad
// bytes; bad bytes in the samples before the first line ending stop it at "line 1".
// Ruby 3.1's IO#gets(nil, limit), which takes those samples, also ends a sample after any 0xFF
// byte, and in UTF-16LE leaves it there even inside a character (`ÿ`, U+FEFF...): such a sample
// is not valid UTF-16LE, and the file stops the build at "line 1" however good its bytes are.
// `bom|` reads a leading byte order mark of any UTF encoding as the file's encoding (IO's BOM
// detection) and drops it.
import { CsvSyntaxError } from './csv.js';

interface Wide {
  readonly name: string;
  readonly unit: 2 | 4;
  readonly little: boolean;
}

const WIDE: Record<string, Wide> = {
  'utf-16le': { name: 'UTF-16LE', unit: 2, little: true },
  'utf-16be': { name: 'UTF-16BE', unit: 2, little: false },
  'ucs-2be': { name: 'UTF-16BE', unit: 2, little: false },
  'utf-32le': { name: 'UTF-32LE', unit: 4, little: true },
  'ucs-4le': { name: 'UTF-32LE', unit: 4, little: true },
  'utf-32be': { name: 'UTF-32BE', unit: 4, little: false },
  'ucs-4be': { name: 'UTF-32BE', unit: 4, little: false },
};

const SAMPLE = 32 * 1024;

/** Whether CSV.read reads `encoding` as one of the four wide Unicode encodings. */
export function isWideEncoding(encoding: string): boolean {
  return WIDE[encoding.trim().toLowerCase().replace(/^bom\|/, '')] !== undefined;
}

// IO's BOM detection (io.c io_strip_bom): UTF-8, UTF-16 and UTF-32 marks, whatever encoding was named.
function sniffBom(bytes: Uint8Array): [Wide | 'utf-8', number] | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return ['utf-8', 3];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return [WIDE['utf-32be']!, 4];
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return [WIDE['utf-32le']!, 4];
  if (a === 0xfe && b === 0xff) return [WIDE['utf-16be']!, 2];
  if (a === 0xff && b === 0xfe) return [WIDE['utf-16le']!, 2];
  return undefined;
}

/**
 * The text of a CSV file read in a wide encoding, as a JavaScript string; throws CSV.read's
 * CsvSyntaxError for bytes that are not of it. 'utf-8' when a `bom|` found a UTF-8 mark (the
 * caller reads the rest as UTF-8).
 */
export function wideCsvText(bytes: Uint8Array, encoding: string): string | { utf8: Uint8Array } {
  const named = encoding.trim().toLowerCase();
  let wide = WIDE[named.replace(/^bom\|/, '')]!;
  if (named.startsWith('bom|')) {
    const found = sniffBom(bytes);
    if (found?.[0] === 'utf-8') return { utf8: bytes.subarray(found[1]) };
    if (found) [wide, bytes] = [found[0], bytes.subarray(found[1])];
  }
  const { text, bad } = decode(bytes, wide);
  const first = firstSampleEnd(bytes, wide);
  if (wide.name === 'UTF-16LE' && bytes.subarray(0, first).some((b, i) => b === 0xff && i % 2 === 0)) throw invalid(wide, 1);
  if (bad === undefined) return text;
  const whole = first >= bytes.length;
  const separator = rowSeparator(unitsOf(bytes.subarray(0, first), wide));
  const row = bad < first && !whole ? 1 : countSeparators(unitsOf(bytes.subarray(0, bad - (bad % wide.unit)), wide), separator) + 1;
  throw invalid(wide, row);
}

function invalid(wide: Wide, line: number): CsvSyntaxError {
  return new CsvSyntaxError(`Invalid byte sequence in ${wide.name} in line ${line}.`, line);
}

function unitAt(bytes: Uint8Array, i: number, wide: Wide): number {
  if (wide.unit === 2) return wide.little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  return wide.little ? (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0 : ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
}

function unitsOf(bytes: Uint8Array, wide: Wide): number[] {
  const out: number[] = [];
  for (let i = 0; i + wide.unit <= bytes.length; i += wide.unit) out.push(unitAt(bytes, i, wide));
  return out;
}

// The text, and the offset of the first byte that begins no valid character (a lone surrogate,
// a code point past U+10FFFF, a last character cut short).
function decode(bytes: Uint8Array, wide: Wide): { text: string; bad?: number } {
  let text = '';
  let i = 0;
  for (; i + wide.unit <= bytes.length; i += wide.unit) {
    const u = unitAt(bytes, i, wide);
    if (wide.unit === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)) return { text, bad: i };
      text += String.fromCodePoint(u);
    } else if (u >= 0xd800 && u <= 0xdbff) {
      const low = i + 4 <= bytes.length ? unitAt(bytes, i + 2, wide) : -1;
      if (low < 0xdc00 || low > 0xdfff) return { text, bad: i };
      text += String.fromCharCode(u, low);
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return { text, bad: i };
    } else {
      text += String.fromCharCode(u);
    }
  }
  return i < bytes.length ? { text, bad: i } : { text };
}

// The end of the samples resolve_row_separator reads (32 KiB each, on a whole character) until
// one holds a "\r" or "\n".
function firstSampleEnd(bytes: Uint8Array, wide: Wide): number {
  let end = 0;
  while (end < bytes.length) {
    const start = end;
    end = Math.min(bytes.length, start + SAMPLE);
    end -= (end - start) % wide.unit;
    if (end === start) return bytes.length;
    if (unitsOf(bytes.subarray(start, end), wide).some((u) => u === 0x0d || u === 0x0a)) break;
  }
  return end;
}

// detect_row_separator: "\r\n" or "\r" when a "\r" comes before any "\n", else "\n".
function rowSeparator(units: number[]): number[] {
  const cr = units.indexOf(0x0d);
  const lf = units.indexOf(0x0a);
  if (cr === -1 || (lf !== -1 && lf < cr)) return [0x0a];
  return units[cr + 1] === 0x0a ? [0x0d, 0x0a] : [0x0d];
}

function countSeparators(units: number[], separator: number[]): number {
  let n = 0;
  for (let i = 0; i + separator.length <= units.length; i++) {
    if (units[i] === separator[0] && (separator.length === 1 || units[i + 1] === separator[1])) {
      n++;
      i += separator.length - 1;
    }
  }
  return n;
}
