// Utils.parse_date (jekyll/utils.rb): Time.parse(input).localtime, with ENV['TZ'] = the site zone.
// Ruby's Time.parse rests on Date._parse; this covers the forms dates take in front matter and file names.
import { KyllError, type ErrorPlace } from '../errors/index.js';
import { JekyllTime, type LocalFields, instantFromLocal, splitFraction, zoneAbbreviation, zoneOffsetAt } from '../time/index.js';
import { applyOffset, outOfRange, utcInstant } from '../time/time-fields.js';
import { finishYear, parseDateForms, takeWeekDay, type DateParsing as Parsed } from './date-parse.js';
import { forRubyText, rubyUnicodeRegExp } from '../values/ruby-regexp.js';

// Time::ZoneOffset (time.rb), military letters included: the only abbreviations Time.zone_offset
// knows besides the local zone's own (JST under Asia/Tokyo); others (GMT+8, EET...) mean local time.
const ZONES: Record<string, number> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

// Date._parse (date_parse.c): characters outside these become spaces first, so `(PST)` is a zone.
// Built at run time: V8 checks a /u literal's \p{...} classes as it parses the file (test/bundle).
// Made on first use, and only for text with a non-ASCII character: on ASCII text \p{Alphabetic} is
// A-Za-z and \p{Nd} is 0-9 (NOISE_ASCII, TIME_ASCII), and V8 makes a \p{...} class at a cost of milliseconds.
let noiseRe: RegExp | undefined;
// Ruby's [[:alnum:]] is Alphabetic or a decimal digit (`²` and `①` become spaces, `Ⅻ` stays).
export const NOISE_RE = (): RegExp => (noiseRe ??= new RegExp(String.raw`[^-+',./:@\p{Alphabetic}\p{Nd}[\]]+`, 'gu'));
export const NOISE_ASCII = /[^-+',./:@A-Za-z0-9[\]]+/g;
const NON_ASCII = /[^\0-\x7f]/;
// parse_time: the first `h:m[:s[.frac]]` (any digit counts, spaces around the colons) or an hour
// with am/pm; the zone is the token right after it: [gmt|utc]±digits, `... standard time`, or a word.
// An hour written with `h` (`1h30m`, `PT0H10M`) is read again by parse_time2's anchored pattern
// (HOUR_TIME_RE), which takes no space before the `h`: `3 h 30m` is 3 o'clock.
// On non-ASCII text [[:alpha:]] is Alphabetic and \b is Onigmo's (`10am中` has no am).
let timeRe: RegExp | undefined;
export const TIME_RE = (): RegExp =>
  (timeRe ??= rubyUnicodeRegExp(
    String.raw`(?:(\d+)\s*:\s*(\d+)(?:\s*:\s*(\d+)(?:[,.](\d*))?)?(?:\s*([ap])(?:m\b|\.m\.))?|(\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?(?:\s*[ap](?:m\b|\.m\.))?)|(\d+)\s*([ap])(?:m\b|\.m\.))(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[\p{Alphabetic}.\s]+(?:standard|daylight)\stime\b|\p{Alphabetic}+(?:\sdst)?\b))?`,
    'iu',
  ));
export const TIME_ASCII =
  /(?:(\d+)\s*:\s*(\d+)(?:\s*:\s*(\d+)(?:[,.](\d*))?)?(?:\s*([ap])(?:m\b|\.m\.))?|(\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?(?:\s*[ap](?:m\b|\.m\.))?)|(\d+)\s*([ap])(?:m\b|\.m\.))(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[A-Za-z.\s]+(?:standard|daylight)\stime\b|[A-Za-z]+(?:\sdst)?(?![A-Za-z0-9])))?/i;
