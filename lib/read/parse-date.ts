// Utils.parse_date (jekyll/utils.rb): Time.parse(input).localtime, with ENV['TZ'] = the site zone.
// Ruby's Time.parse rests on Date._parse; this covers the forms dates take in front matter and file names.
import { KyllError, type ErrorPlace } from '../errors/index.js';
import { JekyllTime, instantFromLocal } from '../time/index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Time::ZoneOffset (time.rb): the only abbreviations Time.parse honours; others (JST...) mean local time.
const ZONES: Record<string, number> = {
  utc: 0, ut: 0, gmt: 0, z: 0,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
};

const TIME_RE = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([ap])\.?m\.?\b)?/i;
const ZONE_RE = /(?:^|[\s\d])(z|[a-z]{1,4}t|utc|gmt|ut)\b|([+-])(\d{1,2})(?::?(\d{2}))?\s*$/i;

interface Parsed {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millis?: number;
  offset?: number; // seconds east of UTC
}

/** Why a date string could not be read (Ruby's ArgumentError message), or the parsed fields. */
function parseFields(input: string): Parsed | string {
  let s = input.trim();
  const out: Parsed = {};
  const time = TIME_RE.exec(s);
  if (time) {
    out.hour = Number(time[1]);
    out.minute = Number(time[2]);
    out.second = time[3] ? Number(time[3]) : 0;
    out.millis = time[4] ? Math.floor(Number(`0.${time[4]}`) * 1000) : 0;
    if (time[5]) out.hour = (out.hour % 12) + (time[5].toLowerCase() === 'p' ? 12 : 0);
    const rest = s.slice(time.index + time[0].length);
    const zone = ZONE_RE.exec(rest);
    if (zone) {
      if (zone[1]) {
        const hours = ZONES[zone[1].toLowerCase()];
        if (hours !== undefined) out.offset = hours * 3600;
      } else {
        const sign = zone[2] === '-' ? -1 : 1;
        out.offset = sign * (Number(zone[3]) * 3600 + Number(zone[4] ?? 0) * 60);
      }
    }
    s = `${s.slice(0, time.index)} ${rest}`;
  }
  let m: RegExpExecArray | null;
  if ((m = /(?:^|[^\d])(-?\d{2,4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(s)) || (m = /^(\d{4})(\d{2})(\d{2})(?:T|\s|$)/.exec(s))) {
    out.year = fullYear(m[1]!);
    out.month = Number(m[2]);
    out.day = Number(m[3]);
  } else if ((m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(-?\d{2,4})\b/i.exec(s)) && monthOf(m[2]!)) {
    out.day = Number(m[1]);
    out.month = monthOf(m[2]!);
    out.year = fullYear(m[3]!);
  } else if ((m = /\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(-?\d{2,4})\b/i.exec(s)) && monthOf(m[1]!)) {
    out.month = monthOf(m[1]!);
    out.day = Number(m[2]);
    out.year = fullYear(m[3]!);
  } else if ((m = /\b([a-z]{3,})\.?,?\s+(\d{4})\b/i.exec(s)) && monthOf(m[1]!)) {
    out.month = monthOf(m[1]!);
    out.day = 1;
    out.year = Number(m[2]);
  } else if (/^\s*\d{1,4}\s*$/.test(s)) {
    return 'argument out of range';
  } else if (!time) {
    return `no time information in ${JSON.stringify(input)}`;
  }
  return out;
}

function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (i === -1) return undefined;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i]!;
  return full.startsWith(name.toLowerCase()) || name.length === 3 ? i + 1 : undefined;
}

// Date._parse's completion: a two-digit year is 19xx from 69, else 20xx.
function fullYear(text: string): number {
  const n = Number(text);
  if (/^-?\d{2}$/.test(text) && n >= 0) return n >= 69 ? 1900 + n : 2000 + n;
  return n;
}

/**
 * Time.parse(input).localtime: the instant, shown in `zone` (the site time
 * zone; the process zone when undefined). Without an offset the text is a
 * wall-clock time in `zone`; missing date parts come from `now`.
 * Returns the Ruby error message when the text is not a date.
 */
export function parseRubyTime(input: string, zone?: string, now?: JekyllTime): JekyllTime | string {
  const p = parseFields(input);
  if (typeof p === 'string') return p;
  const today = now?.local();
  const year = p.year ?? today?.year ?? new Date().getFullYear();
  const month = p.month ?? (p.year === undefined ? today?.month ?? 1 : 1);
  const day = p.day ?? (p.year === undefined ? today?.day ?? 1 : 1);
  const hour = p.hour ?? 0;
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  // Time.local / Time.new accept days up to 31 (rolling over) and 24:00:00.
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return 'argument out of range';
  const ms =
    p.offset === undefined
      ? instantFromLocal(year, month, day, hour, minute, second, zone, p.millis ?? 0)
      : Date.UTC(year, month - 1, day, hour, minute, second, p.millis ?? 0) - p.offset * 1000;
  return JekyllTime.inZone(ms, zone);
}

/** Utils.parse_date: as parseRubyTime, but an unreadable date is Jekyll's InvalidDateError. */
export function parseDate(input: string, message: string, zone?: string, place: ErrorPlace = {}, now?: JekyllTime): JekyllTime {
  const parsed = parseRubyTime(input, zone, now);
  if (typeof parsed === 'string') {
    throw new KyllError('INVALID_DATE', `Invalid date '${input}': ${message}`, place, {
      hint: 'Write dates as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +/-TTTT.',
    });
  }
  return parsed;
}
