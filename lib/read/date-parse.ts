// Date._parse(str, comp = true) as Ruby's Time.parse calls it (ext/date/date_parse.c, date__parse):
// the text's punctuation becomes spaces, then a week day and a time are taken out, then the first
// date form that matches (parse_eu, parse_us, parse_iso, parse_jis, parse_vms, parse_sla,
// parse_dot, parse_iso2, parse_year, parse_mon, parse_mday, parse_ddd, in that order, each asked
// only when the text still has the characters it needs), each replaced by a space as it is read;
// then `BC` anywhere (parse_bc), a lone number left over (parse_frag), BC years (1 - year) and
// two-digit years completed (19xx from 69, else 20xx) unless written with a sign or 3+ digits.
import { forRubyText } from '../values/ruby-regexp.js';
import { parseDdd, parseFrag, type DateFields } from './date-ddd.js';

const ABBR = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTHS = ABBR.split('|');
// An era after the day or the month (c.e., b.c.e., a.d., b.c.), kept to know BC.
const ERA = String.raw`(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?`;
// parse_eu: a day, a month (its letters up to `-`, a digit, a space or `'`), then maybe an era and a year.
const EU_RE = new RegExp(String.raw`('?\d+)[^-\d\s]*\s*(${ABBR})[^-\d\s']*(?:\s*${ERA}\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?`, 'i');
// parse_us: a month, a day, then maybe an era and a year (`Jul 2020 5` is read so, and s3e sorts it).
const US_RE = new RegExp(String.raw`\b(${ABBR})[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*${ERA}\s*('?-?\d+))?`, 'i');
const ISO_RE = /('?[-+]?\d+)-(\d+)-('?-?\d+)/;
// parse_jis: JIS X 0301's era dates, an era's initial and its year (`H31.04.30` is 2019-04-30).
const JIS_RE = /\b([mtshr])(\d+)\.(\d+)\.(\d+)/i;
const ERAS: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988, r: 2018 };
// parse_vms11 and parse_vms12: `5-Jul-2020`, `Jul-05-2020` (the month's letters end at - / .)
const VMS11_RE = new RegExp(String.raw`('?-?\d+)-(${ABBR})[^-/.]*-('?-?\d+)`, 'i');
const VMS12_RE = new RegExp(String.raw`\b(${ABBR})[^-/.]*-('?-?\d+)(?:-('?-?\d+))?`, 'i');
const SLA_RE = /('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/;
const DOT_RE = /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/;
// parse_iso21..26: ISO 8601 week dates (which Time.parse does not use), a month and day with no
// year (`--07-05`, `---05`, `--0705`), an ordinal date (`2020-187`, unless a `.` or `,` comes
// right before it) or a day of the year alone (`-187`).
const ISO21_RE = /\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i;
const ISO22_RE = /-w-(\d)\b/i;
const ISO23_RE = /--(\d{2})?-(\d{2})\b/;
const ISO24_RE = /--(\d{2})(\d{2})?\b/;
const ISO25_GUARD_RE = /[,.](?:\d{2}|\d{4})-\d{3}\b/;
const ISO25_RE = /\b(\d{2}|\d{4})-(\d{3})\b/;
const ISO26_GUARD_RE = /\d-\d{3}\b/;
const ISO26_RE = /\b-(\d{3})\b/;
const YEAR_RE = /'(\d+)\b/;
const MON_RE = new RegExp(String.raw`\b(${ABBR})\S*`, 'i');
const MDAY_RE = /(\d+)(st|nd|rd|th)\b/i;
const DAY_RE = /\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i;
const BC_RE = /\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)/i;
const NON_ASCII = /[^\0-\x7f]/;

/** parse_day, before the time is looked for: a week day is only taken out (`10:00 Sat` has no zone). */
export function takeWeekDay(s: string): string {
  if (!/[A-Za-z]/.test(s)) return s;
  const m = forRubyText(DAY_RE, NON_ASCII.test(s)).exec(s);
  return m ? `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}` : s;
}

/** Date._parse's own fields besides the date: `comp` (complete a 2-digit year), `bc`, `week` (ISO week dates, which Time.parse ignores). */
export interface DateParsing extends DateFields {
  comp?: boolean;
  bc?: boolean;
  week?: boolean;
}

