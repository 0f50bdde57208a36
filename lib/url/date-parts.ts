// The date placeholders of Jekyll::Drops::UrlDrop (jekyll/drops/url_drop.rb): Time#strftime in the date's own offset.
import type { JekyllTime, LocalFields } from '../time/index.js';
import { commercial, GREGORIAN, yearDay } from '../time/civil.js';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type DatePlaceholder =
  | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'i_day' | 'i_month'
  | 'short_month' | 'long_month' | 'short_year' | 'w_year' | 'week' | 'w_day'
  | 'short_day' | 'long_day' | 'y_day';

/** The date placeholders, in UrlDrop's order. */
export const DATE_PLACEHOLDERS: readonly DatePlaceholder[] = [
  'year', 'month', 'day', 'hour', 'minute', 'second', 'i_day', 'i_month', 'short_month', 'long_month',
  'short_year', 'w_year', 'week', 'w_day', 'short_day', 'long_day', 'y_day',
];

/** Every date placeholder of a URL template for `date`. */
export function dateParts(date: JekyllTime): Record<DatePlaceholder, string> {
  const f = date.local();
  const parts = {} as Record<DatePlaceholder, string>;
  for (const key of DATE_PLACEHOLDERS) parts[key] = datePart(f, key);
  return parts;
}

/** One date placeholder of the wall-clock fields `f` (JekyllTime#local). */
export function datePart(f: LocalFields, key: DatePlaceholder): string {
  switch (key) {
    case 'year': return pad(f.year, 4);
    case 'month': return pad(f.month, 2);
    case 'day': return pad(f.day, 2);
    case 'hour': return pad(f.hour, 2);
    case 'minute': return pad(f.minute, 2);
    case 'second': return pad(f.second, 2);
    case 'i_day': return String(f.day);
    case 'i_month': return String(f.month);
    case 'short_month': return SHORT_MONTHS[f.month - 1]!;
    case 'long_month': return LONG_MONTHS[f.month - 1]!;
    case 'short_year': return pad(((f.year % 100) + 100) % 100, 2);
    case 'w_year': return pad(isoWeek(f.year, f.month, f.day).year, 4);
    case 'week': return pad(isoWeek(f.year, f.month, f.day).week, 2);
    case 'w_day': return String(f.weekday === 0 ? 7 : f.weekday);
    case 'short_day': return SHORT_DAYS[f.weekday]!;
    case 'long_day': return LONG_DAYS[f.weekday]!;
    case 'y_day': return pad(yearDay(f.year, f.month, f.day, GREGORIAN), 3);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO 8601 week-numbering year and week (%G, %V) of a Time's day: the week with the year's first Thursday is week 1. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  return commercial(year, month, day, GREGORIAN);
}
