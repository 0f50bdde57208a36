// Offsets of named time zones (the site's `timezone:`): from the system's zone file
// as glibc reads it (tzif.ts), else as a POSIX TZ string; from Intl only on a system
// with no tz database. Jekyll sets ENV['TZ'] to the site
// zone; without one the process zone applies.
import { posixRule, posixRuleAt, type PosixRule } from './posix-rule.js';
import { utcInstant } from './time-fields.js';
import { hasZoneDatabase, readZoneFile, transitionAt, zoneEnv, zoneFileUnreadable, type ZoneInfo, type ZoneType } from './tzif.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Is `zone` a time zone name that this runtime knows? */
export function isKnownZone(zone: string): boolean {
  if (caches.get(cacheKey(zone))?.file) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// Offsets only change at transitions, which fall on quarter hours: remember
// the offset of each quarter hour asked for (Intl is slow on the hot path).
const QUARTER_HOUR = 900_000;
const DAY_MS = 86_400_000;

/**
 * glibc's tzset for a TZ value that names no zone (Jekyll sets ENV['TZ'] to
 * `timezone:` as written, so `nil` or `Asia/Beijing` get here): a POSIX string,
 * a name of 3+ letters or `<...>`, then an offset west of UTC `[+-]hh[:mm[:ss]]`,
 * 0 when absent. `Asia/Beijing` is UTC named `Asia`, `nil` UTC named `nil`,
 * `XYZ-5:30` +05:30. A daylight-saving part with its rules is posixZoneRule's.
 */
export function posixZone(zone: string): { abbr: string; offset: number } {
  const m = /^:?(?:<([^>]*)>|([A-Za-z]{3,}))(?:([+-]?)(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}))?)?/.exec(zone);
  if (!m) return { abbr: '', offset: 0 };
  const west = (Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0);
  return { abbr: m[1] ?? m[2]!, offset: m[3] === '-' || west === 0 ? west : -west };
}

/**
 * The daylight-saving rules of a TZ value that names no zone, when it spells them
 * out (`EST5EDT,M3.2.0,M11.1.0`): glibc's tzset follows them as it does a zone
 * file's footer. Without rules (`ABC5DEF`) glibc borrows posixrules' transitions,
 * which we do not: such a zone keeps its standard offset (posixZone).
 */
export function posixZoneRule(zone: string): PosixRule | undefined {
  const rule = posixRule(zone.startsWith(':') ? zone.slice(1) : zone);
  return rule?.dst ? rule : undefined;
}

/**
 * Per zone: its zone file (tzif.ts) when the system has one; else, through Intl,
 * the offset of each day that has one all day long (null: it changes that day),
 * and of each quarter hour asked for; for a zone that Intl does not know, its POSIX
 * `rule` when it has daylight-saving rules, else its `fixed` offset (posixZone).
 */
type ZoneCache = { file?: ZoneInfo; days: Map<number, number | null>; quarters: Map<number, number>; fixed?: number; rule?: PosixRule };
const caches = new Map<string, ZoneCache>();

/** The zone's file as glibc reads it for Ruby, `posix/...`, `right/...` and `posixrules` included (tzfile.c#__tzfile_read). */
export function zoneFile(zone: string): ZoneInfo | null {
  return readZoneFile(zone);
}

// Names ICU takes that the tz database has no file for: Java's three-letter zones
// (`CST` is Chicago, `JST` Tokyo, `CTT` Shanghai to ICU) and the SystemV zones.
const ICU_ONLY = /^(?:ACT|AET|AGT|ART|AST|BET|BST|CAT|CNT|CST|CTT|EAT|ECT|IET|IST|JST|MIT|NET|NST|PLT|PNT|PRT|PST|SST|VST|SystemV\/.*)$/;

/** Whether the tz database has `zone` as written: Intl knows it, it is none of ICU's own names, and its case is the database's (Intl takes `asia/shanghai` for `Asia/Shanghai`). */
function isTzdataName(zone: string): boolean {
  if (ICU_ONLY.test(zone) || !isKnownZone(zone)) return false;
  const canonical = formatterFor(zone).resolvedOptions().timeZone;
  return canonical === zone || canonical.toLowerCase() !== zone.toLowerCase();
}

/**
 * Whether a zone with no zone file is read through Intl: only on a system with no
 * tz database at all (hasZoneDatabase), for a name the tz database has. With a
 * database, glibc reads a name it does not find there as a POSIX TZ string
 * (`Europe/Paris` under a $TZDIR without it is UTC named `Europe`, `asia/shanghai`
 * UTC named `asia`, `CST` UTC named `CST`), whatever Intl makes of it. A file
 * there that we cannot follow is read through Intl too.
 */
