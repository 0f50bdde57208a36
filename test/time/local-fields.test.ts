// JekyllTime#local computes a time's wall-clock fields once per instant: the same fields
// as a fresh computation, and new ones after the Date is set to another instant.
import { JekyllTime, refreshZoneEnv } from '../../lib/time/index.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';

function fresh(t: JekyllTime): ReturnType<JekyllTime['local']> {
  return new JekyllTime(t.getTime(), t.utcOffset, t.isUtc).local();
}

describe('JekyllTime#local', () => {
  test('asked twice: the same fields, computed once', () => {
    const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23, 250), 8 * 3600);
    const first = t.local();
    expect(first).toEqual({ year: 2015, month: 1, day: 4, hour: 21, minute: 48, second: 23, millisecond: 250, weekday: 0 });
    expect(t.local()).toBe(first);
    expect(t.toXmlSchema()).toBe('2015-01-04T21:48:23+08:00');
  });

  test('a time set to another instant gets that instant\'s fields', () => {
    const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23), 8 * 3600);
    expect(strftime(t, '%Y-%m-%d %H:%M:%S')).toBe('2015-01-04 21:48:23');
    t.setTime(Date.UTC(2020, 1, 29, 16, 0, 0));
    expect(t.local()).toEqual(fresh(t));
    expect(strftime(t, '%Y-%m-%d %H:%M:%S %a')).toBe('2020-03-01 00:00:00 Sun');
    t.setTime(Number.NaN);
    expect(Number.isNaN(t.local().year)).toBe(true);
  });
});

describe('strftime', () => {
  // %Y %m %d %H %M %S without flags take a shorter way: the same text as with the `0` flag
  // (which pads as they do), on the general way.
  test('plain directives print as the general ones', () => {
    const years = [-44, 0, 7, 99, 999, 1969, 2024, 10000];
    for (const year of years) {
      for (const [month, day, hour, minute, second] of [[1, 1, 0, 0, 0], [2, 29, 9, 5, 7], [12, 31, 23, 59, 59], [10, 10, 10, 10, 10]]) {
        const t = new JekyllTime(0, 3600);
        t.setTime(Date.UTC(2000, month! - 1, day, hour, minute, second) - 3600_000);
        const d = new Date(t.getTime());
        d.setUTCFullYear(year, month! - 1, day);
        t.setTime(d.getTime());
        expect(strftime(t, '%Y|%m|%d|%H|%M|%S')).toBe(strftime(t, '%0Y|%0m|%0d|%0H|%0M|%0S'));
      }
    }
    expect(strftime(new JekyllTime(Date.UTC(2015, 0, 4, 1, 2, 3), 0), '%Y-%m-%d %H:%M:%S')).toBe('2015-01-04 01:02:03');
  });
});

// toLocal (the date filters, {% seo %}) shows a fixed-offset time in the site zone once per
// instant and zone: the same local time again, a new one for another instant, zone or $TZ.
describe('JekyllTime#shownIn', () => {
  test('remembers the last zone asked, for the same instant and zone settings', () => {
    const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23), 8 * 3600);
    const shown = t.shownIn('America/New_York');
    expect(shown.toXmlSchema()).toBe('2015-01-04T08:48:23-05:00');
    expect(shown.localZone).toBe('America/New_York');
    expect(t.shownIn('America/New_York')).toBe(shown);
    expect(t.shownIn('Asia/Tokyo').toXmlSchema()).toBe('2015-01-04T22:48:23+09:00');
    t.setTime(Date.UTC(2015, 6, 4, 13, 48, 23));
    expect(t.shownIn('America/New_York').toXmlSchema()).toBe('2015-07-04T09:48:23-04:00');
  });

  test('toXmlSchema is written again for another instant', () => {
    const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23), 8 * 3600);
    expect(t.toXmlSchema()).toBe('2015-01-04T21:48:23+08:00');
    expect(t.toXmlSchema()).toBe('2015-01-04T21:48:23+08:00');
    t.setTime(Date.UTC(2016, 1, 29, 0, 0, 0));
    expect(t.toXmlSchema()).toBe('2016-02-29T08:00:00+08:00');
  });

  test('a change of $TZ (read again at each build) gives the process zone anew', () => {
    const saved = process.env.TZ;
    const t = new JekyllTime(Date.UTC(2015, 0, 4, 13, 48, 23), 8 * 3600);
    try {
      process.env.TZ = 'Asia/Tokyo';
      refreshZoneEnv();
      expect(t.shownIn(undefined).toXmlSchema()).toBe('2015-01-04T22:48:23+09:00');
      process.env.TZ = 'Europe/Paris';
      refreshZoneEnv();
      expect(t.shownIn(undefined).toXmlSchema()).toBe('2015-01-04T14:48:23+01:00');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
      refreshZoneEnv();
    }
  });
});
