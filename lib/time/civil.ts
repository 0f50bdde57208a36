// Calendar arithmetic on Julian Day Numbers, as Ruby's date library (date_core.c:
// c_civil_to_jd, c_jd_to_civil, c_valid_civil_p, c_jd_to_commercial) does it. A Date
// has a reform day `start`: days before it are Julian, days from it Gregorian. Psych
// and Jekyll make Dates with Date::ITALY (1582-10-15); Ruby's Time is proleptic
// Gregorian (GREGORIAN: no Julian days at all).

/** Date::ITALY: the Julian Day Number of 1582-10-15, the first Gregorian day. */
export const ITALY = 2299161;
/** Date::GREGORIAN: the proleptic Gregorian calendar (Ruby's Time). */
export const GREGORIAN = -Infinity;
/** The Julian Day Number of 1970-01-01. */
export const UNIX_EPOCH_JD = 2440588;

const DAY_MS = 86_400_000;

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** c_civil_to_jd: the day number of year-month-day, Julian when that day comes before `start`. */
export function civilToJd(year: number, month: number, day: number, start: number): number {
  let y = year;
  let m = month;
  if (m <= 2) (y -= 1), (m += 12);
  const a = Math.floor(y / 100);
  const b = 2 - a + Math.floor(a / 4);
  const jd = Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day + b - 1524;
  return jd < start ? jd - b : jd;
}

/** c_jd_to_civil: [year, month, day] of a day number, in the Julian calendar before `start`. */
export function jdToCivil(jd: number, start: number): [number, number, number] {
  let a = jd;
  if (jd >= start) {
    const x = Math.floor((jd - 1867216.25) / 36524.25);
    a = jd + 1 + x - Math.floor(x / 4);
  }
  const b = a + 1524;
  const c = Math.floor((b - 122.1) / 365.25);
  const d = Math.floor(365.25 * c);
  const e = Math.floor((b - d) / 30.6001);
  const day = b - d - Math.floor(30.6001 * e);
  return e <= 13 ? [c - 4716, e - 1, day] : [c - 4715, e - 13, day];
}

/** c_valid_civil_p: does the day exist (1500-02-29 does under ITALY, 1582-10-10 does not)? */
export function validCivil(year: number, month: number, day: number, start: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const [y, m, d] = jdToCivil(civilToJd(year, month, day, start), start);
  return y === year && m === month && d === day;
}

/** The day number of an instant's UTC day (a Date's instant is its midnight UTC). */
export function jdOfInstant(ms: number): number {
  return Math.floor(ms / DAY_MS) + UNIX_EPOCH_JD;
}

/** Midnight UTC of a day number, in milliseconds since the epoch. */
export function instantOfJd(jd: number): number {
  return (jd - UNIX_EPOCH_JD) * DAY_MS;
}

/** 0 = Sunday, as %w and Date#wday count. */
export function weekdayOfJd(jd: number): number {
  return mod(jd + 1, 7);
}

/** %j: the day of the year, counted from the year's 1 January in the same calendar (1582-12-31 is day 355 under ITALY). */
export function yearDay(year: number, month: number, day: number, start: number): number {
  return civilToJd(year, month, day, start) - civilToJd(year, 1, 1, start) + 1;
}

/** %U (weeks from Sunday) and %W (from Monday): the days before the year's first such day are week 0. */
export function weekOfYear(year: number, month: number, day: number, weekday: number, firstDay: 0 | 1, start: number): number {
  const yday = yearDay(year, month, day, start) - 1;
  const wd = firstDay === 0 ? weekday : (weekday + 6) % 7;
  return Math.floor((yday + 7 - wd) / 7);
}

/** c_jd_to_commercial (%G, %V): week 1 is the week, Monday first, that holds 4 January. */
export function commercial(year: number, month: number, day: number, start: number): { year: number; week: number } {
  const jd = civilToJd(year, month, day, start);
  const firstMonday = (y: number): number => {
    const jan4 = civilToJd(y, 1, 1, start) + 3;
    return jan4 - mod(jan4, 7);
  };
  const a = jdToCivil(jd - 3, start)[0];
  const next = firstMonday(a + 1);
  if (jd >= next) return { year: a + 1, week: 1 + Math.floor((jd - next) / 7) };
  return { year: a, week: 1 + Math.floor((jd - firstMonday(a)) / 7) };
}
