// Where Ruby 3.1's CSV (csv/parser.rb) says bytes that are not UTF-8 are: "Invalid byte
// sequence in UTF-8 in line N." (CSV::MalformedCSVError), N as its reader finds it.
//
// CSV.read opens the file and, to detect the row separator (resolve_row_separator), reads
// samples of 32 KiB until one holds a "\r" or "\n". A file that one sample holds whole is
// checked as a String: the line the bad bytes are in. Otherwise bad bytes in those samples stop
// the parser before it has read a row: "line 1", wherever they are. Past the samples it reads
// row by row and counts the rows read: the row of the bad bytes (a quoted field over several
// lines counts once, so this file line can be later than Ruby's there).
import { CsvSyntaxError } from './csv.js';

const SAMPLE = 32 * 1024;
const CR = 0x0d;
const LF = 0x0a;

/** The CSV::MalformedCSVError for bytes that are not UTF-8, or undefined when they all are. */
export function csvEncodingError(bytes: Uint8Array): CsvSyntaxError | undefined {
  const bad = firstInvalidByte(bytes);
  if (bad === undefined) return undefined;
  const fileLine = countLines(bytes, bad, [LF]) + 1;
  const sampled = samplesEnd(bytes);
  const separator = rowSeparator(bytes.subarray(0, sampled));
  // A file read whole by its first sample is checked as one String (Parser#build_scanner): the
  // line of it, split at the row separator, that holds the bad bytes.
  const whole = sampleEnd(bytes, 0) === bytes.length;
  const row = bad < sampled && !whole ? 1 : countLines(bytes, bad, separator) + 1;
  return new CsvSyntaxError(`Invalid byte sequence in UTF-8 in line ${row}.`, fileLine);
}

// resolve_row_separator: @input.gets(nil, 32 KiB) until a sample holds "\r" or "\n"
// (IO#gets ends a sample on a whole character; one ending in "\r" takes one byte more).
function samplesEnd(bytes: Uint8Array): number {
  let end = 0;
  while (end < bytes.length) {
    const start = end;
    end = sampleEnd(bytes, start);
    if (bytes.subarray(start, end).some((b) => b === CR || b === LF)) break;
  }
  return end;
}

function sampleEnd(bytes: Uint8Array, start: number): number {
  let end = Math.min(bytes.length, start + SAMPLE);
  while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end++;
  if (bytes[end - 1] === CR && end < bytes.length) end++;
  return end;
}

// detect_row_separator: "\r\n" or "\r" when a "\r" comes before any "\n", else "\n".
function rowSeparator(sample: Uint8Array): number[] {
  const cr = sample.indexOf(CR);
  const lf = sample.indexOf(LF);
  if (cr === -1 || (lf !== -1 && lf < cr)) return [LF];
  return sample[cr + 1] === LF ? [CR, LF] : [CR];
}

function countLines(bytes: Uint8Array, end: number, separator: number[]): number {
  let n = 0;
  for (let i = 0; i + separator.length <= end; i++) {
    if (bytes[i] === separator[0] && (separator.length === 1 || bytes[i + 1] === separator[1])) {
      n++;
      i += separator.length - 1;
    }
  }
  return n;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return undefined;
}
