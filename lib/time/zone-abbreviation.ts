// What Ruby's Time#zone (strftime %Z) prints for a time in a named zone:
// the abbreviation from the system's tz database (`CST` for Asia/Shanghai,
// `EDT`/`EST` for America/New_York). Intl only knows a few of these
// (it says `GMT+8`), so we read the zone's TZif file once, as libc does.
import fs from 'node:fs';
import { isKnownZone, posixZone, zoneOffsetAt } from './zone.js';

interface ZoneInfo {
  /** Transition instants in seconds, ascending, and the type in force from each. */
  times: number[];
  typeAt: number[];
  types: Array<{ offset: number; abbr: string }>;
}

const cache = new Map<string, ZoneInfo | null>();
const ZONEINFO_DIRS = ['/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo'];

function readZone(zone: string): ZoneInfo | null {
  if (cache.has(zone)) return cache.get(zone)!;
  let info: ZoneInfo | null = null;
  if (/^[A-Za-z0-9_+\-/]+$/.test(zone) && !zone.includes('..')) {
    for (const dir of ZONEINFO_DIRS) {
      try {
        info = parseTzif(fs.readFileSync(`${dir}/${zone}`));
        break;
      } catch {
        // not in this folder
      }
    }
  }
  cache.set(zone, info);
  return info;
}

function parseTzif(buf: Buffer): ZoneInfo | null {
  if (buf.toString('latin1', 0, 4) !== 'TZif') return null;
  const version = buf[4]!;
  const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32BE(at + 20 + i * 4));
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0) as [number, number, number, number, number, number];
  let at = 44;
  let timeSize = 4;
  if (version >= 0x32) {
    // Skip the 32-bit block; the 64-bit one follows with its own header.
    at += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(at) as [number, number, number, number, number, number];
    at += 44;
    timeSize = 8;
  }
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++) times.push(timeSize === 8 ? Number(buf.readBigInt64BE(at + i * 8)) : buf.readInt32BE(at + i * 4));
  at += timecnt * timeSize;
  const typeAt = [...buf.subarray(at, at + timecnt)];
  at += timecnt;
  const raw: Array<{ offset: number; idx: number }> = [];
  for (let i = 0; i < typecnt; i++) raw.push({ offset: buf.readInt32BE(at + i * 6), idx: buf[at + i * 6 + 5]! });
  at += typecnt * 6;
  const chars = buf.toString('latin1', at, at + charcnt);
  const types = raw.map((t) => ({ offset: t.offset, abbr: chars.slice(t.idx, chars.indexOf('\0', t.idx)) }));
  return { times, typeAt, types };
}

/** The zone abbreviation at instant `ms` in `zone` (the process zone, TZ, when undefined). */
export function zoneAbbreviation(ms: number, zone?: string): string {
  const name = zone ?? process.env.TZ ?? 'UTC';
  if (name === 'UTC' || name === 'Etc/UTC' || name === '' || name === 'UTC0') return 'UTC';
  const info = readZone(name.replace(/^:/, ''));
  if (!info && !isKnownZone(name)) return posixZone(name).abbr;
  const offset = zoneOffsetAt(ms, zone);
  if (!info) return intlAbbreviation(ms, name);
  const s = Math.floor(ms / 1000);
  let i = info.times.length - 1;
  while (i >= 0 && info.times[i]! > s) i--;
  // The type in force, if its offset agrees; else the latest type with this offset.
  const current = i >= 0 ? info.types[info.typeAt[i]!] : undefined;
  if (current && current.offset === offset) return current.abbr;
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
