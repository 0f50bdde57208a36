// CSV::Converters' `date` and `date_time` (Ruby's csv 3.2): a field that matches CSV::DateMatcher
// or CSV::DateTimeMatcher goes through Date.parse or DateTime.parse; a field those cannot read
// (an invalid day, no month name) stays a String. The matchers admit few shapes, so only the
// parts of Date._parse that they can reach are here: ISO dates and times, and a month's name
// followed by the day and year (parse_us), a weekday before them being ignored.
import { RubyDate } from './ruby-date.js';
import { RubyDateTime } from './ruby-datetime.js';
import { civilToJd, instantOfJd, ITALY, validCivil } from '../time/civil.js';

const DATE_MATCHER = /^(?:(\w+,?\s+)?\w+\s+\d{1,2},?\s+\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const DATE_TIME_MATCHER =
  /^(?:(\w+,?\s+)?\w+\s+\d{1,2}\s+\d{1,2}:\d{1,2}:\d{1,2},?\s+\d{2,4}|\d{4}-\d{2}-\d{2}\s\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?(?:[+-]\d{2}(?::\d{2})|Z)?)?)?)$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// date_parse.c#parse_us: a month's name (its first three letters), the day, then the year.
const US = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*('?-?\d+))?/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
// date_parse.c#parse_time, for the shape DateTimeMatcher lets through: h:m:s between day and year.
const TIME = /(\d{1,2}):(\d{1,2}):(\d{1,2})/;

interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  offset: number;
}

/** CSV::Converters[:date]: a Date, or undefined to keep the field. */
export function csvDate(field: string): RubyDate | undefined {
  if (!DATE_MATCHER.test(field)) return undefined;
  const p = parse(field);
  return p && validCivil(p.year, p.month, p.day, ITALY) ? new RubyDate(p.year, p.month, p.day) : undefined;
}

/** CSV::Converters[:date_time]: a DateTime, or undefined to keep the field. */
export function csvDateTime(field: string): RubyDateTime | undefined {
  if (!DATE_TIME_MATCHER.test(field)) return undefined;
  const p = parse(field);
  if (!p || !validCivil(p.year, p.month, p.day, ITALY) || !validTime(p)) return undefined;
  // DateTime counts days with Date::ITALY (a Julian date before the reform).
  const midnight = instantOfJd(civilToJd(p.year, p.month, p.day, ITALY));
  // A leap second is the 59th; 24:00:00 is the next day's midnight.
  const ms = midnight + ((p.hour * 60 + p.minute) * 60 + Math.min(p.second, 59)) * 1000 - p.offset * 1000 + Math.floor(p.nanos / 1e6);
  return new RubyDateTime(ms, p.offset, p.nanos);
}

// date_core.c#c_valid_time_p: 24:00:00 and a 60th second are valid times.
function validTime(p: Parsed): boolean {
  return p.hour <= 24 && p.minute <= 59 && p.second <= 60 && (p.hour < 24 || (p.minute === 0 && p.second === 0));
}

function parse(field: string): Parsed | undefined {
  const iso = ISO.exec(field);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const offset = !zone || zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
    return { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0), nanos: Number((frac ?? '').slice(0, 9).padEnd(9, '0')), offset };
  }
  // parse_time takes the time out first (it is replaced by a space), then parse_us reads the rest.
  const time = TIME.exec(field);
  const rest = time ? `${field.slice(0, time.index)} ${field.slice(time.index + time[0].length)}` : field;
  const us = US.exec(rest);
  if (!us || us[3] === undefined) return undefined;
  const month = MONTHS.indexOf(us[1]!.toLowerCase()) + 1;
  const day = Number(us[2]!.replace("'", ''));
  return { year: fullYear(us[3]), month, day, hour: Number(time?.[1] ?? 0), minute: Number(time?.[2] ?? 0), second: Number(time?.[3] ?? 0), nanos: 0, offset: 0 };
}

// Date.parse's `comp`: a year of two digits (no apostrophe) is 19xx from 69, else 20xx.
function fullYear(text: string): number {
  const digits = text.replace(/^'/, '');
  const year = Number(digits);
  return !text.startsWith("'") && /^\d{2}$/.test(digits) ? year + (year >= 69 ? 1900 : 2000) : year;
}
