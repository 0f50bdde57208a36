import { zoneAbbreviation, zoneOffsetAt, instantFromLocal, JekyllTime } from '../../lib/time/index.js';

describe('time zones', () => {
  test('abbreviations come from the tz database, as Ruby prints %Z', () => {
    const ms = Date.UTC(2023, 2, 10, 16, 0, 0);
    expect(zoneAbbreviation(ms, 'Asia/Shanghai')).toBe('CST');
    expect(zoneAbbreviation(Date.UTC(2023, 0, 15, 12), 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation(Date.UTC(2023, 6, 15, 12), 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation(ms, 'UTC')).toBe('UTC');
  });

  test('offsets and local instants across a DST change', () => {
    expect(zoneOffsetAt(Date.UTC(2023, 2, 12, 6, 59), 'America/New_York')).toBe(-5 * 3600);
    expect(zoneOffsetAt(Date.UTC(2023, 2, 12, 7, 0), 'America/New_York')).toBe(-4 * 3600);
    expect(instantFromLocal(2023, 3, 12, 12, 0, 0, 'America/New_York')).toBe(Date.UTC(2023, 2, 12, 16, 0, 0));
  });

  test('JekyllTime prints like Ruby Time#to_s and #xmlschema', () => {
    const t = JekyllTime.inZone(Date.UTC(2022, 1, 11, 14, 22, 45), 'Asia/Shanghai');
    expect(t.toString()).toBe('2022-02-11 22:22:45 +0800');
    expect(t.toXmlSchema()).toBe('2022-02-11T22:22:45+08:00');
  });
});

describe('local times around DST changes, as Ruby Time.local resolves them', () => {
  test('a time skipped by the spring change moves forward with the old offset', () => {
    // 2024-03-10 02:30 does not exist in New York: Ruby gives 03:30 EDT.
    expect(instantFromLocal(2024, 3, 10, 2, 30, 0, 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 30));
  });
  test('a time that happens twice in the autumn is the later one (standard time)', () => {
    expect(instantFromLocal(2024, 11, 3, 1, 30, 0, 'America/New_York')).toBe(Date.UTC(2024, 10, 3, 6, 30));
  });
  test('zones without DST are unaffected', () => {
    expect(instantFromLocal(2023, 3, 10, 23, 30, 0, 'Asia/Shanghai')).toBe(Date.UTC(2023, 2, 10, 15, 30));
  });
});
