// A POSIX TZ string with its daylight-saving rule, as a TZif footer holds it
// (`EST5EDT,M3.2.0,M11.1.0`, `<+1030>-10:30<+11>-11,M10.1.0,M4.1.0`): the offset
// at an instant, computed as glibc's tzset.c does (__tzset_parse_tz, compute_change,
// __tz_compute) for the instants after a zone file's last transition.

export interface PosixRule {
  readonly std: { readonly abbr: string; readonly offset: number };
  /** Daylight-saving time and when it starts (in standard time) and ends (in daylight time). */
  readonly dst?: { readonly abbr: string; readonly offset: number; readonly start: DayRule; readonly end: DayRule };
}

/** Jn (1-365, no Feb 29), n (0-365), or Mm.w.d; `secs` after that day's midnight, local time. */
type DayRule = { readonly kind: 'J' | 'n'; readonly day: number; readonly secs: number } | { readonly kind: 'M'; readonly month: number; readonly week: number; readonly weekday: number; readonly secs: number };

const NAME = /^(?:<([+\-0-9A-Za-z]+)>|([A-Za-z]{3,}))/;
const TIME = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/;

/** The rule of a well-formed TZ string with a zone's rules, or undefined (then the caller asks Intl). */
export function posixRule(text: string): PosixRule | undefined {
  let rest = text;
  const name = (): string | undefined => {
    const m = NAME.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    return m[1] ?? m[2]!;
  };
  // Seconds of `[+-]hh[:mm[:ss]]`, negated for an offset (POSIX offsets count west of UTC).
  const time = (): number | undefined => {
    const m = TIME.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    const secs = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -secs : secs;
  };
  const stdAbbr = name();
  const stdWest = stdAbbr === undefined ? undefined : time();
  if (stdAbbr === undefined || stdWest === undefined) return undefined;
  // 0 - west, not -west: a zero offset (Factory's `<-00>0`) stays +0.
  const std = { abbr: stdAbbr, offset: 0 - stdWest };
  if (rest === '') return { std };
  const dstAbbr = name();
  if (dstAbbr === undefined) return undefined;
  const dstWest = rest.startsWith(',') ? stdWest - 3600 : time();
  if (dstWest === undefined || !rest.startsWith(',')) return undefined;
  const day = (): DayRule | undefined => {
    let rule: DayRule | undefined;
    const m = /^(?:J(\d{1,3})|(\d{1,3})|M(\d{1,2})\.(\d)\.(\d))/.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    let secs = 7200;
    if (rest.startsWith('/')) {
      rest = rest.slice(1);
      const t = time();
      if (t === undefined) return undefined;
      secs = t;
    }
    if (m[1] !== undefined) rule = { kind: 'J', day: Number(m[1]), secs };
    else if (m[2] !== undefined) rule = { kind: 'n', day: Number(m[2]), secs };
    else rule = { kind: 'M', month: Number(m[3]), week: Number(m[4]), weekday: Number(m[5]), secs };
    const valid = rule.kind === 'M' ? rule.month >= 1 && rule.month <= 12 && rule.week >= 1 && rule.week <= 5 && rule.weekday <= 6 : rule.kind === 'J' ? rule.day >= 1 && rule.day <= 365 : rule.day <= 365;
    return valid ? rule : undefined;
  };
  rest = rest.slice(1);
  const start = day();
  if (!start || !rest.startsWith(',')) return undefined;
  rest = rest.slice(1);
  const end = day();
  if (!end || rest !== '') return undefined;
  return { std, dst: { abbr: dstAbbr, offset: 0 - dstWest, start, end } };
}

/** The offset and abbreviation in force at second `s` (glibc's __tz_compute: the rules of the instant's UTC year). */
export function posixRuleAt(rule: PosixRule, s: number): { offset: number; abbr: string } {
  const dst = rule.dst;
  if (!dst) return rule.std;
  const year = new Date(s * 1000).getUTCFullYear();
  const start = changeAt(dst.start, year) - rule.std.offset;
  const end = changeAt(dst.end, year) - dst.offset;
  // Southern hemisphere: daylight time spans the turn of the year.
  const isDst = start > end ? s < end || s >= start : s >= start && s < end;
  return isDst ? dst : rule.std;
}

const DAY = 86_400;

// tzset.c#compute_change: the rule's day in `year` at its local time, as seconds before the zone's offset is taken off.
function changeAt(rule: DayRule, year: number): number {
  let t = Date.UTC(year, 0, 1) / 1000;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (rule.kind !== 'M') t += rule.kind === 'J' ? (rule.day - 1 + (rule.day >= 60 && leap ? 1 : 0)) * DAY : rule.day * DAY;
  else {
    const first = Date.UTC(year, rule.month - 1, 1) / 1000;
    const monthDays = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
    const dow = new Date(first * 1000).getUTCDay();
    let d = rule.weekday - dow;
    if (d < 0) d += 7;
    for (let i = 1; i < rule.week; i++) {
      if (d + 7 >= monthDays) break;
      d += 7;
    }
    t = first + d * DAY;
  }
  return t + rule.secs;
}
