// Day numbers and calendar fields as Ruby's date library computes them (date_core.c).
// Every expected value was printed by Ruby 3.1 (`Date.new(y, m, d)` is Date::ITALY,
// `Date.new(y, m, d, Date::GREGORIAN)` the proleptic Gregorian calendar of Time).
import { civilToJd, commercial, GREGORIAN, ITALY, jdToCivil, validCivil, weekdayOfJd, yearDay } from '../../lib/time/civil.js';

// [y, m, d, ITALY: jd, yday, cwyear, cweek, wday, GREGORIAN: jd, yday, cwyear, cweek]
const rows: Array<[number, number, number, number, number, number, number, number, number, number, number, number]> = [
  [1500, 3, 1, 2268993, 61, 1500, 9, 0, 2268983, 60, 1500, 9],
  [1582, 10, 4, 2299160, 277, 1582, 40, 4, 2299150, 277, 1582, 40],
  [1582, 10, 15, 2299161, 278, 1582, 40, 5, 2299161, 288, 1582, 41],
  [1582, 12, 31, 2299238, 355, 1582, 51, 5, 2299238, 365, 1582, 52],
  [4, 2, 29, 1722578, 60, 4, 9, 5, 1722580, 60, 4, 9],
  [-1, 12, 31, 1721057, 365, 0, 1, 3, 1721059, 365, -1, 52],
  [2000, 1, 1, 2451545, 1, 1999, 52, 6, 2451545, 1, 1999, 52],
  [1066, 10, 14, 2110701, 287, 1066, 41, 6, 2110695, 287, 1066, 41],
];

describe('civil calendar (Date::ITALY and Date::GREGORIAN)', () => {
  test.each(rows)('%i-%i-%i', (y, m, d, jd, yday, cwyear, cweek, wday, gjd, gyday, gcwyear, gcweek) => {
    expect(civilToJd(y, m, d, ITALY)).toBe(jd);
    expect(jdToCivil(jd, ITALY)).toEqual([y, m, d]);
    expect(yearDay(y, m, d, ITALY)).toBe(yday);
    expect(commercial(y, m, d, ITALY)).toEqual({ year: cwyear, week: cweek });
    expect(weekdayOfJd(jd)).toBe(wday);
    expect(civilToJd(y, m, d, GREGORIAN)).toBe(gjd);
    expect(jdToCivil(gjd, GREGORIAN)).toEqual([y, m, d]);
    expect(yearDay(y, m, d, GREGORIAN)).toBe(gyday);
    expect(commercial(y, m, d, GREGORIAN)).toEqual({ year: gcwyear, week: gcweek });
  });

  test('days that exist in one calendar only', () => {
    // Julian 1500 is a leap year; the ten days of the reform do not exist under ITALY.
    expect(validCivil(1500, 2, 29, ITALY)).toBe(true);
    expect(validCivil(1500, 2, 29, GREGORIAN)).toBe(false);
    expect(validCivil(1582, 10, 10, ITALY)).toBe(false);
    expect(validCivil(1582, 10, 10, GREGORIAN)).toBe(true);
    expect(validCivil(1582, 10, 4, ITALY)).toBe(true);
    expect(validCivil(1582, 10, 15, ITALY)).toBe(true);
    expect(validCivil(1600, 2, 29, ITALY)).toBe(true);
    expect(validCivil(1700, 2, 29, ITALY)).toBe(false);
    expect(validCivil(2023, 13, 1, ITALY)).toBe(false);
  });
});