const HOUR_TIME_RE = /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Why a date string could not be read (Ruby's ArgumentError message), or the parsed fields. */
function parseFields(input: string): Parsed | string {
  // Date._parse's `limit:` (date_core.c check_limit, 128 by default): longer text is refused
  // whole, counted in bytes (an array's inspect string is never a date).
  const bytes = input.length > 42 ? Buffer.byteLength(input) : input.length;
  if (bytes > 128) return `string length (${bytes}) exceeds the limit 128`;
  let s = input.trim();
  const out: Parsed = {};
  // Date._parse_iso2-like compact form: 20200319T123000, 20200319T1230+0800.
  const compact = COMPACT_RE.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec, frac, z] = compact;
    Object.assign(out, { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(sec ?? 0) });
    [out.millis, out.subNanos] = splitFraction(frac);
    if (z) out.zone = z;
    return out;
  }
  const ascii = !NON_ASCII.test(s);
  s = takeWeekDay(s.replace(ascii ? NOISE_ASCII : NOISE_RE(), ' '));
  const time = (ascii ? TIME_ASCII : TIME_RE()).exec(s);
  if (time) {
    const [, h, mi, sec, frac, ampm, hourText, bareHour, bareAmpm, zone] = time;
    const [, hh, hMin, hSec, hAmpm] = hourText === undefined ? [] : forRubyText(HOUR_TIME_RE, !ascii).exec(hourText)!;
    out.hour = Number(h ?? hh ?? bareHour);
    out.minute = Number(mi ?? hMin ?? 0);
    out.second = Number(sec ?? hSec ?? 0);
    [out.millis, out.subNanos] = splitFraction(frac);
    const half = ampm ?? hAmpm ?? bareAmpm;
    if (half) out.hour = (out.hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    if (zone) out.zone = zone;
    s = `${s.slice(0, time.index)} ${s.slice(time.index + time[0].length)}`;
  }
  parseDateForms(s, out);
  finishYear(out);
  // Time.make_time: nothing read at all.
  if (Object.keys(out).every((k) => k === 'zone' || k === 'week')) return `no time information in ${JSON.stringify(input)}`;
  return out;
}

/**
 * Time.zone_offset (time.rb), in seconds: ±HH:MM, ±HHMM (and seconds), ±HH, a ZoneOffset name,
 * or the abbreviation `zone` shows on January 1 or July 1 of `year`; else undefined (local time).
 */
function zoneOffset(name: string, year: number, zone?: string): number | undefined {
  const upper = name.toUpperCase();
  const m = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(upper);
  if (m) return (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[4])) * 60 + Number(m[5] ?? 0));
  if (/^[+-]\d\d$/.test(upper)) return Number(upper) * 3600;
  if (ZONES[upper] !== undefined) return ZONES[upper]! * 3600;
  for (const month of [1, 7]) {
    const ms = instantFromLocal(year, month, 1, 0, 0, 0, zone);
    if (zoneAbbreviation(ms, zone).toUpperCase() === upper) return zoneOffsetAt(ms, zone);
  }
  return undefined;
}

/**
 * Ruby's Time.parse(input) with ENV['TZ'] = `zone` (the process zone when
 * undefined): without an offset the text is a wall-clock time in `zone`
 * (missing date parts come from `now`); with one, the time keeps it
 * (force_zone!: UTC for `Z`/`UTC`/`-0000`, the zone itself when it has that offset then).
 * Returns the Ruby error message when the text is not a date. `onNow` is told
 * when `now` was consulted (the result depends on the clock).
 */
