// Jekyll's date_to_xmlschema as the plugin templates apply it: the Liquid date
// filters' own reading of a value (DateFilters#time), shared rather than copied.
import { jekyllTime } from '../../liquid/ruby/to-date.js';
import { JekyllTime } from '../../time/index.js';

/** Any date-like value as a JekyllTime in the site zone, or undefined. */
export function toTime(value: unknown, zone?: string | null): JekyllTime | undefined {
  // Plugins pass config.timezone, null when unset: that is the process zone (undefined) for
  // toLocal, which would otherwise keep a fixed-offset time (`13:13:00+03:00`) as it is.
  const local = typeof zone === 'string' && zone !== '' ? zone : undefined;
  // Plugins read dates from front matter and site.time; `now` in a value is the clock.
  return jekyllTime(value, { zone: local, now: () => JekyllTime.inZone(Date.now(), local) }) ?? undefined;
}

/** `{{ value | date_to_xmlschema }}`: empty for nil or an unparseable value. */
export function dateToXmlSchema(value: unknown, zone?: string | null): string {
  const t = toTime(value, zone);
  return t ? t.toXmlSchema() : '';
}
