// Utils.parse_date(value.to_s) (jekyll/utils.rb, as Document#merge_date! calls it) without
// writing the text and parsing it back, for the values whose text Time.parse reads back
// exactly: what front matter and file names hold nearly always.
import { JekyllTime, instantFromLocal } from '../time/index.js';
import { outOfRange } from '../time/time-fields.js';
import { RubyDate } from './ruby-date.js';

const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The time parseRubyTime(rubyToS(value), zone) gives, or undefined when it takes
 * the full parse. A Time whose to_s keeps the whole instant (whole seconds, an
 * offset of whole minutes, a four-digit year) is that instant in the site zone; a
 * Date or a `YYYY-MM-DD` string (a valid one, year 1000 to 9999) is local midnight.
 */
export function quickParseDate(value: unknown, zone?: string): JekyllTime | undefined {
  if (value instanceof RubyDate) {
    const f = value.local();
    return f.year >= 1000 && f.year <= 9999 ? midnight(f.year, f.month, f.day, zone) : undefined;
  }
  if (value instanceof JekyllTime) {
    const ms = value.getTime();
    const offset = value.utcOffset;
    if (ms % 1000 !== 0 || offset % 60 !== 0 || Math.abs(offset) >= 86400) return undefined;
    const year = new Date(ms + offset * 1000).getUTCFullYear();
    return year >= 1000 && year <= 9999 ? JekyllTime.inZone(ms, zone) : undefined;
  }
  if (typeof value === 'string') {
    const m = YMD.exec(value);
    if (!m || m[1]! < '1000') return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Time.make_time's checks; Date.UTC rolls `02-30` over as the full parse does.
    return outOfRange(month, day, 0, 0, 0) ? undefined : midnight(year, month, day, zone);
  }
  return undefined;
}

function midnight(year: number, month: number, day: number, zone: string | undefined): JekyllTime {
  return JekyllTime.inZone(instantFromLocal(year, month, day, 0, 0, 0, zone), zone);
}
