// zoneOffsetAt: the offset of a named zone at an instant (tzdata through Intl),
// across DST changes, half-hour and 45-minute zones, local mean time and a skipped day.
import { instantFromLocal, posixZone, zoneOffsetAt } from '../../lib/time/zone.js';
import { zoneAbbreviation } from '../../lib/time/zone-abbreviation.js';

const rows: Array<[string, string, number]> = [
  ['Asia/Shanghai', '2015-01-04T13:48:23Z', 28800],
  ['America/New_York', '2015-07-01T12:00:00Z', -14400],
  ['America/New_York', '2015-01-01T12:00:00Z', -18000],
  ['America/New_York', '2015-03-08T06:59:59Z', -18000],
  ['America/New_York', '2015-03-08T07:00:00Z', -14400],
  ['Australia/Lord_Howe', '2015-01-01T00:00:00Z', 39600],
  ['Australia/Lord_Howe', '2015-07-01T00:00:00Z', 37800],
  ['Asia/Kathmandu', '2020-05-05T05:05:05Z', 20700],
  ['Asia/Shanghai', '1900-01-01T00:00:00Z', 29143],
  ['Pacific/Apia', '2011-12-31T12:00:00Z', 50400],
];

describe('zoneOffsetAt', () => {
  test.each(rows)('%s at %s is %d s east of UTC', (zone, iso, offset) => {
    expect(zoneOffsetAt(Date.parse(iso), zone)).toBe(offset);
  });
});

// A `timezone:` that names no zone: glibc reads ENV['TZ'] as a POSIX string.
// Each row is what Ruby printed under that TZ (Time.at(0).zone, utc_offset).
describe('zones that name no zone file, as glibc reads TZ', () => {
  const posix: Array<[string, string, number]> = [
    ['nil', 'nil', 0],
    ['Asia/Beijing', 'Asia', 0],
    ['ab', '', 0],
    ['1234', '', 0],
    ['XYZ-5:30', 'XYZ', 19800],
    ['<+08>-8', '+08', 28800],
    ['abc-3:15:20', 'abc', 11720],
    ['ABCDEFGHIJ3', 'ABCDEFGHIJ', -10800],
    [':Foo', 'Foo', 0],
    ['abc 3', 'abc', 0],
    // Names Intl takes (ICU's own, or the database's in another case) but the tz database has no file for.
    ['CST', 'CST', 0],
    ['JST', 'JST', 0],
    ['CTT', 'CTT', 0],
    ['asia/shanghai', 'asia', 0],
    ['SystemV/AST4', 'SystemV', 0],
  ];
  test.each(posix)('TZ=%j is named %j, %d s east of UTC', (zone, abbr, offset) => {
    expect(posixZone(zone)).toEqual({ abbr, offset });
    expect(zoneOffsetAt(Date.UTC(2021, 2, 4, 23, 30), zone)).toBe(offset);
    expect(zoneAbbreviation(Date.UTC(2021, 2, 4, 23, 30), zone)).toBe(abbr);
  });
});

// A TZ value that names no zone file but spells out its daylight-saving rules:
// glibc follows them (tzset.c). Each row is what Ruby printed under that TZ
// (Time.at(s).strftime('%z %Z')), once in summer and once in winter.
describe('POSIX TZ strings with daylight-saving rules', () => {
  const summer = 1593000000; // 2020-06-24T12:00:00Z
  const winter = 1577836800; // 2020-01-01T00:00:00Z
  const rules: Array<[string, number, string, number, string]> = [
    ['EST5EDT,M3.2.0,M11.1.0', -14400, 'EDT', -18000, 'EST'],
    ['ABC5DEF,M4.1.0/3,M10.5.0', -14400, 'DEF', -18000, 'ABC'],
    ['<+10>-10<+11>,M10.1.0,M4.1.0/3', 36000, '+10', 39600, '+11'],
    ['ABC-8DEF-9:30,J60/1,300', 34200, 'DEF', 28800, 'ABC'],
    [':EST5EDT,M3.2.0,M11.1.0', -14400, 'EDT', -18000, 'EST'],
  ];
  test.each(rules)('TZ=%j: %d %s in summer, %d %s in winter', (zone, summerOffset, summerAbbr, winterOffset, winterAbbr) => {
    expect(zoneOffsetAt(summer * 1000, zone)).toBe(summerOffset);
    expect(zoneAbbreviation(summer * 1000, zone)).toBe(summerAbbr);
    expect(zoneOffsetAt(winter * 1000, zone)).toBe(winterOffset);
    expect(zoneAbbreviation(winter * 1000, zone)).toBe(winterAbbr);
  });

  // Time.local under the rule: a summer noon is EDT; 02:30 on the day the clocks skip is 03:30 EDT.
  test('local times follow the rule', () => {
    expect(new Date(instantFromLocal(2020, 7, 1, 12, 0, 0, 'EST5EDT,M3.2.0,M11.1.0')).toISOString()).toBe('2020-07-01T16:00:00.000Z');
    expect(new Date(instantFromLocal(2020, 3, 8, 2, 30, 0, 'EST5EDT,M3.2.0,M11.1.0')).toISOString()).toBe('2020-03-08T07:30:00.000Z');
  });
});
