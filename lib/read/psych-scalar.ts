// Plain YAML scalars resolved as Ruby's Psych does (psych/scalar_scanner.rb, ScalarScanner#tokenize).
import { outOfRange, utcInstant } from '../time/time-fields.js';
import { JekyllTime, splitFraction, zoneOffsetAt } from '../time/index.js';
import { RubyDate } from './ruby-date.js';
import { ITALY, validCivil } from '../time/civil.js';

/** Returned by `tokenize` when the scalar stays a string. */
import { RubyFloat } from '../values/ruby-float.js';

export const AS_STRING: unique symbol = Symbol('psych.string');

/**
 * An exception Psych raises while it makes Ruby values (no syntax error): Jekyll reports it as
 * "could not read file" / "Error reading file" with its message (Document#handle_read_error).
 */
export class PsychLoadError extends Error {}

/** A Ruby ArgumentError raised while Psych makes values (Kernel#Float): Jekyll's config reader rescues it. */
export class PsychArgumentError extends PsychLoadError {}

/** Psych::DisallowedClass: safe_load permits only Date and Time (ClassLoader::Restricted#find). */
export class DisallowedClassError extends PsychLoadError {
  constructor(className: string) {
    super(`Tried to load unspecified class: ${className}`);
  }
}

/** A `:sym` scalar, refused by safe_load: it fails the whole document. */
export class DisallowedSymbolError extends DisallowedClassError {
  constructor() {
    super('Symbol');
  }
}

// Ruby's \s is ASCII whitespace; [[:alpha:]] is Unicode alphabetic; ^ is a line start.
// STRINGISH: a RegExp built at run time, not a literal: V8 checks each \p{...} class of a /u literal when it
// parses the file (about 3M instructions each), so a literal costs import('kyll') even unused.
// Made on first use, and only for a scalar with a non-ASCII character: on ASCII text \p{Alphabetic}
// is A-Za-z, and V8 makes (and compiles) a \p{...} class at a cost of milliseconds.
let stringishRe: RegExp | undefined;
export const STRINGISH = (): RegExp => (stringishRe ??= new RegExp(String.raw`^[^0-9.:-]?[\p{Alphabetic}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]+`, 'mu'));
const STRINGISH_ASCII = /^[^0-9.:-]?[A-Za-z_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]+/m;
const CLASS_ASCII = /[A-Za-z_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]/;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Whether STRINGISH's class surely holds code point `cp`: its ASCII members, and the CJK letters
 * (ideographs, kana, Hangul syllables: all \p{Alphabetic}) that non-English front matter starts
 * with. False means "maybe not".
 */
export function surelyStringishChar(cp: number): boolean {
  if (cp < 0x80) return CLASS_ASCII.test(String.fromCharCode(cp));
  return (cp >= 0x4e00 && cp <= 0x9fef) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0xac00 && cp <= 0xd7a3);
}

/** STRINGISH.test(s); when a class member surely opens the text (`^[^0-9.:-]?` then one), without it. */
export function stringish(s: string): boolean {
  if (!NON_ASCII.test(s)) return STRINGISH_ASCII.test(s);
  const first = s.codePointAt(0)!;
  if (surelyStringishChar(first)) return true;
  const second = s.codePointAt(first > 0xffff ? 2 : 1);
  if (second !== undefined && !/[0-9.:-]/.test(String.fromCodePoint(first)) && surelyStringishChar(second)) return true;
  return STRINGISH().test(s);
}
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t\n\v\f\r]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:[ \t\n\v\f\r]*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/m;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/m;
const FLOAT = /^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$/m;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/m;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/m;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/m;

/**
 * The Ruby value of a plain scalar, or AS_STRING. `zone` is the zone that
 * offset-less timestamps are shown in (Ruby's Time.at under ENV['TZ']).
 */
