// The values Tomlrb 1.3.0's parser actions make of tokens (tomlrb/parser.y, string_utils.rb), as Ruby
// makes them: String#to_f, String#to_i, Time.new with its ranges and roll-overs; and TomlError, the
// Ruby exception they (or the grammar, or the handler) raise.
import { JekyllTime } from '../time/jekyll-time.js';

export class TomlError extends Error {
  constructor(
    /** The Ruby exception Tomlrb raises, "Class: message". */
    readonly reason: string,
    readonly line: number,
  ) {
    super(`${reason} at line ${line}`);
  }

  /** Configuration#read_config_files rescues an ArgumentError (Time.new's, a byte that is not UTF-8): Jekyll warns and goes on. */
  get isArgumentError(): boolean {
    return this.reason.startsWith('ArgumentError: ');
  }

  /** The exception's message, as Jekyll's warning prints it. */
  get rubyMessage(): string {
    return this.reason.slice(this.reason.indexOf(': ') + 2);
  }
}

const SPECIAL: Record<string, string> = { t: '\t', b: '\b', f: '\f', n: '\n', r: '\r', '"': '"', '\\': '\\' };

/** StringUtils.replace_escaped_chars: \uXXXX, \UXXXXXXXX and the seven escapes; any other is an error. */
export function replaceEscapes(s: string, line: number): string {
  return s.replace(/\\(u[\da-fA-F]{4}|U[\da-fA-F]{8}|[^\n])/gu, (m, code: string) => {
    if (!/^[uU][\da-fA-F]/.test(code)) {
      if (code in SPECIAL) return SPECIAL[code]!;
      throw new TomlError(`Tomlrb::ParseError: Escape sequence ${m} is reserved`, line);
    }
    const n = parseInt(code.slice(1), 16);
    // Integer#chr(UTF_8): a RangeError past U+10FFFF or for a surrogate.
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) throw new TomlError(`RangeError: invalid codepoint 0x${n.toString(16).toUpperCase()} in UTF-8`, line);
    return String.fromCodePoint(n);
  });
}

/** StringUtils.strip_spaces: one leading "\n" (only that: "\r\n" stays). */
export const stripFirstNewline = (s: string): string => (s.startsWith('\n') ? s.slice(1) : s);

/** String#to_f: the longest leading number, underscores only between digits; no digits is 0.0. */
export function rubyToF(text: string): number {
  const m = /^([+-]?)(\d+(?:_\d+)*)(\.\d+(?:_\d+)*)?([eE][+-]?\d+(?:_\d+)*)?/.exec(text);
  if (!m) return 0;
  return Number(`${m[1]}${m[2]}${m[3] ?? ''}${m[4] ?? ''}`.replace(/_/g, ''));
}

/** String#to_i of an INTEGER token (the scanner has checked its form): a bigint past 2^53. */
export function toInteger(text: string): number | bigint {
  const big = BigInt(text.replace(/_/g, ''));
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** floor(x × 10^9) for 0 <= x < 1, exactly (x as the binary fraction it is, as Ruby's Rational keeps it). */
function exactNanos(x: number): number {
  if (x === 0) return 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const shift = BigInt((exponent === 0 ? 1 : exponent) - 1075);
  return Number((mantissa * 1_000_000_000n) >> -shift);
}

/**
 * `Time.new(year, mon, day, hour || 0, min || 0, sec.to_f, offset)` as the DATETIME action makes it:
 * no offset is "+00:00" and `Z` too (a lower-case `z` is not replaced, an ArgumentError), `-00:00`
 * a UTC time; a day past its month's end (up to 31), 24:00:00 and a 60th second roll over.
 */
export function toTime(m: RegExpExecArray, line: number): JekyllTime {
  const fail = (what: string): never => {
    throw new TomlError(`ArgumentError: ${what}`, line);
  };
  const [, y, mo, d, h, mi, sec, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const seconds = Number(sec ?? 0);
  let offset = 0;
  let utc = false;
  if (zone !== undefined && zone !== 'Z') {
    if (zone === 'z') fail(`"+HH:MM", "-HH:MM", "UTC" or "A".."I","K".."Z" expected for utc_offset: z`);
    const hh = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(4, 6));
    if (mm > 59) fail(`"+HH:MM", "-HH:MM", "UTC" or "A".."I","K".."Z" expected for utc_offset: ${zone}`);
    if (hh > 23) fail('utc_offset out of range');
    offset = (zone[0] === '-' ? -1 : 1) * (hh * 3600 + mm * 60);
    utc = zone === '-00:00';
  }
  if (month < 1 || month > 12) fail('mon out of range');
  if (day < 1) fail('mday out of range');
  if (day > 31) fail('argument out of range');
  if (hour > 24) fail('hour out of range');
  if (minute > 59 || (hour === 24 && minute > 0)) fail('min out of range');
  // time.c's validate_vtm checks the whole seconds: 24:00:00.5 is the next day's 00:00:00.5
  const whole = Math.floor(seconds);
  if (whole > 60 || (hour === 24 && whole > 0)) fail('sec out of range');
  const nanos = exactNanos(seconds - whole);
  const f = utc ? { year, month, day, hour, minute } : toUtcFields(year, month, day, hour, minute, offset);
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  date.setUTCHours(f.hour, f.minute, whole, Math.floor(nanos / 1e6));
  return new JekyllTime(date.getTime(), offset, utc).withSubMillisecondNanos(nanos % 1e6);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Ruby 3.1's vtm_add_offset (time.c), which Time.new uses to move the fields given to UTC: minutes and
 * hours carry, a day steps to the next or previous day by the month's length as if the day were
 * valid, and the day is a 5-bit field: April 31 + 1 is 32, stored as 0 (March 31). The fields are
 * then counted on as they are (a 31st of April is May 1st).
 */
function toUtcFields(year: number, month: number, day: number, hour: number, minute: number, offset: number) {
  const sign = offset < 0 ? 1 : -1;
  let min = sign * Math.floor((Math.abs(offset) / 60) % 60);
  let hr = sign * Math.floor(Math.abs(offset) / 3600);
  let dayStep = 0;
  if (min) {
    min += minute;
    if (min < 0) {
      min += 60;
      hr -= 1;
    }
    if (min >= 60) {
      min -= 60;
      hr += 1;
    }
    minute = min;
  }
  if (hr) {
    hr += hour;
    if (hr < 0) {
      hr += 24;
      dayStep = -1;
    }
    if (hr >= 24) {
      hr -= 24;
      dayStep = 1;
    }
    hour = hr;
  }
  if (dayStep < 0) {
    if (month === 1 && day === 1) [year, month, day] = [year - 1, 12, 31];
    else if (day === 1) {
      month -= 1;
      day = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
    } else day -= 1;
  } else if (dayStep > 0) {
    if (month === 12 && day === 31) [year, month, day] = [year + 1, 1, 1];
    else if (day === (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) [month, day] = [month + 1, 1];
    else day = (day + 1) & 31;
  }
  return { year, month, day, hour, minute };
}

