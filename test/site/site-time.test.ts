// site.time (Site#configure): _config.yml's `time:` read by Utils.parse_date of its to_s, else
// SOURCE_DATE_EPOCH, else the clock. Expected values from Jekyll 4.3.1 (`{{ site.time }}`,
// `{{ site.time | date: "%N" }}`, and its error for a text that is no date).
import { siteTime } from '../../lib/site/site-time.js';
import { JekyllTime } from '../../lib/time/index.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

test('a quoted time keeps its fraction of a second', () => {
  const t = siteTime(ENV, { timezone: 'America/New_York', time: '2020-05-06 07:08:09.000123456' });
  expect(t.inspect()).toBe('2020-05-06 07:08:09.000123456 -0400');
  expect(t.nanosecond).toBe(123456);
});

test("a YAML time is read from its to_s (no fraction), in the site's zone", () => {
  const yaml = new JekyllTime(Date.UTC(2020, 4, 6, 7, 8, 9, 500), 0, true);
  expect(siteTime(ENV, { timezone: 'America/New_York', time: yaml }).inspect()).toBe('2020-05-06 03:08:09 -0400');
});

test('no time: SOURCE_DATE_EPOCH', () => {
  expect(String(siteTime(ENV, { timezone: 'UTC' }))).toBe('2026-01-01 00:00:00 +0000');
});

test('a text that is no date: Jekyll InvalidDateError', () => {
  expect(() => siteTime(ENV, { time: 'not a date' })).toThrow("Invalid date 'not a date': Invalid time in _config.yml.");
});