/** Date._parse's date forms, on `s` (the text with its time taken out already); returns `s` with what they read replaced by spaces. */
export function parseDateForms(s: string, out: DateParsing): string {
  // Each form replaces its match with a space (date_parse.c's SUBS), as the later steps see it.
  // On text with a non-ASCII letter, \b is Onigmo's: `中Jan 5` has no month (see ruby-regexp.ts).
  const nonAscii = NON_ASCII.test(s);
  const ruby = (re: RegExp): RegExp => forRubyText(re, nonAscii);
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = ruby(re).exec(s);
    if (m) s = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`;
    return m;
  };
  const has = (...classes: RegExp[]): boolean => classes.every((c) => c.test(s));
  const [ALPHA, DIGIT, DASH, DOT, SLASH] = [/[A-Za-z]/, /\d/, /-/, /\./, /\//];
  let m: RegExpExecArray | null = null;
  const read = (): boolean => {
    if (has(ALPHA, DIGIT)) {
      if ((m = take(EU_RE))) return s3e(out, m[4], String(monthOf(m[2]!)), m[1], isBc(m[3])), true;
      if ((m = take(US_RE))) return s3e(out, m[4], String(monthOf(m[1]!)), m[2], isBc(m[3])), true;
    }
    if (has(DIGIT, DASH) && (m = take(ISO_RE))) return s3e(out, m[1], m[2]!, m[3]), true;
    if (has(DIGIT, DOT) && (m = take(JIS_RE))) {
      out.year = Number(m[2]) + ERAS[m[1]!.toLowerCase()]!;
      out.month = Number(m[3]);
      out.day = Number(m[4]);
      return true;
    }
    if (has(ALPHA, DIGIT, DASH)) {
      if ((m = take(VMS11_RE))) return s3e(out, m[3], String(monthOf(m[2]!)), m[1]), true;
      if ((m = take(VMS12_RE))) return s3e(out, m[3], String(monthOf(m[1]!)), m[2]), true;
    }
    if (has(DIGIT, SLASH) && (m = take(SLA_RE))) return s3e(out, m[1], m[2]!, m[3]), true;
    if (has(DIGIT, DOT) && (m = take(DOT_RE))) return s3e(out, m[1], m[2]!, m[3]), true;
    if (has(DIGIT)) {
      if (take(ISO21_RE) || take(ISO22_RE)) return (out.week = true);
      if ((m = take(ISO23_RE))) {
        if (m[1] !== undefined) out.month = Number(m[1]);
        out.day = Number(m[2]);
        return true;
      }
      if ((m = take(ISO24_RE))) {
        out.month = Number(m[1]);
        if (m[2] !== undefined) out.day = Number(m[2]);
        return true;
      }
      if (!ruby(ISO25_GUARD_RE).test(s) && (m = take(ISO25_RE))) return (out.year = Number(m[1])), (out.yday = Number(m[2])), true;
      if (!ruby(ISO26_GUARD_RE).test(s) && (m = take(ISO26_RE))) return (out.yday = Number(m[1])), true;
      if ((m = take(YEAR_RE))) return (out.year = Number(m[1])), true;
    }
    if (has(ALPHA) && (m = take(MON_RE))) return (out.month = monthOf(m[1]!)), true;
    if (has(DIGIT)) {
      if ((m = take(MDAY_RE))) return (out.day = Number(m[1])), true;
      const ddd = parseDdd(s, nonAscii);
      if (ddd) {
        s = `${s.slice(0, ddd.index)} ${s.slice(ddd.index + ddd.length)}`;
        const { comp, ...fields } = ddd.fields;
        Object.assign(out, fields);
        if (!comp) out.comp = false;
        return true;
      }
    }
    return false;
  };
  read();
  if (has(ALPHA) && take(BC_RE)) out.bc = true;
  if (has(DIGIT)) parseFrag(s, out);
  return s;
}

/** Date._parse's last steps: a BC year is 1 - year, then a year of 0-99 is completed unless `comp` is false. */
export function finishYear(out: DateParsing): void {
  if (out.bc && out.year !== undefined) out.year = 1 - out.year;
  if (out.comp !== false && out.year !== undefined && out.year >= 0 && out.year <= 99) out.year += out.year >= 69 ? 1900 : 2000;
  delete out.bc;
  delete out.comp;
}

const isBc = (era: string | undefined): boolean => era !== undefined && era[0]!.toLowerCase() === 'b';

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

// The first sign or digit of a part and where its digits end ('5th' → '5', "'20" → '20').
function numberAt(t: string, signed: boolean): { start: number; end: number } | undefined {
  let i = 0;
  while (i < t.length && !(signed && (t[i] === '-' || t[i] === '+')) && !(t[i]! >= '0' && t[i]! <= '9')) i++;
  if (i >= t.length) return undefined;
  let j = i + (t[i] === '-' || t[i] === '+' ? 1 : 0);
  while (j < t.length && t[j]! >= '0' && t[j]! <= '9') j++;
  return { start: i, end: j };
}

/**
 * date_parse.c's s3e: which of three parts is the year, the month and the day. Two parts are a
 * month and a day; a part of more than two characters, or with an apostrophe, is the year; a year
 * with letters after its digits (`5th`) trades places with the day. A year written with a sign or
 * more than two digits is not completed.
 */
export function s3e(out: DateParsing, y0: string | undefined, m0: string, d0: string | undefined, bc = false): void {
  let [y, m, d]: Array<string | undefined> = [y0, m0, d0];
  if (y !== undefined && d === undefined) [y, m, d] = [undefined, y, m];
  if (y === undefined) {
    if (d !== undefined && d.length > 2) [y, d] = [d, undefined];
    if (d !== undefined && d.startsWith("'")) [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    const n = numberAt(y, true);
    if (n && n.end < y.length) [y, d] = [d, y.slice(n.start, n.end)];
  }
  if (m !== undefined && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const n = numberAt(y, true);
    if (n) {
      const text = y.slice(n.start, n.end);
      if (/^[-+]/.test(text) || n.end - n.start - (/^[-+]/.test(text) ? 1 : 0) > 2) out.comp = false;
      out.year = Number.parseInt(text, 10) || 0;
    }
  }
  if (bc) out.bc = true;
  const unsigned = (t: string | undefined): number | undefined => {
    const n = t === undefined ? undefined : numberAt(t, false);
    return n ? Number(t!.slice(n.start, n.end)) : undefined;
  };
  const month = unsigned(m);
  if (month !== undefined) out.month = month;
  const day = unsigned(d);
  if (day !== undefined) out.day = day;
}
