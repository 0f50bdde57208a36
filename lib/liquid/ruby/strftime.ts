// Ruby's Time#strftime (flags `-` `_` `0` `^` `#`, widths, `%:z`), on a JekyllTime's own offset.
import type { JekyllTime, LocalFields } from '../../time/index.js';
import { LiquidFailure } from '../errors.js';
import { commercial, GREGORIAN, ITALY, weekOfYear, yearDay } from '../../time/civil.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Directive = { whole: string; flags: string; width: string; colons: number; conv: string; plain: boolean };

/** A format read once: its text and directives, and whether it ends inside a directive. */
type Compiled = { parts: Array<string | Directive>; incomplete: boolean };

// A format read once (a build formats every post's date with the same few formats).
const compiled = new Map<string, Compiled>();

// The conversions strftime.c knows, and Date#strftime's `+` and `Q` (Time#strftime prints them as written).
const CONVERSIONS = new Set('aAbBcdHIjmMpPsSUwWxXyYzZhntDerRTklvCVuGgLNF%+Q');
// The conversions POSIX's E and O modifiers may precede (strftime.c skips the modifier).
const E_TAKES = 'cCxXyY';
const O_TAKES = 'deHkIlmMSuUVwWy';

// strftime.c's scanner: after `%`, flags (`-` `^` `#` `_`), a width (a leading `0` pads with
// zeros), colons (only before a `z`), an E or O modifier, then the conversion, in any order
// strftime.c's `again` loop accepts. A sequence it does not know is copied as written, from
// the `%` to the character that ended it, and reading goes on after it (`%:%z` is `%:+0900`,
// `%::::z` stays as written); a flag after a width ends one too (`%10-d`).
function compile(format: string): Compiled {
  let c = compiled.get(format);
  if (c) return c;
  const parts: Array<string | Directive> = [];
  let incomplete = false;
  let text = '';
  let i = 0;
  const n = format.length;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      text += format.slice(i);
      break;
    }
    text += format.slice(i, pct);
    let k = pct;
    let flags = '';
    let width = '';
    let colons = 0;
    // where an unknown sequence ends (inclusive), or the directive read
    let unknownAt = -1;
    let conv = '';
    for (;;) {
      k++;
      if (k >= n) {
        incomplete = true;
        unknownAt = n - 1;
        break;
      }
      const ch = format[k]!;
      if (ch === '-' || ch === '^' || ch === '#' || ch === '_') {
        // FLAG_FOUND: a flag after a width is not a directive
        if (width !== '') {
          unknownAt = k;
          break;
        }
        flags += ch;
        if (ch === '-') width = '';
        continue;
      }
      if (ch === ':') {
        // up to three colons, then a `z`; three colons and a fourth go on reading (`%::::z` ends at its `z`)
        let m = 1;
        let known = true;
        for (; m <= 3; m++) {
          const next = format[k + m];
          if (next === 'z') break;
          if (next !== ':') {
            known = false;
            break;
          }
        }
        if (!known) {
          unknownAt = k;
          break;
        }
        colons = m;
        k += m - 1;
        continue;
      }
      if (ch >= '0' && ch <= '9') {
        if (ch === '0') flags += '0';
        let e = k;
        while (e < n && format[e]! >= '0' && format[e]! <= '9') e++;
        // a width of zero is no width (`%0e` is `%e` padded with zeros)
        const w = Number(format.slice(k, e));
        width = w > 0 ? String(w) : '';
        k = e - 1;
        continue;
      }
      if ((ch === 'E' && E_TAKES.includes(format[k + 1] ?? '\0')) || (ch === 'O' && O_TAKES.includes(format[k + 1] ?? '\0'))) continue;
      if (CONVERSIONS.has(ch)) {
        // `z` after more than three colons: the sequence ends before the `z`, printed as text
        if (ch === 'z' && colons > 3) {
          unknownAt = k - 1;
          break;
        }
        conv = ch;
      } else unknownAt = k;
      break;
    }
    if (unknownAt >= 0) {
      text += format.slice(pct, unknownAt + 1);
      i = unknownAt + 1;
      continue;
    }
    if (text) parts.push(text);
    text = '';
    const whole = format.slice(pct, k + 1);
    parts.push({ whole, flags, width, colons, conv, plain: whole.length === 2 });
    i = k + 1;
  }
  if (text) parts.push(text);
  c = { parts, incomplete };
  if (compiled.size > 1000) compiled.clear();
  compiled.set(format, c);
  return c;
}

/** Format `t` like Ruby's Time#strftime; `zoneName` is what `%Z` prints. */
export function strftime(t: JekyllTime, format: string, zoneName = ''): string {
  const { parts, incomplete } = compile(format);
  // Time#strftime fails on a format that ends inside a directive (`100%`, `%-`); Date's
  // (date_strftime.c) prints what is left as written.
  if (incomplete && !t.isDate) throw new LiquidFailure('error', `invalid format: ${format}`);
  const f = t.local();
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else out += (part.plain && plainDirective(f, part.conv)) || directive(t, f, part, zoneName);
  }
  return out;
}