export function tokenize(s: string, zone?: string): unknown {
  if (s === '') return null;
  // A first character that is an ASCII letter is STRINGISH's match already.
  const c = s.charCodeAt(0) | 0x20;
  if ((c >= 0x61 && c <= 0x7a) || stringish(s) || s.includes('\n')) {
    if (moreCodePointsThan(s, 5)) return AS_STRING;
    if (/^[^ytonf~]/i.test(s)) return AS_STRING;
    if (s === '~' || /^null$/i.test(s)) return null;
    if (/^(yes|true|on)$/i.test(s)) return true;
    if (/^(no|false|off)$/i.test(s)) return false;
    return AS_STRING;
  }
  if (TIME.test(s)) return parseTime(s, zone) ?? AS_STRING;
  if (DATE.test(s)) return parseDate(s) ?? AS_STRING;
  if (/^\+?\.inf$/i.test(s)) return Infinity;
  if (/^-\.inf$/i.test(s)) return -Infinity;
  if (/^\.nan$/i.test(s)) return NaN;
  if (/^:./m.test(s)) throw new DisallowedSymbolError();
  if (SEXAGESIMAL_INT.test(s)) return sexagesimal(s, (n) => rubyToI(n));
  if (SEXAGESIMAL_FLOAT.test(s)) return asFloat(sexagesimal(s, (n) => rubyToF(n)));
  if (FLOAT.test(s)) {
    if (/^[-+]?\.$/.test(s)) return AS_STRING;
    return asFloat(Number(s.replace(/[,_]|\.([Ee]|$)/g, '$1')));
  }
  if (INTEGER.test(s)) return parseInteger(s);
  return AS_STRING;
}

// A whole-number Float (`3.0`) would print as `3` from a JavaScript number: keep it a Float.
function asFloat(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

// Psych weighs each part by 60 ** (index - 2).abs, so `1:30` is 5400, not 90.
function sexagesimal(s: string, num: (part: string) => number): number {
  return s.split(':').reduce((sum, part, i) => sum + num(part) * 60 ** Math.abs(i - 2), 0);
}

/** Ruby's String#to_i: leading sign and digits, underscores between digits allowed. */
function rubyToI(part: string): number {
  const m = /^[-+]?\d[\d_]*/.exec(part);
  return m ? Number(m[0].replace(/_/g, '')) : 0;
}

/** Ruby's String#to_f. */
function rubyToF(part: string): number {
  const m = /^[-+]?\d[\d_]*(?:\.\d+)?/.exec(part);
  return m ? Number(m[0].replace(/_/g, '')) : 0;
}

/**
 * Ruby's Integer(str) after Psych drops `,` and `_`: 0b binary, 0 octal, 0x hex. An Integer
 * beyond 2**53 (a Google+ id in _data) is a BigInt, so it prints with all its digits.
 */
export function parseInteger(s: string): number | bigint {
  const t = s.replace(/[,_]/g, '');
  const m = /^([-+]?)(0b|0x|0(?=\d))?(.*)$/i.exec(t)!;
  const sign = m[1] === '-' ? -1 : 1;
  const prefix = (m[2] ?? '').toLowerCase();
  const radix = prefix === '0b' ? 2 : prefix === '0x' ? 16 : prefix === '0' ? 8 : 10;
  const n = sign * parseInt(m[3]!, radix);
  if (Number.isSafeInteger(n) || !/^[0-9a-f]+$/i.test(m[3]!)) return n;
  const big = BigInt(`${radix === 2 ? '0b' : radix === 8 ? '0o' : radix === 16 ? '0x' : ''}${m[3]}`);
  return sign < 0 ? -big : big;
}

/** Date.strptime(s, '%Y-%m-%d'): a day that Date::ITALY's calendar lacks stays a string (1582-10-10; 1500-02-29 exists). */
function parseDate(s: string): RubyDate | undefined {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (!validCivil(y, m, d, ITALY)) return undefined;
  return new RubyDate(y, m, d);
}

// The shape nearly every front matter timestamp has (`2022-02-11 22:22:45 +0800`), read in one match.
const COMMON_TIME = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d\d)(\d\d)$/;

