// Zone offsets from the system's zone files (lib/time/tzif.ts, posix-rule.ts), as glibc
// gives them to Ruby: the same answers as Intl wherever both databases agree, Ruby's
// where they do not, and no Intl formatter made for a zone that has a file.
import fs from 'node:fs';
import { jest } from '@jest/globals';
import { zoneFile, zoneOffsetAt } from '../../lib/time/zone.js';
import { zoneAbbreviation } from '../../lib/time/zone-abbreviation.js';
import { posixRule, posixRuleAt } from '../../lib/time/posix-rule.js';

const hasZoneFiles = fs.existsSync('/usr/share/zoneinfo/America/New_York');
const withFiles = hasZoneFiles ? describe : describe.skip;

/** Intl's offset (seconds east of UTC) of `zone` at `ms`. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(zone: string, ms: number): number {
  let f = formats.get(zone);
  if (!f) formats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = f.formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 1000);
}

// The fixtures' zones, and zones with DST north and south, half and quarter hours, a 30-minute DST.
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'America/Tijuana', 'UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Europe/London', 'America/St_Johns', 'Africa/Casablanca', 'Pacific/Chatham', 'America/Santiago', 'Asia/Tehran'];

withFiles('zone files against Intl', () => {
  test.each(ZONES)('%s: the zone file gives Intl\'s offset from 1997 to 2100, transitions included', (zone) => {
    const info = zoneFile(zone);
    expect(info).not.toBeNull();
    const instants: number[] = [];
    // A pseudo-random second in every 5-day step (the same each run).
    let seed = 12345;
    for (let ms = Date.UTC(1997, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 5 * 86_400_000) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(ms + (seed % 432_000) * 1000);
    }
    // Each side of every transition the file lists from 1997 on.
    for (const t of info!.times) if (t >= Date.UTC(1997, 0, 1) / 1000 && t < 4e9) for (const d of [-1, 0, 1]) instants.push((t + d) * 1000);
    const wrong = instants.filter((ms) => zoneOffsetAt(ms, zone) !== intlOffset(zone, ms)).map((ms) => new Date(ms).toISOString());
    expect(wrong).toEqual([]);
  });

  // Where Node's ICU and the system's tz database disagree, Ruby (glibc) reads the file:
  // each row is what `TZ=<zone> ruby -e 'p Time.at(t).utc_offset'` printed on this machine.
  test.each([
    ['America/Tijuana', '1975-06-01T12:00:00Z', -28800, 'PST'],
    ['WET', '1990-06-01T12:00:00Z', 3600, 'WEST'],
    ['EET', '1979-06-01T12:00:00Z', 10800, 'EEST'],
  ])('%s at %s: %d s east of UTC, as Ruby says', (zone, iso, offset, abbr) => {
    expect(zoneOffsetAt(Date.parse(iso), zone)).toBe(offset);
    expect(zoneAbbreviation(Date.parse(iso), zone)).toBe(abbr);
  });

  test('a zone with a file is read without making an Intl formatter', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(zoneOffsetAt(Date.UTC(2024, 6, 1), 'Europe/Vilnius')).toBe(3 * 3600);
      expect(zoneOffsetAt(Date.UTC(2024, 0, 1), 'Europe/Vilnius')).toBe(2 * 3600);
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });

  // glibc reads any file under the zone folder: `TZ=posix/Asia/Shanghai ruby -e 't = Time.at(1614900600); p [t.zone, t.utc_offset]'`.
  test.each([
    ['posix/Asia/Shanghai', 28800, 'CST'],
    ['posixrules', -18000, 'EST'],
    ['Factory', 0, '-00'],
  ])('%s is its zone file: %d s east of UTC, named %s', (zone, offset, abbr) => {
    expect(zoneFile(zone)).not.toBeNull();
    expect(zoneOffsetAt(1614900600_000, zone)).toBe(offset);
    expect(zoneAbbreviation(1614900600_000, zone)).toBe(abbr);
  });
});

describe('POSIX rules of zone file footers', () => {
  // After 2037 a zone file's transitions end: the footer's rule gives every later offset.
  test.each([
    ['EST5EDT,M3.2.0,M11.1.0', 'America/New_York'],
    ['CET-1CEST,M3.5.0,M10.5.0/3', 'Europe/Berlin'],
    ['NZST-12NZDT,M9.5.0,M4.1.0/3', 'Pacific/Auckland'],
    ['<+1030>-10:30<+11>-11,M10.1.0,M4.1.0', 'Australia/Lord_Howe'],
    ['<-04>4<-03>,M9.1.6/24,M4.1.6/24', 'America/Santiago'],
    ['<+0330>-3:30', 'Asia/Tehran'],
  ])('%s gives Intl\'s offsets of %s from 2038 to 2099', (footer, zone) => {
    const rule = posixRule(footer)!;
    expect(rule).toBeDefined();
    const wrong: string[] = [];
    for (let ms = Date.UTC(2038, 0, 1, 0, 17, 23); ms < Date.UTC(2100, 0, 1); ms += 3 * 86_400_000 + 3_600_000) {
      if (posixRuleAt(rule, Math.floor(ms / 1000)).offset !== intlOffset(zone, ms)) wrong.push(new Date(ms).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  test('the change happens at the rule\'s local time, to the second', () => {
    const rule = posixRule('EST5EDT,M3.2.0,M11.1.0')!;
    // 2050-03-13 02:00 EST = 07:00 UTC; 2050-11-06 02:00 EDT = 06:00 UTC.
    expect(posixRuleAt(rule, Date.UTC(2050, 2, 13, 6, 59, 59) / 1000)).toEqual({ abbr: 'EST', offset: -18000 });
    expect(posixRuleAt(rule, Date.UTC(2050, 2, 13, 7) / 1000)).toMatchObject({ abbr: 'EDT', offset: -14400 });
    expect(posixRuleAt(rule, Date.UTC(2050, 10, 6, 5, 59, 59) / 1000)).toMatchObject({ abbr: 'EDT' });
    expect(posixRuleAt(rule, Date.UTC(2050, 10, 6, 6) / 1000)).toMatchObject({ abbr: 'EST' });
  });

  test.each(['', 'EST', 'EST5EDT', 'EST5EDT,M3.2.0', 'EST5EDT,M13.2.0,M11.1.0', 'EST5EDT,M3.2.0,M11.1.0x'])('%j is not followed (Intl reads such a zone)', (text) => {
    expect(posixRule(text)).toBeUndefined();
  });
});