export function timeParse(input: string, zone?: string, now?: JekyllTime, onNow?: () => void): JekyllTime | string {
  const p = parseFields(input);
  if (typeof p === 'string') return p;
  // Time.make_time: `now` as a local time (or in the offset given) fills what is missing.
  let taken: number | undefined;
  const nowMs = (): number => {
    onNow?.();
    return (taken ??= now?.getTime() ?? Date.now());
  };
  const nowYear = (): number => JekyllTime.inZone(nowMs(), zone).local().year;
  // A year past a Date's range (Ruby's Time has none): counted 400 years at a time (JekyllTime#cycles).
  const cycles = p.year === undefined ? 0 : p.year > FAR ? Math.floor((p.year - FAR) / 400) : p.year < -FAR ? -Math.floor((-FAR - p.year) / 400) : 0;
  const offset = p.zone === undefined ? undefined : zoneOffset(p.zone, p.year === undefined ? nowYear() : p.year - cycles * 400, zone);
  const today = (): LocalFields => (offset === undefined ? JekyllTime.inZone(nowMs(), zone) : new JekyllTime(nowMs(), offset)).local();
  let { year, month, day, hour, minute, second } = p;
  if (year !== undefined) year -= cycles * 400;
  if (p.yday !== undefined) {
    // A day of the year, counted from January 1 of the year (this year if none).
    if (p.yday < 1 || p.yday > 366) return `yday ${p.yday} out of range`;
    const date = new Date(0);
    date.setUTCFullYear((year ??= today().year), 0, p.yday);
    if (date.getUTCFullYear() !== year) return `yday ${p.yday} out of range`;
    [month, day] = [date.getUTCMonth() + 1, date.getUTCDate()];
  }
  if (year === undefined) {
    // The fields before the first one given come from now: `05` is this month's 5th, `10:00` today's.
    const t = today();
    const given = [month, day, hour, minute, second].findIndex((v) => v !== undefined);
    year = t.year;
    if (given > 0) month ??= t.month;
    if (given > 1) day ??= t.day;
    if (given > 2) hour ??= t.hour;
    if (given > 3) minute ??= t.minute;
  }
  // Time.make_time's now.getlocal(off) (and force_zone!'s localtime): an offset of a day or more
  // (`+2400`, `+24`, `-23:60`) is Ruby's ArgumentError, before the fields are checked.
  if (offset !== undefined && Math.abs(offset) >= 86400) return 'utc_offset out of range';
  [month, day, hour, minute, second] = [month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0];
  const millis = p.millis ?? 0;
  // Time.make_time: with an offset, the fields are first moved to UTC (apply_offset), then checked by Time.utc.
  if (offset !== undefined) [year, month, day, hour, minute, second] = applyOffset(year, month, day, hour, minute, second, offset);
  const invalid = outOfRange(month, day, hour, minute, second);
  if (invalid) return invalid;
  const sub = p.subNanos ?? 0;
  if (offset === undefined) return JekyllTime.inZone(instantFromLocal(year, month, day, hour, minute, second, zone, millis), zone).withSubMillisecondNanos(sub).withCycles(cycles);
  const ms = utcInstant(year, month - 1, day, hour, minute, second, millis);
  // force_zone!: Time.zone_utc? (Z, UTC, UT, -0000, -00:00, -00) shows UTC.
  if (/^(?:-00:00|-0000|-00|utc|z|ut)$/i.test(p.zone!)) return new JekyllTime(ms, 0, true).withSubMillisecondNanos(sub).withCycles(cycles);
  const local = JekyllTime.inZone(ms, zone);
  return (local.utcOffset === offset ? local : new JekyllTime(ms, offset)).withSubMillisecondNanos(sub).withCycles(cycles);
}

// Years beyond ±FAR are read 400 years at a time (a Date reaches ±275,760).
const FAR = 100_000;

/** Time.parse(input).localtime: the instant, shown in `zone`. */
export function parseRubyTime(input: string, zone?: string, now?: JekyllTime, onNow?: () => void): JekyllTime | string {
  const t = timeParse(input, zone, now, onNow);
  return typeof t === 'string' ? t : JekyllTime.inZone(t.getTime(), zone).withSubMillisecondNanos(t.subMillisecondNanos).withCycles(t.cycles);
}

/** Utils.parse_date: as parseRubyTime, but an unreadable date is Jekyll's InvalidDateError. */
export function parseDate(input: string, message: string, zone?: string, place: ErrorPlace = {}, now?: JekyllTime): JekyllTime {
  const parsed = parseRubyTime(input, zone, now);
  if (typeof parsed === 'string') throw invalidDateError(input, message, place);
  return parsed;
}

/** Jekyll's Errors::InvalidDateError for `input`. */
export function invalidDateError(input: string, message: string, place: ErrorPlace): KyllError {
  return new KyllError('INVALID_DATE', `Invalid date '${input}': ${message}`, place, {
    hint: 'Write dates as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +/-TTTT.',
  });
}
