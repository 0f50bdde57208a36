// Liquid::Utils.to_date (liquid/utils.rb) and the common shapes Ruby's Time.parse
// accepts. Times without an offset are read in `zone` (Jekyll sets ENV['TZ'] to the
// site timezone; without one the process zone applies).
import { instantFromLocal, isJekyllTime, JekyllTime } from '../../time/index.js';
import { RubyFloat } from './to-s.js';
import { isRubyDate } from '../../read/ruby-date.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export interface DateContext {
  /** The site timezone, or undefined for the process zone. */
  zone?: string;
  /** `now` and `today`: the build time. */
  now: () => JekyllTime;
}

/** Liquid::Utils.to_date: a time, `now`/`today`, epoch seconds, or a parsable string; null otherwise. */
export function toDate(input: unknown, ctx: DateContext): JekyllTime | null {
  if (input instanceof RubyFloat) input = input.value;
  if (isJekyllTime(input)) return input;
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : JekyllTime.inZone(input.getTime(), ctx.zone);
  if (typeof input === 'number') return Number.isFinite(input) ? JekyllTime.inZone(Math.trunc(input) * 1000, ctx.zone) : null;
  if (typeof input !== 'string' || input === '') return null;
  const s = input.toLowerCase();
  if (s === 'now' || s === 'today') {
    const now = ctx.now();
    return JekyllTime.inZone(now.getTime(), ctx.zone);
  }
  if (/^\d+$/.test(s)) return JekyllTime.inZone(Number(s) * 1000, ctx.zone);
  return parseTime(input, ctx.zone);
}

/**
 * DateFilters#time (jekyll/filters/date_filters.rb): a Date becomes midnight of
 * that day in the site zone (Date#to_time), anything else the same instant shown
 * in the zone (Time#localtime); null when the value is not a date.
 */
export function jekyllTime(input: unknown, ctx: DateContext): JekyllTime | null {
  if (isRubyDate(input)) {
    const f = input.local();
    return JekyllTime.inZone(instantFromLocal(f.year, f.month, f.day, 0, 0, 0, ctx.zone), ctx.zone);
  }
  const t = toDate(input, ctx);
  return t ? toLocal(t, ctx.zone) : null;
}

/** Ruby's `time.localtime`: the same instant shown in the site zone. */
export function toLocal(t: JekyllTime, zone?: string): JekyllTime {
  return JekyllTime.inZone(t.getTime(), zone);
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`\s*(z|utc|gmt|[+-]\d{1,2}(?::?\d{2})?)?`;
const ISO = new RegExp(String.raw`^\s*(?:[a-z]+,?\s+)?(-?\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}${ZONE}\s*$`, 'i');
const DMY = new RegExp(String.raw`^\s*(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4})${TIME}${ZONE}\s*$`, 'i');
const MDY = new RegExp(String.raw`^\s*(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}\s*$`, 'i');

/** Time.parse for the shapes seen in Jekyll sites; null when it cannot be read. */
export function parseTime(input: string, zone?: string): JekyllTime | null {
  let m = ISO.exec(input);
  let y: number, mo: number, d: number;
  let rest: (string | undefined)[];
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    rest = m.slice(4);
  } else if ((m = DMY.exec(input)) && MONTHS[m[2]!.toLowerCase()]) {
    [y, mo, d] = [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])];
    rest = m.slice(4);
  } else if ((m = MDY.exec(input)) && MONTHS[m[1]!.toLowerCase()]) {
    [y, mo, d] = [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])];
    rest = m.slice(4);
  } else {
    return fallback(input, zone);
  }
  const [hh, mm, ss, frac, ampm, off] = rest;
  let hour = Number(hh ?? 0);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  const minute = Number(mm ?? 0);
  const second = Number(ss ?? 0);
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hour > 24 || minute > 59 || second > 60) return null;
  if (off) {
    const offset = parseOffset(off);
    const ms = Date.UTC(y, mo - 1, d, hour, minute, second, millis) - offset * 1000;
    // Time.parse: `Z`/`UTC` give a UTC time, an explicit offset a fixed-offset time
    return new JekyllTime(ms, offset, /^(z|utc|gmt)$/i.test(off));
  }
  return JekyllTime.inZone(instantFromLocal(y, mo, d, hour, minute, second, zone, millis), zone);
}

function parseOffset(s: string): number {
  const l = s.toLowerCase();
  if (l === 'z' || l === 'utc' || l === 'gmt') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(s)!;
  const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60;
  return m[1] === '-' ? -v : v;
}

/** Anything else JavaScript can read: fields taken as local time in `zone`. */
function fallback(input: string, zone?: string): JekyllTime | null {
  if (!/\d/.test(input)) return null;
  const d = new Date(input);
  if (Number.isNaN(d.getTime())) return null;
  if (/(?:z|utc|gmt|[+-]\d\d:?\d\d)\s*$/i.test(input.trim())) return JekyllTime.inZone(d.getTime(), zone);
  const ms = instantFromLocal(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), zone, d.getMilliseconds());
  return JekyllTime.inZone(ms, zone);
}