export function readsThroughIntl(zone: string): boolean {
  if (zoneFileUnreadable(zone)) return isKnownZone(zone);
  return !hasZoneDatabase() && isTzdataName(zone);
}

// The zone files a name stands for depend on $TZDIR.
function cacheKey(zone: string): string {
  const tzdir = zoneEnv().tzdir;
  return tzdir ? `${zone}\0${tzdir}` : zone;
}

const TZDEFAULT = '/etc/localtime';

/** The zone of a time with no site timezone: glibc's reading of $TZ (unset: /etc/localtime, empty: UTC). */
export function processZone(): string {
  const tz = zoneEnv().tz;
  if (tz === undefined) return TZDEFAULT;
  return tz === '' || tz === ':' ? 'UTC' : tz;
}

function zoneCache(zone: string): ZoneCache {
  const key = cacheKey(zone);
  let cache = caches.get(key);
  if (!cache) {
    const file = zoneFile(zone) ?? undefined;
    cache = { file, days: new Map(), quarters: new Map() };
    if (!file && !readsThroughIntl(zone)) {
      cache.rule = posixZoneRule(zone);
      if (!cache.rule) cache.fixed = posixZone(zone).offset;
    }
    caches.set(key, cache);
  }
  return cache;
}

/** The type of `info` in force at second `s`: the transitions', then the footer's rule (tzfile.c#__tzfile_compute). */
export function zoneTypeAt(info: ZoneInfo, s: number): ZoneType {
  const last = info.times.length - 1;
  if (info.rule && (last < 0 || s >= info.times[last]!)) return posixRuleAt(info.rule, s);
  const i = transitionAt(info, s);
  return info.types[i < 0 ? 0 : info.typeAt[i]!] ?? info.types[0]!;
}

/** Offset east of UTC, in seconds, of `zone` (or the process zone, $TZ, when undefined) at instant `ms`. */
export function zoneOffsetAt(ms: number, zone?: string): number {
  if (!zone) zone = processZone();
  const cache = zoneCache(zone);
  if (cache.file) return zoneTypeAt(cache.file, Math.floor(ms / 1000)).offset;
  if (cache.fixed !== undefined) return cache.fixed;
  if (cache.rule) return posixRuleAt(cache.rule, Math.floor(ms / 1000)).offset;
  // Most days have one offset all day long: one answer serves every time of that day.
  const day = Math.floor(ms / DAY_MS);
  let whole = cache.days.get(day);
  if (whole === undefined) {
    const start = intlOffsetAt(day * DAY_MS, zone);
    whole = start === intlOffsetAt((day + 1) * DAY_MS - 1000, zone) ? start : null;
    if (cache.days.size > 100_000) cache.days.clear();
    cache.days.set(day, whole);
  }
  if (whole !== null) return whole;
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = cache.quarters.get(quarter);
  if (offset === undefined) {
    offset = intlOffsetAt(ms, zone);
    if (cache.quarters.size > 100_000) cache.quarters.clear();
    cache.quarters.set(quarter, offset);
  }
  return offset;
}

// en-US's "1/4/2015, 21:48:23": format() is several times cheaper than formatToParts().
const US_DATE_TIME = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

function intlOffsetAt(ms: number, zone: string): number {
  const formatter = formatterFor(zone);
  const date = new Date(ms);
  const m = US_DATE_TIME.exec(formatter.format(date));
  let asUtc: number;
  if (m) asUtc = utcInstant(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!);
  else {
    // Other shapes (an era for years before 1): read the parts.
    const parts = formatter.formatToParts(date);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    asUtc = utcInstant(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  }
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 1000);
}

/**
 * The instant at which the wall clock of `zone` shows the given local time
 * (Ruby's Time.local under ENV['TZ'] = zone). Around a DST change Ruby picks,
 * for a time that happens twice, the later instant (standard time), and for a
 * time skipped by the change, the offset in force before it (02:30 becomes 03:30 EDT).
 */
export function instantFromLocal(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone?: string,
  millis = 0,
): number {
  const asUtc = utcInstant(year, month - 1, day, hour, minute, second, millis);
  const before = zoneOffsetAt(asUtc - DAY, zone);
  const after = zoneOffsetAt(asUtc + DAY, zone);
  const fits = (offset: number): boolean => zoneOffsetAt(asUtc - offset * 1000, zone) === offset;
  const candidates = [before, after].filter(fits);
  if (candidates.length === 0) return asUtc - before * 1000;
  return asUtc - Math.min(...candidates) * 1000;
}

const DAY = 86_400_000;