/** ScalarScanner#parse_time: `Z` → a UTC Time, an offset → that offset, none → the local zone. */
function parseTime(s: string, zone?: string): JekyllTime | undefined {
  const c = COMMON_TIME.exec(s);
  if (c) return timeAt(+c[1]!, +c[2]!, +c[3]!, +c[4]!, +c[5]!, +c[6]!, 0, c[7]!, c[8]!);
  const [date, time] = splitOnce(s, /[ tT]/);
  const dm = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(date)!;
  const [yy, mo, dd] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  // TIME takes a tab between the date and the time, `split(/[ tT]/, 2)` does not: with no other
  // blank there is no time part (nil.match), else one with no time in it (md nil, md[1])
  if (time === undefined) throw new PsychLoadError(NO_TIME_PART);
  const md = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(time);
  if (!md) throw new PsychLoadError(NO_TIME_MATCH);
  const [hh, mi, ss] = md[1]!.split(':').map(Number) as [number, number, number];
  // Psych's `us` is a Rational: the time keeps every digit to the nanosecond.
  const [ms, sub] = splitFraction(md[2]);
  if (md[3] === 'Z') return timeAt(yy, mo, dd, hh, mi, ss, ms, 'Z')?.withSubMillisecondNanos(sub);
  // Psych's Time.at: a local time, whose %Z is the zone's abbreviation
  if (!md[3]) return timeAt(yy, mo, dd, hh, mi, ss, ms, undefined, undefined, zone)?.withSubMillisecondNanos(sub);
  const tz = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(md[3]);
  return tz ? timeAt(yy, mo, dd, hh, mi, ss, ms, tz[1]!, tz[2])?.withSubMillisecondNanos(sub) : undefined;
}

/** The Time of these fields: `hours` `Z` for UTC, an offset's hours (and `minutes`), or undefined for the local `zone`. */
function timeAt(yy: number, mo: number, dd: number, hh: number, mi: number, ss: number, ms: number, hours?: string, minutes?: string, zone?: string): JekyllTime | undefined {
  // Time.utc rejects out-of-range fields (ArgumentError → the scalar stays a string).
  if (outOfRange(mo, dd, hh, mi, ss)) return undefined;
  const instant = utcInstant(yy, mo - 1, dd, hh, mi, ss, ms);
  if (hours === 'Z') return new JekyllTime(instant, 0, true);
  if (hours === undefined) return JekyllTime.inZone(instant, zone);
  const h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  // Ruby compares the hour part only: `-00:30` ends up as +00:30, as in Psych.
  const offset = h * 3600 + (h < 0 ? -m : m) * 60;
  if (Math.abs(offset) >= 86400) return undefined;
  return new JekyllTime(instant - offset * 1000, offset);
}

function splitOnce(s: string, sep: RegExp): [string, string | undefined] {
  const m = sep.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + 1)] : [s, undefined];
}

// Ruby 3.1's NoMethodError messages (error_highlight's snippet of Psych 4's scalar_scanner.rb) when
// ScalarScanner#parse_time meets a date and a time parted by a tab
const NO_TIME_PART = "undefined method `match' for nil:NilClass\n\n      md = time.match(/(\\d+:\\d+:\\d+)(?:\\.(\\d*))?\\s*(Z|[-+]\\d+(:\\d\\d)?)?/)\n               ^^^^^^";
const NO_TIME_MATCH = "undefined method `[]' for nil:NilClass\n\n      (hh, mm, ss) = md[1].split(':').map { |x| x.to_i }\n                       ^^^";

/** `[...s].length > n` without making the array: a code point is one or two UTF-16 units. */
function moreCodePointsThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  if (s.length > 2 * n) return true;
  let count = 0;
  for (const _ of s) if (++count > n) return true;
  return false;
}