// The directives of the usual date formats (`%Y-%m-%d %H:%M:%S`) without a flag or width: what
// `directive` writes for them, without its helpers (a blog formats every post's date this way).
function plainDirective(f: LocalFields, conv: string): string | undefined {
  switch (conv) {
    // A year before 1000 is padded to four digits: the general directive's.
    case 'Y': return f.year >= 1000 ? String(f.year) : undefined;
    case 'm': return two(f.month);
    case 'd': return two(f.day);
    case 'H': return two(f.hour);
    case 'M': return two(f.minute);
    case 'S': return two(f.second);
    default: return undefined;
  }
}

/** A field of 0-99 in two digits. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function directive(t: JekyllTime, f: LocalFields, { whole, flags, width, colons, conv }: Directive, zoneName: string): string {
  const num = (n: number, w: number, pad = '0'): string => fmtNum(n, flags, width ? Number(width) : w, pad);
  const str = (s: string): string => fmtStr(s, flags, width ? Number(width) : 0, caseOf(conv, flags));
  // strftime.c's STRFTIME (a composite: %c %D %x %F %T %X %R %r %v) pads to the width whatever the
  // flags, `-` only setting the padding back to spaces (`%-11R` is `      10:30`, `%-011R` zeros);
  // date_strftime.c's leaves a Date's unpadded under `-`, as a name's.
  const composite = (s: string): string => (t.isDate ? str(s) : fmtStr(s, flags.replace(/-/g, '_'), width ? Number(width) : 0, caseOf(conv, flags)));
  // A Date counts days in its own calendar (Julian before 1582-10-15), a Time in the proleptic Gregorian one.
  const start = t.isDate ? ITALY : GREGORIAN;
  switch (conv) {
    // %Y pads to four digits (0202), after the sign of a year before 1.
    case 'Y': return width ? num(f.year, 0) : fmtNum(f.year, flags, f.year < 0 ? 5 : 4, '0');
    case 'C': return num(Math.floor(f.year / 100), 2);
    case 'y': return num(f.year % 100, 2);
    case 'm': return num(f.month, 2);
    case 'B': return str(MONTHS[f.month - 1]!);
    case 'b': case 'h': return str(MONTHS[f.month - 1]!.slice(0, 3));
    case 'd': return num(f.day, 2);
    case 'e': return num(f.day, 2, ' ');
    case 'j': return num(yearDay(f.year, f.month, f.day, start), 3);
    case 'H': return num(f.hour, 2);
    case 'k': return num(f.hour, 2, ' ');
    case 'I': return num(f.hour % 12 || 12, 2);
    case 'l': return num(f.hour % 12 || 12, 2, ' ');
    case 'P': case 'p': return str(f.hour < 12 ? 'AM' : 'PM');
    case 'M': return num(f.minute, 2);
    case 'S': return num(f.second, 2);
    case 'L': return fractional(nanosOf(t), width ? Number(width) : 3);
    case 'N': return fractional(nanosOf(t), width ? Number(width) : 9);
    case 'z': return zone(t.utcOffset, colons, flags, width, t.isDate, t.isUtc && !t.isDate);
    case 'Z': return str(zoneName);
    case 'A': return str(DAYS[f.weekday]!);
    case 'a': return str(DAYS[f.weekday]!.slice(0, 3));
    case 'u': return num(f.weekday || 7, 1);
    case 'w': return num(f.weekday, 1);
    case 'U': return num(weekOfYear(f.year, f.month, f.day, f.weekday, 0, start), 2);
    case 'W': return num(weekOfYear(f.year, f.month, f.day, f.weekday, 1, start), 2);
    case 'G': return num(commercial(f.year, f.month, f.day, start).year, 4);
    case 'g': return num(commercial(f.year, f.month, f.day, start).year % 100, 2);
    case 'V': return num(commercial(f.year, f.month, f.day, start).week, 2);
    case 's': return fmtNum(t.epochSeconds(), flags, Number(width || 0), '0');
    // Date#strftime only (date_strftime.c): Time#strftime prints them as written
    case 'Q': return t.isDate ? fmtNum(t.getTime(), flags, Number(width || 0), '0') : whole;
    case '+': return t.isDate ? str(strftime(t, '%a %b %e %H:%M:%S %Z %Y', t.offsetString(true))) : whole;
    // FILL_PADDING(1): a width pads them too, unless `-`
    case 'n': return str('\n');
    case 't': return str('\t');
    case '%': return str('%');
    case 'c': return composite(strftime(t, '%a %b %e %H:%M:%S %Y', zoneName));
    case 'D': case 'x': return composite(strftime(t, '%m/%d/%y', zoneName));
    case 'F': return composite(strftime(t, '%Y-%m-%d', zoneName));
    case 'T': case 'X': return composite(strftime(t, '%H:%M:%S', zoneName));
    case 'R': return composite(strftime(t, '%H:%M', zoneName));
    case 'r': return composite(strftime(t, '%I:%M:%S %p', zoneName));
    case 'v': return composite(strftime(t, '%e-%^b-%Y', zoneName));
    default: return whole;
  }
}

function fmtNum(n: number | bigint, flags: string, width: number, defaultPad: string): string {
  const neg = n < 0;
  let digits = String(neg ? -n : n);
  let pad = defaultPad;
  if (flags.includes('-')) return (neg ? '-' : '') + digits;
  const padFlag = lastFlag(flags, '_', '0');
  if (padFlag) pad = padFlag === '_' ? ' ' : '0';
  const w = neg ? width - 1 : width;
  if (pad === '0') return (neg ? '-' : '') + digits.padStart(w, '0');
  digits = (neg ? '-' : '') + digits;
  return digits.padStart(width, ' ');
}

// strftime.c's case flags: `^` (UPPER) upcases any text, a composite's (`%^c`) too; `#` (CHCASE)
// only means something to the names: it upcases `%#a` `%#A` `%#b` `%#B` `%#h` (`^` or not), and
// downcases `%#p` and `%#Z` (over a `^`); `%P` is `%p` downcased unless `^` or `#` is given
// (`%#P` stays `AM`). Date#strftime (date_strftime.c) reads them alike.
function caseOf(conv: string, flags: string): 'upper' | 'lower' | undefined {
  const upper = flags.includes('^');
  const chcase = flags.includes('#');
  switch (conv) {
    case 'a': case 'A': case 'b': case 'B': case 'h': return upper || chcase ? 'upper' : undefined;
    case 'p': case 'Z': return chcase ? 'lower' : upper ? 'upper' : undefined;
    case 'P': return upper ? 'upper' : chcase ? undefined : 'lower';
    default: return upper ? 'upper' : undefined;
  }
}

function fmtStr(s: string, flags: string, width: number, caseMode: 'upper' | 'lower' | undefined): string {
  // (ASCII only, as strftime.c's TOUPPER/TOLOWER)
  let out = caseMode === 'upper' ? s.replace(/[a-z]+/g, (m) => m.toUpperCase()) : caseMode === 'lower' ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
  // strftime.c#FILL_PADDING: `-` (LEFT) pads nothing, whatever the width (`%-10A` is `Sunday`).
  if (width > out.length && !flags.includes('-')) out = out.padStart(width, lastFlag(flags, '_', '0') === '0' ? '0' : ' ');
  return out;
}

// A DateTime (read/ruby-datetime.ts) keeps its nanoseconds, a Time its milliseconds and the nanoseconds beyond them.
function nanosOf(t: JekyllTime): number {
  const nanos = (t as { nanos?: unknown }).nanos;
  return typeof nanos === 'number' ? nanos : t.nanosecond;
}

function fractional(nanos: number, digits: number): string {
  return String(nanos).padStart(9, '0').padEnd(digits, '0').slice(0, digits);
}

// strftime.c's `z`: the hours as printf's "%+.*ld" (or "%+*ld" with `_`) in the width left by the
// minutes and seconds (two digits when there is no room), then `mm` and `ss`: `%_z` is ` +900`,
// `%10z` `+000000900`; `-` pads nothing more than two digits (`%-z` is `+0900`). `%:::z` writes
// the minutes and seconds only when they are not zero (`+09`, `+05:45`, `+08:05:43`).
// A Date's (date_strftime.c) `-` leaves the hours one digit (`+545`, `+0:00`). A UTC Time
// (Time#utc?: a `Z` or `UTC` date) with `-` has the sign of an unknown offset (`%-z` is `-0000`).
function zone(offset: number, colons: number, flags: string, width: string, isDate: boolean, gmt: boolean): string {
  const negative = offset < 0;
  const abs = Math.abs(offset);
  const hh = Math.floor(abs / 3600);
  const shown = colons === 3 ? (abs % 3600 === 0 ? 0 : abs % 60 === 0 ? 1 : 2) : colons === 2 ? 2 : 1;
  const rest = [Math.floor((abs % 3600) / 60), abs % 60].slice(0, shown).map((n) => String(n).padStart(2, '0'));
  const tail = rest.join(colons ? ':' : '');
  const room = colons === 0 ? 3 : colons === 3 ? [1, 4, 7][shown]! : colons === 1 ? 4 : 7;
  const w = width === '' ? -1 : Number(width);
  const digits = w <= room + 2 ? (isDate && flags.includes('-') ? 1 : 2) : w - room;
  const sign = negative || (gmt && flags.includes('-')) ? '-' : '+';
  const hours = lastFlag(flags, '_', '0') === '_' ? (sign + hh).padStart(digits + 1, ' ') : sign + String(hh).padStart(digits, '0');
  return hours + (colons && shown ? ':' : '') + tail;
}

// Of two flags that set the padding, the later one counts (strftime.c reads them in order).
function lastFlag(flags: string, a: string, b: string): string | undefined {
  const i = Math.max(flags.lastIndexOf(a), flags.lastIndexOf(b), flags.lastIndexOf('-'));
  return i < 0 ? undefined : flags[i];
}
