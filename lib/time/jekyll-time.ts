import { zoneAbbreviation } from './zone-abbreviation.js';
import { zoneOffsetAt } from './zone.js';
import { zoneEnv } from './tzif.js';
import { sharedInstanceof } from '../entries/shared-class.js';

/**
 * A point in time with the UTC offset it is shown in, like Ruby's Time.
 * It is a Date (so liquidjs and user code can treat it as one) that also
 * knows its offset, so that `{{ page.date }}` prints Ruby's
 * `2022-02-11 22:22:45 +0800` and date filters format in the right zone.
 */
export class JekyllTime extends Date {
  /** Seconds east of UTC. */
  readonly utcOffset: number;
  /** Ruby's Time#utc? (a YAML `Z` timestamp): to_s prints `UTC` instead of `+0000`. */
  readonly isUtc: boolean;

  constructor(ms: number, utcOffset: number, isUtc = false) {
    super(ms);
    this.utcOffset = isUtc ? 0 : utcOffset;
    this.isUtc = isUtc;
  }

  /**
   * Set for local times (Ruby's Time#localtime): the zone whose abbreviation
   * `%Z` prints. A time with a fixed offset (from YAML or a parsed string with
   * an offset) has none, and Ruby prints `%Z` empty for it.
   */
  #localZone: string | undefined | null = null;

  /**
   * The nanoseconds of its second beyond the Date's milliseconds: Ruby's Time keeps its fraction
   * exactly (Psych's `us` and Time.parse's sec_fraction are Rationals), so `%N` of
   * `10:00:00.123456789` prints all nine digits. Set once, as the time is made.
   */
  #subMillisecondNanos = 0;

  /**
   * Gregorian cycles of 400 years (146,097 days, 12,622,780,800 seconds) past its Date's instant:
   * Ruby's Time holds any year (`Jan 20230501` parses), a Date only ±275,760 years. Such a time's
   * Date is the same place of the calendar (week days and zone rules repeat every 400 years),
   * a year from 100,000 to 100,400 (or as far back before 0); `local()` counts the cycles back in.
   */
  #cycles = 0;

  /** This time `cycles` × 400 years later than its Date. */
  withCycles(cycles: number): this {
    this.#cycles = cycles;
    return this;
  }

  get cycles(): number {
    return this.#cycles;
  }

  /** Ruby's Time#to_i: whole seconds since the epoch (a bigint past a Date's range). */
  epochSeconds(): number | bigint {
    const s = Math.floor(this.getTime() / 1000);
    return this.#cycles === 0 ? s : BigInt(s) + BigInt(this.#cycles) * 12_622_780_800n;
  }

  /** This time with `nanos` (0-999,999) more than its milliseconds. */
  withSubMillisecondNanos(nanos: number): this {
    this.#subMillisecondNanos = nanos;
    return this;
  }

  get subMillisecondNanos(): number {
    return this.#subMillisecondNanos;
  }

  /** Ruby's Time#nsec: the fraction of its second in nanoseconds. */
  get nanosecond(): number {
    return (((this.getTime() % 1000) + 1000) % 1000) * 1e6 + this.#subMillisecondNanos;
  }

  /** The same instant as a local time of `zone` (the site timezone, or the process zone when undefined). */
  static inZone(ms: number, zone?: string): JekyllTime {
    const t = new JekyllTime(ms, zoneOffsetAt(ms, zone));
    t.#localZone = zone;
    return t;
  }

