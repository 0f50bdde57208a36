// Liquid's `date` (Ruby strftime in the time's own offset) and Jekyll's date filters
// (jekyll/filters/date_filters.rb), which show the time in the site zone (#time: localtime).
import type { JekyllEnv } from '../env.js';
import { LiquidFailure } from '../errors.js';
import { strftime } from '../ruby/strftime.js';
import { jekyllTime, toDate } from '../ruby/to-date.js';
import { rubyInspect, rubyObjectToS, rubyToS } from '../ruby/to-s.js';
import type { JekyllTime } from '../../time/index.js';
import { isRubyDate } from '../../read/ruby-date.js';
import { RubyDateTime } from '../../read/ruby-datetime.js';

/** What `%Z` prints: the zone abbreviation of a local time, '' for a fixed-offset one (JekyllTime#zoneName). */
export function zoneName(t: JekyllTime, zone?: string): string {
  if (t.utcOffset === 0 && (!zone || zone === 'UTC' || zone === 'Etc/UTC') && t.zoneName === '') return 'UTC';
  return t.zoneName;
}

function ordinal(n: number): string {
  if (n >= 11 && n <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

export function dateFilters(env: JekyllEnv): Record<string, (...args: never[]) => unknown> {
  // DateFilters#time: anything Liquid can read as a date, in the site zone
  const time = (input: unknown): JekyllTime => {
    const t = jekyllTime(input, env.date);
    if (!t) throw new LiquidFailure('plain', `Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`, 'INVALID_DATE');
    return t;
  };
  // `date.to_s.empty?`: a time is never blank (Time#to_s is never empty), an array is not
  // either (its to_s is its inspect, `[]`: then `time` fails on it)
  const blank = (v: unknown): boolean => !(v instanceof Date) && rubyObjectToS(v) === '';
  const stringify = (date: unknown, month: string, type?: unknown, style?: unknown): unknown => {
    if (blank(date)) return date;
    const t = time(date);
    if (type === 'ordinal') {
      const day = t.local().day;
      const ord = `${day}${ordinal(day)}`;
      return style === 'US' ? strftime(t, `${month} ${ord}, %Y`) : strftime(t, `${ord} ${month} %Y`);
    }
    return strftime(t, `%d ${month} %Y`);
  };
  return {
    // StandardFilters#date: empty format or unreadable input gives the input back
    date(input: unknown, format?: unknown) {
      const f = format === null || format === undefined ? '' : rubyToS(format);
      if (f === '') return input;
      const t = toDate(input, env.date);
      if (!t) return input;
      // Liquid hands a Date to Date#strftime itself, whose %Z is the offset (`+00:00`);
      // the zone's name is looked up only for a format that can print it
      if (!f.includes('Z')) return strftime(t, f);
      // (DateTime#strftime's too)
      return strftime(t, f, isRubyDate(input) || input instanceof RubyDateTime ? t.offsetString(true) : zoneName(t, env.zone));
    },
    date_to_xmlschema: (date: unknown) => (blank(date) ? date : time(date).toXmlSchema()),
    date_to_rfc822: (date: unknown) => (blank(date) ? date : strftime(time(date), '%a, %d %b %Y %H:%M:%S %z')),
    date_to_string: (date: unknown, type?: unknown, style?: unknown) => stringify(date, '%b', type, style),
    date_to_long_string: (date: unknown, type?: unknown, style?: unknown) => stringify(date, '%B', type, style),
  };
}
