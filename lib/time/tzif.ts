// A zone's TZif file from the system's tz database, read once per zone as glibc's
// tzfile.c (__tzfile_read) reads it for ENV['TZ'] (Ruby's Time under Jekyll): the
// transitions, the types in force from each, and the footer (a POSIX TZ string for
// instants after the last transition; RFC 8536).
import fs from 'node:fs';
import { posixRule, type PosixRule } from './posix-rule.js';
import { processWide } from '../entries/shared-class.js';

export interface ZoneType {
  /** Seconds east of UTC. */
  readonly offset: number;
  readonly abbr: string;
}

export interface ZoneInfo {
  /** Transition instants in seconds, ascending, and the type in force from each. */
  readonly times: readonly number[];
  readonly typeAt: readonly number[];
  readonly types: readonly ZoneType[];
  /** The footer's rule (version 2+), for instants after the last transition. */
  readonly rule?: PosixRule;
}

const cache = new Map<string, ZoneInfo | null>();
// Zones whose file is there but holds what we cannot follow (readZoneFile gives null for them too).
const unreadable = new Set<string>();

/** $TZ and $TZDIR, as this process had them when a build last started (reading process.env costs microseconds). */
export interface ZoneEnv {
  readonly tz: string | undefined;
  readonly tzdir: string | undefined;
}
// One for the process: a build refreshes it in the engine's copy of this module, and a JekyllTime of
// the other bundle reads it (entries/shared-class.ts).
const zoneEnvironment = processWide('zoneEnv', (): { current?: ZoneEnv } => ({}));

export function zoneEnv(): ZoneEnv {
  return (zoneEnvironment.current ??= readZoneEnv());
}

/** Reads $TZ and $TZDIR again: at the start of each build (lib/site/site-time.ts), as Ruby's Time sees them then. */
export function refreshZoneEnv(): void {
  zoneEnvironment.current = readZoneEnv();
}

function readZoneEnv(): ZoneEnv {
  return { tz: process.env.TZ, tzdir: process.env.TZDIR || undefined };
}
// glibc's TZDIR default on Debian (and most systems), then where other systems keep theirs.
const ZONEINFO_DIRS = ['/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo'];

/**
 * The zone's TZif data, or null when there is no such zone file. As tzfile.c
 * (__tzfile_read) finds it: a leading `:` is dropped, an absolute path is read as
 * it is, a name is looked for in $TZDIR when that is set (and only there), else
 * in the system's folder.
 */
export function readZoneFile(zone: string): ZoneInfo | null {
  const tzdir = zoneEnv().tzdir;
  const key = tzdir === undefined ? zone : `${zone}\0${tzdir}`;
  let info = cache.get(key);
  if (info !== undefined) return info;
  info = null;
  const name = zone.startsWith(':') ? zone.slice(1) : zone;
  if (name !== '') {
    const paths = name.startsWith('/') ? [name] : (tzdir !== undefined ? [tzdir] : ZONEINFO_DIRS).map((dir) => `${dir}/${name}`);
    for (const file of paths) {
      try {
        // Only regular files: a `timezone:` naming a device or a folder reads nothing.
        if (!fs.statSync(file).isFile()) continue;
        info = parseTzif(fs.readFileSync(file));
        if (!info) unreadable.add(key);
        break;
      } catch {
        // not in this folder
      }
    }
  }
  cache.set(key, info);
  return info;
}

/** Whether `zone` has a zone file that readZoneFile could not read (a footer it cannot follow). */
export function zoneFileUnreadable(zone: string): boolean {
  const tzdir = zoneEnv().tzdir;
  return readZoneFile(zone) === null && unreadable.has(tzdir === undefined ? zone : `${zone}\0${tzdir}`);
}

let systemDatabase: boolean | undefined;

/**
 * Whether glibc has a tz database to look names up in: $TZDIR set, or one of the
 * system's folders there. With one, a name that has no file in it is a POSIX TZ
 * string (tzset.c), however well Intl knows it: `asia/shanghai`, `CST` or `JST`
 * are UTC under Jekyll.
 */
export function hasZoneDatabase(): boolean {
  if (zoneEnv().tzdir !== undefined) return true;
  return (systemDatabase ??= ZONEINFO_DIRS.some((dir) => {
    try {
      return fs.statSync(dir).isDirectory();
    } catch {
      return false;
    }
  }));
}

export function parseTzif(buf: Buffer): ZoneInfo | null {
  if (buf.length < 44 || buf.toString('latin1', 0, 4) !== 'TZif') return null;
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
  if (types.length === 0) return null;
  at += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
  // The footer: "\n<POSIX TZ string>\n" (empty when the last type lasts for ever).
  let rule: PosixRule | undefined;
  if (timeSize === 8 && buf[at] === 0x0a) {
    const end = buf.indexOf(0x0a, at + 1);
    const footer = end === -1 ? '' : buf.toString('latin1', at + 1, end);
    if (footer !== '') {
      const parsed = posixRule(footer);
      // A footer that cannot be followed: the zone is read through Intl instead.
      if (!parsed) return null;
      rule = parsed;
    }
  }
  return { times, typeAt, types, ...(rule ? { rule } : {}) };
}

/** The index of the last transition at or before second `s`, -1 before the first. */
export function transitionAt(info: ZoneInfo, s: number): number {
  const times = info.times;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
