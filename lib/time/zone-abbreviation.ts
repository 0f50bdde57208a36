// What Ruby's Time#zone (strftime %Z) prints for a time in a named zone:
// the abbreviation from the system's tz database (`CST` for Asia/Shanghai,
// `EDT`/`EST` for America/New_York). Intl only knows a few of these
// (it says `GMT+8`), so we read the zone's TZif file once, as libc does.
import { posixRuleAt } from './posix-rule.js';
import { posixZone, posixZoneRule, processZone, readsThroughIntl, zoneOffsetAt, zoneTypeAt } from './zone.js';
import { readZoneFile } from './tzif.js';

/** The zone abbreviation at instant `ms` in `zone` (the process zone, TZ, when undefined). */
export function zoneAbbreviation(ms: number, zone?: string): string {
  const name = zone || processZone();
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'UTC0') return 'UTC';
  const info = readZoneFile(name);
  if (!info && !readsThroughIntl(name)) {
    const rule = posixZoneRule(name);
    return rule ? posixRuleAt(rule, Math.floor(ms / 1000)).abbr : posixZone(name).abbr;
  }
  const offset = zoneOffsetAt(ms, zone);
  if (!info) return intlAbbreviation(ms, name);
  // The type in force, if its offset agrees; else the latest type with this offset.
  const current = zoneTypeAt(info, Math.floor(ms / 1000));
  if (current.offset === offset) return current.abbr;
  for (let j = info.types.length - 1; j >= 0; j--) if (info.types[j]!.offset === offset) return info.types[j]!.abbr;
  return intlAbbreviation(ms, name);
}

function intlAbbreviation(ms: number, zone: string): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    return name && !/^GMT/.test(name) ? name : '';
  } catch {
    return '';
  }
}
