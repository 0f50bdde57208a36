import { JekyllTime } from '../time/jekyll-time.js';
import { refreshZoneEnv } from '../time/index.js';
import { parseDate } from '../read/parse-date.js';
import { rubyToS } from '../liquid/ruby/to-s.js';

/**
 * site.time: the config's `time` when set (Site#configure: Utils.parse_date of its to_s, so a
 * YAML time loses its fraction and a quoted one keeps it), else SOURCE_DATE_EPOCH (seconds)
 * when set, as reproducible builds expect, else the clock; shown in the site's time zone. Read
 * once per build, at the edge, and passed down as a value.
 */
export function siteTime(env: Readonly<Record<string, string | undefined>>, config: { readonly timezone?: unknown; readonly time?: unknown }, now = Date.now()): JekyllTime {
  // A build starts here: the zone files of $TZ and $TZDIR as they are now.
  refreshZoneEnv();
  const zone = typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : undefined;
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\s*-?\d+\s*$/.test(epoch) ? Number(epoch) * 1000 : now;
  // No timezone (`timezone: null`, the default): a local time of the process zone, whose %Z is its abbreviation.
  const clock = JekyllTime.inZone(ms, zone);
  const time = config.time;
  if (time === undefined || time === null || time === false) return clock;
  return parseDate(rubyToS(time), 'Invalid time in _config.yml.', zone, { file: '_config.yml' }, clock);
}
