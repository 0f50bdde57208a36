// Document#merge_data! parses `date` on every merge; kyll skips the parse when the time is one it
// made and its to_s gives it back unchanged. These check that the skip is exact.
import fc from 'fast-check';
import { mergeData, rubyToS } from '../../lib/read/merge-data.js';
import { parseDate } from '../../lib/read/parse-date.js';
import { JekyllTime } from '../../lib/time/index.js';

const ZONES = [undefined, 'UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns'];
const fields = (t: JekyllTime) => ({ ms: t.getTime(), offset: t.utcOffset, utc: t.isUtc, zone: t.zoneName, s: rubyToS(t) });

describe('mergeData: date', () => {
  test('a later merge keeps the time it parsed (same object), as parsing its to_s again would give', () => {
    const ctx = { relativePath: '_posts/2020-01-01-a.md', zone: 'Asia/Shanghai' };
    const first = mergeData({}, { date: '2020-03-19 12:30:00' }, 'YAML front matter', ctx);
    const second = mergeData(first, { tags: ['x'] }, 'YAML front matter', ctx);
    expect(second.date).toBe(first.date);
    expect(rubyToS(second.date)).toBe('2020-03-19 12:30:00 +0800');
  });

  test('a time with a fraction of a second is parsed again (to_s drops the fraction, as in Jekyll)', () => {
    const ctx = { relativePath: '_posts/a.md', zone: 'UTC' };
    const first = mergeData({}, { date: '2020-03-19 12:30:00.750' }, 'YAML front matter', ctx);
    expect((first.date as JekyllTime).getTime() % 1000).toBe(750);
    const second = mergeData(first, { tags: [] }, 'YAML front matter', ctx);
    expect((second.date as JekyllTime).getTime() % 1000).toBe(0);
  });

  test('a time kept in another zone is parsed again', () => {
    const first = mergeData({}, { date: '2020-03-19 12:30:00' }, 'YAML front matter', { relativePath: 'a.md', zone: 'UTC' });
    const second = mergeData(first, { tags: [] }, 'YAML front matter', { relativePath: 'a.md', zone: 'Asia/Shanghai' });
    expect(second.date).not.toBe(first.date);
    expect(rubyToS(second.date)).toBe('2020-03-19 20:30:00 +0800');
  });

  test('property: whenever a merge keeps the time, parsing its to_s again gives the same time', () => {
    const instant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.boolean(), (ms, zone, whole) => {
        const t = JekyllTime.inZone(whole ? ms - (ms % 1000) : ms, zone);
        const ctx = { relativePath: 'a.md', zone };
        const first = mergeData({}, { date: t }, 'YAML front matter', ctx);
        const kept = mergeData(first, { tags: [] }, 'YAML front matter', ctx).date as JekyllTime;
        const reparsed = parseDate(rubyToS(first.date), '', zone);
        expect(fields(kept)).toEqual(fields(reparsed));
      }),
      { numRuns: 1000 },
    );
  });
});
