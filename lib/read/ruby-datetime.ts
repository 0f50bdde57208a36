// Ruby's DateTime, as CSV's `date_time` converter makes it (DateTime.parse): a time with a fixed
// offset that prints as ISO 8601 (`2024-03-05T10:20:30+02:00`) where a Time prints
// `2024-03-05 10:20:30 +0200`, and inspects with its day number, seconds and nanoseconds in UTC.
import { JekyllTime, type LocalFields } from '../time/index.js';
import { ITALY, jdOfInstant, jdToCivil, weekdayOfJd } from '../time/civil.js';

const DAY_MS = 86_400_000;

export class RubyDateTime extends JekyllTime {
  /** The fraction of its second in nanoseconds (a JavaScript Date keeps milliseconds). */
  readonly nanos: number;

  constructor(ms: number, utcOffset: number, nanos = ((ms % 1000) + 1000) % 1000 * 1e6) {
    super(ms, utcOffset);
    this.nanos = nanos;
  }

  /** A DateTime is a Date: strftime counts its days in its calendar, and knows `%Q` and `%+`. */
  override get isDate(): boolean {
    return true;
  }

  /** Its wall-clock fields, the day a Julian one before the reform (as RubyDate's). */
  override local(): Readonly<LocalFields> {
    const f = super.local();
    const jd = jdOfInstant(this.getTime() + this.utcOffset * 1000);
    if (jd >= ITALY) return f;
    const [year, month, day] = jdToCivil(jd, ITALY);
    return { ...f, year, month, day, weekday: weekdayOfJd(jd) };
  }

  /** DateTime#to_s: `2024-03-05T10:20:30+02:00`, no fraction. */
  override toString(): string {
    return this.toXmlSchema();
  }

  override toJSON(): string {
    return this.toString();
  }

  /** DateTime#inspect: `#<DateTime: 2024-03-05T10:20:30+02:00 ((2460375j,30030s,0n),+7200s,2299161j)>`. */
  override inspect(): string {
    const ms = this.getTime();
    const seconds = Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / 1000);
    const offset = `${this.utcOffset < 0 ? '-' : '+'}${Math.abs(this.utcOffset)}s`;
    return `#<DateTime: ${this.toString()} ((${jdOfInstant(ms)}j,${seconds}s,${this.nanos}n),${offset},${ITALY}j)>`;
  }
}
