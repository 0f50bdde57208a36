// Jekyll's date_to_xmlschema as the plugin templates apply it: the Liquid date
// filters' own reading of a value (DateFilters#time), shared rather than copied.
import { jekyllTime, type DateContext } from '../../liquid/ruby/to-date.js';
import { JekyllTime } from '../../time/index.js';
import { LiquidFailure } from '../../liquid/errors.js';
import { rubyInspect, rubyObjectToS } from '../../liquid/ruby/to-s.js';

/** Any date-like value as a JekyllTime in the site zone, or undefined. */
export function toTime(value: unknown, zone?: string | null): JekyllTime | undefined {
  // Plugins pass config.timezone, null when unset: that is the process zone (undefined) for
  // toLocal, which would otherwise keep a fixed-offset time (`13:13:00+03:00`) as it is.
  const local = typeof zone === 'string' && zone !== '' ? zone : undefined;
  return jekyllTime(value, dateContext(local)) ?? undefined;
}

// One context per zone, not an object and a closure per date read ({% seo %} reads a date per page).
const contexts = new Map<string | undefined, DateContext>();

function dateContext(zone: string | undefined): DateContext {
  let ctx = contexts.get(zone);
  if (!ctx) {
    // Plugins read dates from front matter and site.time; `now` in a value is the clock.
    ctx = { zone, now: () => JekyllTime.inZone(Date.now(), zone) };
    contexts.set(zone, ctx);
  }
  return ctx;
}

/**
 * `{{ value | date_to_xmlschema }}` (DateFilters#date_to_xmlschema): empty for a value whose `to_s`
 * is (nil, ""); DateFilters#time stops on any other it cannot read as a date ("yesterday", true,
 * a list), as the filter does in the gems' templates and jekyll-seo-tag's Ruby.
 */
export function dateToXmlSchema(value: unknown, zone?: string | null): string {
  if (!(value instanceof Date) && rubyObjectToS(value) === '') return '';
  const t = toTime(value, zone);
  if (!t) throw new LiquidFailure('plain', `Invalid Date: '${rubyInspect(value)}' is not a valid datetime.`, 'INVALID_DATE');
  return t.toXmlSchema();
}
