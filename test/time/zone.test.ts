// zoneOffsetAt: the offset of a named zone at an instant (tzdata through Intl),
// across DST changes, half-hour and 45-minute zones, local mean time and a skipped day.
import { zoneOffsetAt } from '../../lib/time/zone.js';

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
