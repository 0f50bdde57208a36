// Time.parse as Jekyll's Utils.parse_date and Liquid's to_date use it; expectations printed by Ruby 3.1's time.rb.
import { parseDate, parseRubyTime, timeParse } from '../../lib/read/parse-date.js';
import { parsePost } from '../../lib/read/parse-post.js';
import { JekyllTime } from '../../lib/time/index.js';
import { KyllError } from '../../lib/errors/index.js';

const NOW = JekyllTime.inZone(Date.UTC(2026, 0, 1), 'UTC');
const show = (t: JekyllTime | string): string => (typeof t === 'string' ? `error: ${t}` : t.toString());

describe('Time.parse', () => {
  // ENV['TZ'] = 'UTC'; Time.parse(s) (no localtime): the offset written stays.
  test.each([
    ['2020-3-19 29:39:08 +0800', '2020-03-20 05:39:08 +0800'], // apply_offset carries the hour: valid
    ['2020-3-19 29:39:08 -0500', '2020-03-20 05:39:08 -0500'],
    ['2020-3-19 29:39:08', 'error: hour out of range'], // no offset: Time.local rejects it
    ['2020-03-19 29:00:00 +0000', 'error: hour out of range'], // a zero offset carries nothing
    ['2020-03-19 12:75:00 +0800', 'error: min out of range'], // the offset has no minutes to carry
    // now.getlocal(off) rejects an offset of a day or more before the fields are checked.
    ['2020-03-19 10:00:00 +2400', 'error: utc_offset out of range'],
    ['2020-03-19 10:00:00 -24', 'error: utc_offset out of range'],
    ['2020-03-19 10:00:00 +23:60', 'error: utc_offset out of range'],
    ['2020-03-19 29:00:00 +99', 'error: utc_offset out of range'],
    ['2020-03-19 10:00:00 +2359', '2020-03-19 10:00:00 +2359'],
    ['2020-03-19 10:00:00 +0860', '2020-03-19 10:00:00 +0900'], // 60 minutes make an hour
    ['2020-03-19 12:75:00 +0830', '2020-03-19 13:15:00 +0830'],
    ['2020-03-19 48:00:00 +0800', '2020-03-21 00:00:00 +0800'],
    ['2020-02-30 23:00:00 -0500', '2020-02-29 23:00:00 -0500'],
    ['2020-03-19 24:00:00', '2020-03-20 00:00:00 +0000'],
    ['2020-03-19 24:30:00', 'error: min out of range'],
    ['2020-03-19 23:59:60', '2020-03-20 00:00:00 +0000'],
    ['2020-03-19 23:59:61', 'error: sec out of range'],
    ['2020-03-19 12:30:00 Z', '2020-03-19 12:30:00 UTC'],
    ['2020-03-19 12:30:00 -0000', '2020-03-19 12:30:00 UTC'],
    ['2020-03-19 12:30:00 +8', '2020-03-19 12:30:00 +0000'], // Time.zone_offset ignores `+8`
    ['2020-03-19 12:30:00 PST', '2020-03-19 12:30:00 -0800'],
    ['20200319T123000+0800', '2020-03-19 12:30:00 +0800'],
    ['20200319T1230', '2020-03-19 12:30:00 +0000'],
    ['19/03/2020', '2020-03-19 00:00:00 +0000'],
    ['03/19/2020', 'error: argument out of range'], // d/m/yyyy: month 19
    ['2020.03.19', '2020-03-19 00:00:00 +0000'],
    ['Thu Mar 19 12:30:00 UTC 2020', '2020-03-19 12:30:00 UTC'],
    ['19 Mar', '2026-03-19 00:00:00 +0000'],
    ['12 pm', '2026-01-01 12:00:00 +0000'],
    ['2020-02-30', '2020-03-01 00:00:00 +0000'],
    // Date._parse's parse_time: any digits, spaces around colons; the zone is the token right after the time.
    ['2019-01-01 8:5:3 +0800', '2019-01-01 08:05:03 +0800'],
    ['2019-01-02 10 : 30', '2019-01-02 10:30:00 +0000'],
    // parse_time's hour with `h` (ISO 8601 durations read as times), then parse_time2 on the match.
    ['pt0h10m', '2026-01-01 00:10:00 +0000'],
    ['PT1H', '2026-01-01 01:00:00 +0000'],
    ['1h30 utc', '2026-01-01 01:30:00 UTC'],
    ['1h2m3.5s', '2026-01-01 01:02:03 +0000'],
    ['2021-03-02 4h', '2021-03-02 04:00:00 +0000'],
    ['1h+0300', '2026-01-01 01:00:00 +0300'],
    ['3 h 30m pm', '2026-01-01 03:00:00 +0000'],
    ['3h5m7s pm', '2026-01-01 15:05:07 +0000'],
    ['2019-01-02 9:5 pm +0100', '2019-01-02 21:05:00 +0100'],
    ['2019-01-02 10:00:00 +0800 CST', '2019-01-02 10:00:00 +0800'],
    ['2019-01-02 10:00:00 CST +0800', '2019-01-02 10:00:00 -0600'],
    ['2019-01-02 10:00:00 (PST)', '2019-01-02 10:00:00 -0800'], // punctuation is a space first
    ['2019-01-02 10:00:00 GMT+8', '2019-01-02 10:00:00 +0000'], // one zone `GMT+8`, unknown to Time.zone_offset
    ['2019-01-02 10:00:00 UTC+0530', '2019-01-02 10:00:00 +0000'],
    ['2019-01-02 10:00:00 Eastern Standard Time', '2019-01-02 10:00:00 +0000'],
    ['2019-01-02 10:00:00 EDT dst', '2019-01-02 10:00:00 +0000'],
    ['2019-01-02 10:00:00 H', '2019-01-02 10:00:00 +0800'], // a military zone letter
    ['2019-01-02 10:00:00 JST', '2019-01-02 10:00:00 +0000'],
    ['2019-01-02T10:00:00.5Z', '2019-01-02 10:00:00 UTC'],
    ['2025-04-01 20:00.000000000 +08:00', '2025-04-01 20:00:00 +0000'], // `.000…` ends the time: no zone follows it
    ['2017-02-10 00:10::00 -03:00', '2017-02-10 00:10:00 +0000'],
    // parse_iso's s3e: a last part of more than two digits is the year.
    ['20-10-2017', '2017-10-20 00:00:00 +0000'],
    ['2-3-2017', '2017-03-02 00:00:00 +0000'],
    ['10-20-2017', 'error: argument out of range'],
    ['20-10-17', '2020-10-17 00:00:00 +0000'],
    // parse_us: punctuation after the month name.
    ['April, 08 2014', '2014-04-08 00:00:00 +0000'],
    // A month is an abbreviation and whatever letters follow it (date_parse.c's [^-\d\s']*):
    // other languages' month names that begin as English ones are months; `juin` is not.
    ['5 janvier 2020', '2020-01-05 00:00:00 +0000'],
    ['Marc 5 2020', '2020-03-05 00:00:00 +0000'],
    ['Mayday 5 2020', '2020-05-05 00:00:00 +0000'],
    ['5 Decade 2020', '2020-12-05 00:00:00 +0000'],
    ['5 Juni 2020', '2020-06-05 00:00:00 +0000'],
    ['5 juillet 2020', 'error: argument out of range'],
    ['Janvier 2020', '2020-01-01 00:00:00 +0000'],
    ['juin 2020', 'error: argument out of range'],
    ['Junk 2020', '2020-06-01 00:00:00 +0000'],
    // parse_us reads a month, a day, then a year, and s3e sorts them: a number of 3+ digits is the year.
    ['Jul 2020 5', '2020-07-05 00:00:00 +0000'],
    ['July 2020 5 10:00', '2020-07-05 10:00:00 +0000'],
    ['12 Jan 2020 5', '2020-01-12 05:00:00 +0000'], // parse_frag: the number left over is the hour
    ["Jul 5 '20", '2020-07-05 00:00:00 +0000'],
    ["'20 Jul 5", '2020-07-05 00:00:00 +0000'],
    ["5 Jan '99", '1999-01-05 00:00:00 +0000'],
    ['Dec 31 68', '2068-12-31 00:00:00 +0000'],
    ['2020-Jul-05', '2020-07-05 00:00:00 +0000'], // parse_vms11 (day-month-year), and s3e takes the long number for the year
    // BC, after the day or the year (parse_eu/parse_us's era, or parse_bc anywhere): the year is 1 - year.
    ['Jul 5 BC 10', '-0009-07-05 00:00:00 +0000'],
    ['5 Jul 10 BC', '-0009-07-05 00:00:00 +0000'],
    ['2020-07-05 BC', '-2019-07-05 00:00:00 +0000'],
    ['44 B.C.', 'error: argument out of range'],
    // ISO 8601 week dates are read and set nothing Time.parse uses; `--MMDD` is a month and day.
    ['2020-W27', 'error: no time information in "2020-W27"'],
    ['--0705', '2026-07-05 00:00:00 +0000'],
    ['5 Januar, 2020', '2020-01-05 00:00:00 +0000'],
    ['Januari 5, 2020', '2020-01-05 00:00:00 +0000'],
    ['5 Julio 2020 10:00', '2020-07-05 10:00:00 +0000'],
    ['mars 2020', '2020-03-01 00:00:00 +0000'],
    ['le 5 mars 2020', '2020-03-05 00:00:00 +0000'],
    ['5 Septembré 2020', '2020-09-05 00:00:00 +0000'],
    ['Augusto 5 2020', '2020-08-05 00:00:00 +0000'],
    ['Junho 5', '2026-06-05 00:00:00 +0000'],
    ['novembro', '2026-11-01 00:00:00 +0000'],
    // parse_eu skips what follows the day's digits (`5.`); parse_vms reads day-month-year with dashes.
    ['5. Juli 2020', '2020-07-05 00:00:00 +0000'],
    ['Mo, 5. Juli 2020', '2020-07-05 00:00:00 +0000'],
    ['5.Juli 2020', '2020-07-05 00:00:00 +0000'],
    ['5-Jul-2020', '2020-07-05 00:00:00 +0000'],
    ['Jul-05-2020', '2020-07-05 00:00:00 +0000'],
    ['Jul-05', '2026-07-05 00:00:00 +0000'],
    ['5-jul-20', '2020-07-05 00:00:00 +0000'],
    ['05-Sept-2019 10:00', '2019-09-05 10:00:00 +0000'],
    ['Dec-25-99', '1999-12-25 00:00:00 +0000'],
    // parse_vms11/12 order their numbers with s3e: a long first number is the year.
    ['2020-Jul-05', '2020-07-05 00:00:00 +0000'],
    ['2020-jul-5 10:00', '2020-07-05 10:00:00 +0000'],
    ['2020-July-05', '2020-07-05 00:00:00 +0000'],
    ['Jul-2020-05', '2020-07-05 00:00:00 +0000'],
    ['2020-Jul-5th', '2020-07-05 00:00:00 +0000'],
    ['20-Jul-05', '2005-07-20 00:00:00 +0000'],
    // parse_eu/parse_us take any number after the month or day, and an era before the year;
    // parse_bc an era after the date (the year is 1 - year, then completed if 0 to 99).
    ['Jul 2020 5', '2020-07-05 00:00:00 +0000'],
    ['2020/Jul/05', '2020-07-05 00:00:00 +0000'],
    ["'20 Jul 5", '2020-07-05 00:00:00 +0000'],
    ["Jul '20", '2020-07-01 00:00:00 +0000'],
    ['2020 July 5th', '2020-07-05 00:00:00 +0000'],
    ['Jul/5/2020', '2020-07-05 00:00:00 +0000'],
    ['5 Jul , 2020', '2026-07-05 00:00:00 +0000'],
    ['Jul 5 ,2020', '2020-07-05 00:00:00 +0000'],
    ['Jul 5 2020 BC', '-2019-07-05 00:00:00 +0000'],
    ['5 Jul 44 BC', '-0043-07-05 00:00:00 +0000'],
    ['Jul 4 B.C.E. 100', '-0099-07-04 00:00:00 +0000'],
    ['1 Jan 1 BC', '2000-01-01 00:00:00 +0000'],
    ['Dec 25 AD 2020', '2020-12-25 00:00:00 +0000'],
    // s3e reads each number from its first digit: an apostrophe marks the year (still completed),
    // a sign before a day or month is skipped.
    ["'20-Jul-05", '2020-07-05 00:00:00 +0000'],
    ["'20-07-05", '2020-07-05 00:00:00 +0000'],
    ['-5-Jul-2020', '2020-07-05 00:00:00 +0000'],
    ['-5-07-2020', '2020-07-05 00:00:00 +0000'],
    // parse_jis: Japanese era dates (M T S H R and the era's year); parse_iso25: ordinal dates.
    ['R02.07.05', '2020-07-05 00:00:00 +0000'],
    ['H31.04.30', '2019-04-30 00:00:00 +0000'],
    ['h1.1.8', '1989-01-08 00:00:00 +0000'],
    ['S64.01.07', '1989-01-07 00:00:00 +0000'],
    ['M45.07.30', '1912-07-30 00:00:00 +0000'],
    ['T15.12.25', '1926-12-25 00:00:00 +0000'],
    ['R02-07-05', '2002-07-05 00:00:00 +0000'],
    ['R2.7.5 10:00', '2020-07-05 10:00:00 +0000'],
    ['2020-187', '2020-07-05 00:00:00 +0000'],
    ['20-187', '2020-07-05 00:00:00 +0000'],
    ['2020-366', '2020-12-31 00:00:00 +0000'],
    ['2019-366', 'error: yday 366 out of range'],
    ['x,2020-187', 'error: argument out of range'],
    ['2020-001 10:00', '2020-01-01 10:00:00 +0000'],
    ['2020-000', 'error: yday 0 out of range'],
    // parse_iso23: month and day without a year
    ['--07-05', '2026-07-05 00:00:00 +0000'],
    ['---05', '2026-01-05 00:00:00 +0000'],
    ['--07-05 10:00', '2026-07-05 10:00:00 +0000'],
    ['x--12-31', '2026-12-31 00:00:00 +0000'],
    // s3e orders parse_iso's, parse_sla's and parse_dot's numbers: two are a month and a day, a long one is the year
    ['2020/07', '2020-07-01 00:00:00 +0000'],
    ['07/2020', '2020-07-01 00:00:00 +0000'],
    ['7/5', '2026-07-05 00:00:00 +0000'],
    ['5/7/20', '2005-07-20 00:00:00 +0000'],
    ['5-7-20', '2005-07-20 00:00:00 +0000'],
    ['2020/7/5/', '2020-07-05 00:00:00 +0000'],
    ['7/5 2020', '2020-05-07 00:00:00 +0000'],
    ['5.7.2020', '2020-07-05 00:00:00 +0000'],
    ['5.7.20', '2005-07-20 00:00:00 +0000'],
    ['2020.7.5', '2020-07-05 00:00:00 +0000'],
    ['-0001-01-01', '-0001-01-01 00:00:00 +0000'],
    ['+2020-07-05', '2020-07-05 00:00:00 +0000'],
    ['1/2/3', '2001-02-03 00:00:00 +0000'],
    ['Apr., 08 2014', '2014-04-08 00:00:00 +0000'],
    ['April,08,2014', '2014-04-08 00:00:00 +0000'],
    ['April 8 , 2014', '2014-04-08 00:00:00 +0000'],
  ])('%s → %s', (input, expected) => {
    expect(show(timeParse(input, 'UTC', NOW))).toBe(expected);
  });

  // TZ=Asia/Tokyo and TZ=Europe/Paris: an unknown zone is local time; the local zone's own
  // abbreviation on January 1 or July 1 (JST, CEST) is that offset.
  test.each([
    ['2019-01-02 10:00:00 GMT+8', 'Asia/Tokyo', '2019-01-02 10:00:00 +0900'],
    ['2019-01-02 10:00:00 JST', 'Asia/Tokyo', '2019-01-02 10:00:00 +0900'],
    ['2019-01-02 10:00:00 CEST', 'Asia/Tokyo', '2019-01-02 10:00:00 +0900'],
    ['2019-01-02 10:00:00 CEST', 'Europe/Paris', '2019-01-02 10:00:00 +0200'],
    ['2019-01-02 10:00:00 JST', 'Europe/Paris', '2019-01-02 10:00:00 +0100'],
  ])('%s in %s → %s', (input, zone, expected) => {
    expect(show(timeParse(input, zone, NOW))).toBe(expected);
  });

  // Date._parse's last resorts (parse_ddd, parse_year/mon/mday, parse_frag) and make_time's
  // filling from now (2026-01-01 00:00 UTC); printed by Ruby 3.1 with TZ=UTC.
  test.each([
    ['20230501 0830', '2023-05-01 08:30:00 +0000'],
    ['20230501 083015', '2023-05-01 08:30:15 +0000'],
    ['2023050108', '2023-05-01 08:00:00 +0000'],
    ['20230501083015', '2023-05-01 08:30:15 +0000'],
    ['230501', '2023-05-01 00:00:00 +0000'], // yymmdd: the year is completed
    ['0501', '2026-05-01 00:00:00 +0000'],
    ['05', '2026-01-05 00:00:00 +0000'],
    ['123', '2026-05-03 00:00:00 +0000'], // a day of the year
    ['12345', '2012-12-10 00:00:00 +0000'],
    ['1234567', 'error: yday 567 out of range'],
    ['366 2026', 'error: yday 366 out of range'],
    ['123456789', 'error: no time information in "123456789"'], // 9 digits set nothing
    ['2023 05', 'error: argument out of range'], // month 20, day 23
    ['20230501 0830 +0900', '2023-05-01 08:30:00 +0900'],
    ['20230501 0830z', '2023-05-01 08:30:00 UTC'],
    ['20230501 0830 [-5:EST]', '2023-05-01 08:30:00 -0500'], // the name after the colon
    ['20230501 0830.5', '2023-05-01 00:08:30 +0000'], // a fraction: the second group is mmss
    ['0830.5', '2026-01-01 00:08:30 +0000'], // the hour comes from now
    ['20230501 8', '2023-05-01 08:00:00 +0000'], // parse_frag: the hour of a date
    ['12:00 7', '2026-01-07 12:00:00 +0000'], // parse_frag: the day of a time
    ['2023-05-01 0830', '2023-05-01 00:00:00 +0000'],
    ['May', '2026-05-01 00:00:00 +0000'],
    ['5th', '2026-01-05 00:00:00 +0000'],
    ["'23 0501", '2023-01-01 00:00:00 +0000'],
  ])('digits: %s → %s', (input, expected) => {
    expect(show(timeParse(input, 'UTC', NOW))).toBe(expected);
  });

  // Date._parse's limit of 128 bytes (Ruby 3.1's date 3.2): an array's inspect string is no date.
  test.each([
    [`2020-01-01${' '.repeat(118)}`, '2020-01-01 00:00:00 +0000'],
    [`2020-01-01${' '.repeat(119)}`, 'error: string length (129) exceeds the limit 128'],
    [`2020-01-01 ${'é'.repeat(59)}`, 'error: string length (129) exceeds the limit 128'],
    ['[#<Jekyll::Document _posts/2022-03-01-second.md collection=posts>, #<Jekyll::Document _posts/2021-12-31-old.html collection=posts>]', 'error: string length (131) exceeds the limit 128'],
  ])('length: %s → %s', (input, expected) => {
    expect(show(timeParse(input, 'UTC', NOW))).toBe(expected);
  });

  // Date._parse's patterns are ASCII, but on UTF-8 text Onigmo's \b knows Unicode words: a CJK
  // letter right before `mar` (`中markdown`), `Jan`, `bc` or after `10am` leaves no word boundary,
  // so no month, era or am is read there (a blog title through `| date:` was April 10, not March 1).
  // [[:alnum:]] keeps Alphabetic letters and decimal digits only. Printed by Ruby 3.1 with TZ=UTC.
  test.each([
    ['Firefox中markdown的img max-width:100%不兼容问题', '2026-04-10 00:00:00 +0000'],
    ['中Jan 5 2020', 'error: argument out of range'],
    ['10am中 2020-01-05', '2020-01-05 00:00:00 +0000'],
    ['2020-01-05 10pm中', '2020-01-05 00:00:00 +0000'],
    ['2020-123中', 'error: argument out of range'],
    ['中H31.04.30', '2031-04-30 00:00:00 +0000'],
    ['中Dec-05-2020', '2025-12-05 00:00:00 -2020'],
    ['中mar 12:00', '2026-01-01 12:00:00 +0000'],
    ['十二月Dec 5', 'error: no time information in "十二月Dec 5"'],
    ['中bc 5 Jan 2020', '2020-01-05 00:00:00 +0000'],
    ['中2020w05', 'error: argument out of range'],
    ['हिJan 5 2020', 'error: argument out of range'],
    ['20230501 0830z中', '2023-05-01 08:30:00 +0000'],
    ['20230501 0830 +0900中', '2023-05-01 08:30:00 +0000'],
    ['Jan中 5 2020', '2020-01-05 00:00:00 +0000'],
    ['2020年Jan 5日', '2020-01-05 00:00:00 +0000'],
    ['x²Jan 5 2020', '2020-01-05 00:00:00 +0000'],
  ])('Unicode words: %s → %s', (input, expected) => {
    expect(show(timeParse(input, 'UTC', NOW))).toBe(expected);
  });

  test('localtime: shown in the site zone', () => {
    expect(show(parseRubyTime('2020-3-19 29:39:08 +0800', 'Asia/Shanghai'))).toBe('2020-03-20 05:39:08 +0800');
    expect(show(parseRubyTime('Thursday, March 19, 2020', 'Asia/Shanghai'))).toBe('2020-03-19 00:00:00 +0800');
  });
});

