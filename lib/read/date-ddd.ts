// Date._parse's last resorts for runs of digits (ext/date/date_parse.c): parse_ddd, tried when
// no other date form matched (`20230501 0830`, `230501`, `0501`, `123`), and parse_frag, which
// reads a lone 1-2 digit number left over as the day (a time was found) or the hour (a date was).

/** What Date._parse found; the zone as written (Time.zone_offset reads it once the year is known). */
import { splitFraction } from '../time/index.js';
import { forRubyText } from '../values/ruby-regexp.js';
export interface DateFields {
  year?: number;
  yday?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millis?: number;
  /** Nanoseconds of the fraction beyond its milliseconds. */
  subNanos?: number;
  zone?: string;
}

/** The fields parse_ddd sets; `comp` false when the year must not be completed (4 digits or signed). */
export interface DddFields extends DateFields {
  comp: boolean;
}

// parse_ddd's pattern (case-insensitive): sign, 2-14 digits, then `t`, 2-6 digits and a fraction,
// then a zone (`z`, ±1-4 digits, or `[...]`).
const DDD_RE = /([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i;

/** The digits of `s` from `from`, `width` of them, as a number (date_parse.c's n2i). */
function n2i(s: string, from: number, width: number): number {
  return Number(s.slice(from, from + width));
}

/**
 * parse_ddd_cb: the first digit run of `s` read by its length, as yymmdd, yyyymmddhhmmss, yyddd
 * (day of year) and so on; with a fraction and no second group, the run is read from its end as
 * ...hhmmss instead. Undefined when `s` has no run of 2 digits; `index`/`length` are the match.
 */
export function parseDdd(s: string, nonAscii = false): { fields: DddFields; index: number; length: number } | undefined {
  const m = forRubyText(DDD_RE, nonAscii).exec(s);
  if (!m) return undefined;
  const [, sign, digits, second, frac, zone] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
  const f: DddFields = { comp: true };
  const l2 = digits.length;
  const fromEnd = second === undefined && frac !== undefined;
  const year = (from: number, width: number): number => (sign === '-' ? -1 : 1) * n2i(digits, from, width);
  // The seconds, minutes, hours... of the run's last digits (the `fromEnd` reading).
  const tail = (fields: readonly ('second' | 'minute' | 'hour' | 'day' | 'month')[], firstWidth = 2): void => {
    fields.forEach((name, i) => {
      const width = i === fields.length - 1 ? firstWidth : 2;
      f[name] = n2i(digits, l2 - 2 * i - width, width);
    });
  };
  switch (l2) {
    case 2:
      if (fromEnd) f.second = n2i(digits, 0, 2);
      else f.day = n2i(digits, 0, 2);
      break;
    case 4:
      if (fromEnd) tail(['second', 'minute']);
      else [f.month, f.day] = [n2i(digits, 0, 2), n2i(digits, 2, 2)];
      break;
    case 6:
      if (fromEnd) tail(['second', 'minute', 'hour']);
      else [f.year, f.month, f.day] = [year(0, 2), n2i(digits, 2, 2), n2i(digits, 4, 2)];
      break;
    case 8:
    case 10:
    case 12:
    case 14:
      if (fromEnd) {
        tail((['second', 'minute', 'hour', 'day', 'month'] as const).slice(0, Math.min(5, l2 / 2)));
        if (l2 === 12) f.year = year(0, 2);
        if (l2 === 14) (f.year = year(0, 4)), (f.comp = false);
      } else {
        [f.year, f.month, f.day] = [year(0, 4), n2i(digits, 4, 2), n2i(digits, 6, 2)];
        if (l2 >= 10) f.hour = n2i(digits, 8, 2);
        if (l2 >= 12) f.minute = n2i(digits, 10, 2);
        if (l2 >= 14) f.second = n2i(digits, 12, 2);
        f.comp = false;
      }
      break;
    case 3:
      if (fromEnd) tail(['second', 'minute'], 1);
      else f.yday = n2i(digits, 0, 3);
      break;
    case 5:
      if (fromEnd) tail(['second', 'minute', 'hour'], 1);
      else [f.year, f.yday] = [year(0, 2), n2i(digits, 2, 3)];
      break;
    case 7:
      if (fromEnd) tail(['second', 'minute', 'hour', 'day'], 1);
      else [f.year, f.yday] = [year(0, 4), n2i(digits, 4, 3)];
      break;
    // 9, 11 and 13 digits set nothing
  }
  if (second !== undefined && [2, 4, 6].includes(second.length)) {
    const l3 = second.length;
    if (frac !== undefined) {
      f.second = n2i(second, l3 - 2, 2);
      if (l3 >= 4) f.minute = n2i(second, l3 - 4, 2);
      if (l3 >= 6) f.hour = n2i(second, 0, 2);
    } else {
      f.hour = n2i(second, 0, 2);
      if (l3 >= 4) f.minute = n2i(second, 2, 2);
      if (l3 >= 6) f.second = n2i(second, 4, 2);
    }
  }
  if (frac !== undefined) [f.millis, f.subNanos] = splitFraction(frac);
  // `[-5:EST]` names the zone after its colon; Time.parse reads only that name.
  if (zone !== undefined) f.zone = zone.startsWith('[') ? zone.slice(1, -1).replace(/^[^:]*:/, '') : zone;
  return { fields: f, index: m.index, length: m[0].length };
}

/**
 * parse_frag_cb: when what is left of the text is a lone 1-2 digit number, it is the day of a
 * time without one (1-31), or the hour of a date without one (0-24).
 */
export function parseFrag(rest: string, f: { day?: number; hour?: number }): void {
  const m = /^\s*(\d{1,2})\s*$/.exec(rest);
  if (!m) return;
  const n = Number(m[1]);
  if (f.hour !== undefined && f.day === undefined && n >= 1 && n <= 31) f.day = n;
  if (f.day !== undefined && f.hour === undefined && n <= 24) f.hour = n;
}
