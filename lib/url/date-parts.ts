// The date placeholders of Jekyll::Drops::UrlDrop (jekyll/drops/url_drop.rb): Time#strftime in the date's own offset.
import type { JekyllTime } from '../time/index.js';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type DatePlaceholder =
  | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'i_day' | 'i_month'
  | 'short_month' | 'long_month' | 'short_year' | 'w_year' | 'week' | 'w_day'
  | 'short_day' | 'long_day' | 'y_day';

/** Every date placeholder of a URL template for `date`. */
export function dateParts(date: JekyllTime): Record<DatePlaceholder, string> {
  const f = date.local();
  const iso = isoWeek(f.year, f.month, f.day);
  const yday = dayOfYear(f.year, f.month, f.day);
  return {
    year: pad(f.year, 4),
    month: pad(f.month, 2),
    day: pad(f.day, 2),
    hour: pad(f.hour, 2),
    minute: pad(f.minute, 2),
    second: pad(f.second, 2),
    i_day: String(f.day),
    i_month: String(f.month),
    short_month: SHORT_MONTHS[f.month - 1]!,
    long_month: LONG_MONTHS[f.month - 1]!,
    short_year: pad(((f.year % 100) + 100) % 100, 2),
    w_year: String(iso.year),
    week: pad(iso.week, 2),
    w_day: String(f.weekday === 0 ? 7 : f.weekday),
    short_day: SHORT_DAYS[f.weekday]!,
    long_day: LONG_DAYS[f.weekday]!,
    y_day: pad(yday, 3),
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

/** ISO 8601 week-numbering year and week (%G, %V): the week with the year's first Thursday is week 1. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week
  const isoYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(isoYear, 0, 1)) / 86400000 + 1) / 7);
  return { year: isoYear, week };
}
