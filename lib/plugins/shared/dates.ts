// Jekyll's date_to_xmlschema (jekyll/filters/date_filters.rb#time): any date-like
// value becomes a Time shown in the site's zone (`localtime` under ENV['TZ']).
import { isRubyDate } from '../../read/ruby-date.js';
import { JekyllTime, instantFromLocal } from '../../time/index.js';

/** Parse what Ruby's Time.parse accepts in front matter: `2022-05-01`, `2022-05-01 12:00:00 +0000`, ISO 8601. */
export function parseTime(input: string, zone?: string): number | undefined {
  const m =
    /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$/i.exec(
      input,
    );
  if (!m) {
    const ms = Date.parse(input);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const [, y, mo, d, h, mi, s, frac, off] = m;
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const fields = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)] as const;
  if (off === undefined) return instantFromLocal(...fields, zone, millis);
  const asUtc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], millis);
  if (/^(Z|UTC|GMT)$/i.test(off)) return asUtc;
  const sign = off.startsWith('-') ? -1 : 1;
  const digits = off.slice(1).replace(':', '');
  return asUtc - sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2)) * 60) * 1000;
}

/** Any date-like value as a JekyllTime in the site zone, or undefined. */
export function toTime(value: unknown, zone?: string): JekyllTime | undefined {
  // A YAML date is Ruby's Date: Date#to_time is midnight in the local zone.
  if (isRubyDate(value)) {
    const f = value.local();
    return JekyllTime.inZone(instantFromLocal(f.year, f.month, f.day, 0, 0, 0, zone), zone);
  }
  if (value instanceof Date) return JekyllTime.inZone(value.getTime(), zone);
  if (typeof value === 'number') return JekyllTime.inZone(value * 1000, zone);
  if (typeof value === 'string') {
    const ms = parseTime(value, zone);
    return ms === undefined ? undefined : JekyllTime.inZone(ms, zone);
  }
  return undefined;
}

/** `{{ value | date_to_xmlschema }}`: empty for nil or an unparseable value. */
export function dateToXmlSchema(value: unknown, zone?: string): string {
  const t = toTime(value, zone);
  return t ? t.toXmlSchema() : '';
}
