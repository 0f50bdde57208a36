import { JekyllTime } from '../time/jekyll-time.js';
import { refreshZoneEnv } from '../time/index.js';

/**
 * site.time: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds
 * expect, else the clock; shown in the site's time zone. Read once per build,
 * at the edge, and passed down as a value.
 */
export function siteTime(env: Readonly<Record<string, string | undefined>>, timezone?: string | null, now = Date.now()): JekyllTime {
  // A build starts here: the zone files of $TZ and $TZDIR as they are now.
  refreshZoneEnv();
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\s*-?\d+\s*$/.test(epoch) ? Number(epoch) * 1000 : now;
  // No timezone (`timezone: null`, the default): a local time of the process zone, whose %Z is its abbreviation.
  return JekyllTime.inZone(ms, timezone || undefined);
}
