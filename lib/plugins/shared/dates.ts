// Jekyll's date_to_xmlschema as the plugin templates apply it: the Liquid date
// filters' own reading of a value (DateFilters#time), shared rather than copied.
import { jekyllTime } from '../../liquid/ruby/to-date.js';
import { JekyllTime } from '../../time/index.js';

/** Any date-like value as a JekyllTime in the site zone, or undefined. */
export function toTime(value: unknown, zone?: string): JekyllTime | undefined {
  // Plugins read dates from front matter and site.time; `now` in a value is the clock.
  return jekyllTime(value, { zone, now: () => JekyllTime.inZone(Date.now(), zone) }) ?? undefined;
}

/** `{{ value | date_to_xmlschema }}`: empty for nil or an unparseable value. */
export function dateToXmlSchema(value: unknown, zone?: string): string {
  const t = toTime(value, zone);
  return t ? t.toXmlSchema() : '';
}
