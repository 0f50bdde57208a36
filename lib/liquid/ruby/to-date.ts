// Liquid::Utils.to_date (liquid/utils.rb) and the common shapes Ruby's Time.parse
// accepts. Times without an offset are read in `zone` (Jekyll sets ENV['TZ'] to the
// site timezone; without one the process zone applies).
import { instantFromLocal, isJekyllTime, JekyllTime } from '../../time/index.js';
import { RubyFloat } from './to-s.js';
import { isRubyDate } from '../../read/ruby-date.js';
import { RubyDateTime } from '../../read/ruby-datetime.js';
import { timeParse } from '../../read/parse-date.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';

export interface DateContext {
  /** The site timezone, or undefined for the process zone. */
  zone?: string;
  /** `now` and `today`: the build time. */
  now: () => JekyllTime;
}

/** Liquid::Utils.to_date: a time, `now`/`today`, epoch seconds, or a parsable string; null otherwise. */
export function toDate(input: unknown, ctx: DateContext): JekyllTime | null {
  // an Integer is epoch seconds (Time.at); a Float is none of to_date's cases
  if (input instanceof RubyFloat) return null;
  if (isJekyllTime(input)) return input;
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : JekyllTime.inZone(input.getTime(), ctx.zone);
  if (typeof input === 'number') return Number.isInteger(input) ? JekyllTime.inZone(input * 1000, ctx.zone) : null;
  if (typeof input !== 'string' || input === '') return null;
  // to_date downcases the text (String#downcase, full Unicode) before it reads it: `İ` becomes
  // `i` and a combining dot (not alphanumeric, so a space to Date._parse), and gains a byte.
  const s = rubyDowncase(input);
  if (s === 'now' || s === 'today') {
    const now = ctx.now();
    return JekyllTime.inZone(now.getTime(), ctx.zone);
  }
  if (/^\d+$/.test(s)) return JekyllTime.inZone(Number(s) * 1000, ctx.zone);
  return parseTime(s, ctx.zone, ctx.now());
}

/**
 * DateFilters#time (jekyll/filters/date_filters.rb): a Date becomes midnight of
 * that day in the site zone (Date#to_time, which takes a Julian date's Gregorian
 * day: 1500-03-01 becomes 1500-03-11), anything else the same instant shown in the
 * zone (Time#localtime); null when the value is not a date.
 */
export function jekyllTime(input: unknown, ctx: DateContext): JekyllTime | null {
  if (isRubyDate(input)) {
    const [year, month, day] = input.gregorian();
    return JekyllTime.inZone(instantFromLocal(year, month, day, 0, 0, 0, ctx.zone), ctx.zone);
  }
  // DateTime#to_time: a Time of its civil fields (a Julian date's as they are) at its offset.
  if (input instanceof RubyDateTime && input.getTime() < REFORM_MS) {
    const f = input.local();
    const utc = new Date(0);
    utc.setUTCFullYear(f.year, f.month - 1, f.day);
    utc.setUTCHours(f.hour, f.minute, f.second, f.millisecond);
    return toLocal(new JekyllTime(utc.getTime() - input.utcOffset * 1000, input.utcOffset), ctx.zone);
  }
  const t = toDate(input, ctx);
  return t ? toLocal(t, ctx.zone) : null;
}

// 1582-10-15 (Date::ITALY), from when a DateTime's fields are the Gregorian ones.
const REFORM_MS = Date.UTC(1582, 9, 15);

/** Ruby's `time.localtime`: the same instant shown in the site zone. */
export function toLocal(t: JekyllTime, zone?: string): JekyllTime {
  // already a local time of that zone (made by inZone): the same offset and name again
  if (!t.isUtc && t.localZone === zone) return t;
  return t.shownIn(zone);
}

/** Time.parse: one reader with front matter dates (lib/read/parse-date.ts); null when it cannot be read. */
export function parseTime(input: string, zone?: string, now?: JekyllTime): JekyllTime | null {
  const t = timeParse(input, zone, now);
  return typeof t === 'string' ? null : t;
}