describe('front matter dates (Psych first, then Utils.parse_date)', () => {
  const dateOf = (value: string, zone?: string): string =>
    parsePost(`---\ndate: ${value}\n---\n`, { path: '_posts/2001-01-01-x.md', config: zone ? { timezone: zone } : {} }).date.toString();

  test.each([
    ['2020-3-19 29:39:08 +0800', '2020-03-19 21:39:08 +0000'], // not a YAML time (Time.utc fails): a string for Time.parse
    ['2020-03-19 24:30:00 +0800', '2020-03-19 16:30:00 +0000'],
    ['2020-03-19T12:30:00', '2020-03-19 12:30:00 +0000'], // a YAML time without offset is UTC
    ['2020-02-30 23:00:00 -0500', '2020-03-02 04:00:00 +0000'], // Psych: Time.utc rolls Feb 30 over first
    ['2020-3-9', '2020-03-09 00:00:00 +0000'],
    ['Thu, 19 Mar 2020 12:30:00 +0800', '2020-03-19 04:30:00 +0000'],
    ['2020/03/19', '2020-03-19 00:00:00 +0000'],
    ['20200319', '2020-03-19 00:00:00 +0000'], // an Integer, to_s, then Time.parse
  ])('%s → %s', (value, expected) => {
    expect(dateOf(value)).toBe(expected);
  });

  test('YAML times without offset are UTC, then shown in the site zone', () => {
    expect(dateOf('2020-03-19T12:30:00', 'Asia/Shanghai')).toBe('2020-03-19 20:30:00 +0800');
    expect(dateOf('2020-03-19 12:30', 'Asia/Shanghai')).toBe('2020-03-19 12:30:00 +0800');
  });

  test.each(['garbage', '2020-03', '2020', '2020-13-01', '2020-03-32', '2020-3-19 29:39:08', '2020-03-19 23:60:00'])(
    '%s is InvalidDateError, as Jekyll fails the build',
    (value) => {
      let error: unknown;
      try {
        dateOf(value);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KyllError);
      expect((error as KyllError).code).toBe('INVALID_DATE');
      expect((error as KyllError).message).toMatch(/^Invalid date '.*': Document '_posts\/2001-01-01-x.md' does not have a valid date in the YAML front matter\.$/);
    },
  );

  test('parseDate names the place', () => {
    expect(() => parseDate('nope', 'msg', 'UTC', { file: 'a.md', line: 2 })).toThrow("Invalid date 'nope': msg");
  });
});