  /**
   * `inZone(this instant, zone)`, remembered for the last zone asked (and the zone settings,
   * $TZ and $TZDIR, it was asked under): a post's fixed-offset date is shown in the site zone by
   * each date filter and by {% seo %}, several times per page. The time given is shared: read
   * it, never change it.
   */
  shownIn(zone: string | undefined): JekyllTime {
    const ms = this.getTime();
    const env = zoneEnv();
    const memo = this.#shown;
    if (memo !== undefined && memo.at === ms && memo.zone === zone && memo.env === env) return memo.time;
    const time = JekyllTime.inZone(ms, zone).withSubMillisecondNanos(this.#subMillisecondNanos).withCycles(this.#cycles);
    this.#shown = { at: ms, zone, env, time };
    return time;
  }

  #shown: { readonly at: number; readonly zone: string | undefined; readonly env: object; readonly time: JekyllTime } | undefined;

  /** Ruby's Date (lib/read/ruby-date.ts) rather than Time: strftime knows `%Q` and counts days in its calendar. */
  get isDate(): boolean {
    return false;
  }

  /** The zone `inZone` gave (undefined: the process zone), null for a fixed-offset time; with `withLocalZone`, for copying a time to another thread. */
  get localZone(): string | undefined | null {
    return this.#localZone;
  }

  /** This time shown as a local time of `zone` (what `localZone` returned), its offset kept. */
  withLocalZone(zone: string | undefined | null): this {
    this.#localZone = zone;
    return this;
  }

  /** Ruby's Time#zone: `CST`, `EDT`, `UTC`, or '' for a fixed-offset time. */
  get zoneName(): string {
    if (this.isUtc) return 'UTC';
    if (this.#localZone === null) return '';
    return zoneAbbreviation(this.getTime(), this.#localZone);
  }

  /** The fields `local()` computed last, for the instant `#fieldsAt` (a Date can be set to another). */
  #fields: Readonly<LocalFields> | undefined;
  #fieldsAt = NaN;
  #fieldsCycles = 0;

  /**
   * Wall-clock fields in this time's own offset. Computed once per instant: a page's date
   * is formatted several times per page (`date`, `date_to_xmlschema`, {% seo %}). The
   * object is shared: read it, never change it.
   */
  local(): Readonly<LocalFields> {
    const ms = this.getTime();
    if (ms === this.#fieldsAt && this.#fields && this.#fieldsCycles === this.#cycles) return this.#fields;
    const d = new Date(ms + this.utcOffset * 1000);
    const fields: LocalFields = {
      year: d.getUTCFullYear() + this.#cycles * 400,
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      weekday: d.getUTCDay(),
    };
    this.#fields = fields;
    this.#fieldsAt = ms;
    this.#fieldsCycles = this.#cycles;
    return fields;
  }

  /** `+0800`, `-0500`, `+0000` (Ruby's %z). */
  offsetString(colon = false): string {
    const sign = this.utcOffset < 0 ? '-' : '+';
    const abs = Math.abs(this.utcOffset);
    const hh = pad(Math.floor(abs / 3600));
    const mm = pad(Math.floor((abs % 3600) / 60));
    return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
  }

  /** Ruby's Time#to_s: `2022-02-11 22:22:45 +0800`. */
  override toString(): string {
    const f = this.local();
    return `${rubyYear(f.year)}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${this.isUtc ? 'UTC' : this.offsetString()}`;
  }

  /** Ruby's Time#inspect: to_s with the fraction of a second when there is one (`13:45:00.5 UTC`). */
  inspect(): string {
    const nanos = this.nanosecond;
    if (nanos === 0) return this.toString();
    const fraction = String(nanos).padStart(9, '0').replace(/0+$/, '');
    return this.toString().replace(/^(\S+ \d\d:\d\d:\d\d)/, `$1.${fraction}`);
  }

  /** Ruby's Time#xmlschema: `2022-02-11T22:22:45+08:00`. */
  toXmlSchema(): string {
    const f = this.local();
    // the text of the fields `local()` keeps: a page's date is written so by its layout and by {% seo %}
    if (this.#xmlFields === f) return this.#xml;
    this.#xml = `${rubyYear(f.year)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${this.isUtc ? 'Z' : this.offsetString(true)}`;
    this.#xmlFields = f;
    return this.#xml;
  }

  #xml = '';
  #xmlFields: Readonly<LocalFields> | undefined;

  /** JSON as Jekyll's jsonify writes a Time: its to_s. */
  override toJSON(): string {
    return this.toString();
  }
}

// `instanceof JekyllTime` holds for a JekyllTime of either bundle (entries/shared-class.ts).
sharedInstanceof(JekyllTime, 'JekyllTime');

export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A year as Ruby's Time#to_s and #xmlschema write it: at least four digits (0202), after its sign. */
function rubyYear(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/** A fraction of a second as written (`123456789` of `.123456789`): its milliseconds and the nanoseconds beyond them. */
export function splitFraction(digits: string | undefined): [millis: number, subMillisecondNanos: number] {
  if (!digits) return [0, 0];
  const nine = digits.padEnd(9, '0');
  return [Number(nine.slice(0, 3)), Number(nine.slice(3, 9))];
}

export function isJekyllTime(value: unknown): value is JekyllTime {
  return value instanceof JekyllTime;
}
