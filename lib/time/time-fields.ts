// The checks and arithmetic of Ruby's Time.utc / Time.local and Time.apply_offset (time.rb),
// shared by Psych's timestamps (lib/read/psych-scalar.ts) and Time.parse (lib/read/parse-date.ts).

/** Why Time.utc / Time.local reject these fields (Ruby's ArgumentError message), or undefined. */
export function outOfRange(month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'argument out of range';
  if (hour < 0 || hour > 24) return 'hour out of range';
  if (minute < 0 || minute > 59 || (hour === 24 && minute > 0)) return 'min out of range';
  if (second < 0 || second > 60 || (hour === 24 && second > 0)) return 'sec out of range';
  return undefined;
}

// 400 Gregorian years are exactly 146,097 days: the calendar repeats.
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/**
 * Date.UTC for any year: Date.UTC reads years 0-99 as 1900-1999, where Ruby's
 * Time and Date keep them (`date: 0002-03-04` is year 2). Such a year is
 * counted 400 years later, in the same place of the calendar, and moved back.
 */
export function utcInstant(year: number, month0: number, day = 1, hour = 0, minute = 0, second = 0, millis = 0): number {
  if (year < 0 || year > 99) return Date.UTC(year, month0, day, hour, minute, second, millis);
  return Date.UTC(year + 400, month0, day, hour, minute, second, millis) - FOUR_CENTURIES_MS;
}

export type Fields = [number, number, number, number, number, number];

/**
 * Time.apply_offset (time.rb): subtracts `offset` (seconds east of UTC) field by
 * field. Only a field the offset has a non-zero part for is carried, so
 * `29:39:08 +0800` becomes 21:39:08 while `12:75:00 +0800` keeps minute 75.
 */
export function applyOffset(year: number, mon: number, day: number, hour: number, min: number, sec: number, offset: number): Fields {
  // d = +1 for a zone west of UTC (the fields move forward), -1 east of it.
  const d = offset < 0 ? 1 : -1;
  let off = Math.abs(offset);
  // One field: take the offset's part for it, carry what overflows into the offset left.
  const step = (value: number, unit: number, base: number): number => {
    const part = off % unit;
    off = (off - part) / unit;
    if (part === 0) return value;
    const moved = value + d * part;
    const carry = Math.floor(moved / base);
    off += d * carry;
    return moved - carry * base;
  };
  sec = step(sec, 60, 60);
  min = step(min, 60, 60);
  hour = step(hour, 24, 24);
  if (off !== 0) {
    day += d * off;
    if (d === 1 && monthDays(year, mon) < day) {
      mon += 1;
      if (mon > 12) (mon = 1), (year += 1);
      day = 1;
    } else if (d === -1 && day < 1) {
      mon -= 1;
      if (mon < 1) (mon = 12), (year -= 1);
      day = monthDays(year, mon);
    }
  }
  return [year, mon, day, hour, min, sec];
}

export function monthDays(year: number, month: number): number {
  return new Date(utcInstant(year, month, 0)).getUTCDate();
}
