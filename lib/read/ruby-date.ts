// A YAML date (`2022-02-11`): Ruby's Date as Psych's ScalarScanner#tokenize builds it
// (Date.strptime, so with Date::ITALY: a day before 1582-10-15 is a Julian one).
import { JekyllTime, type LocalFields } from '../time/index.js';
import { civilToJd, GREGORIAN, instantOfJd, ITALY, jdOfInstant, jdToCivil, weekdayOfJd } from '../time/civil.js';

/**
 * A calendar date with no time of day (Ruby's Date). It is a JekyllTime at
 * midnight UTC of its day with offset 0, which is how Ruby's Date#strftime formats
 * it (`%H` → 00, `%z` → +0000, `%s` from its day number), while `to_s` and jsonify
 * give `2022-02-11`. Its fields are the Julian calendar's before 1582-10-15:
 * `1500-03-01` is the day a Time calls 1500-03-11.
 */
export class RubyDate extends JekyllTime {
  constructor(year: number, month: number, day: number) {
    super(instantOfJd(civilToJd(year, month, day, ITALY)), 0);
  }

  override get isDate(): boolean {
    return true;
  }

  #julian: Readonly<LocalFields> | undefined;
  #julianAt = NaN;

  /** The date's fields: Julian before the reform (Date#year, #mon, #mday, #wday). */
  override local(): Readonly<LocalFields> {
    const ms = this.getTime();
    const jd = jdOfInstant(ms);
    if (jd >= ITALY) return super.local();
    if (ms === this.#julianAt && this.#julian) return this.#julian;
    const [year, month, day] = jdToCivil(jd, ITALY);
    this.#julian = { year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0, weekday: weekdayOfJd(jd) };
    this.#julianAt = ms;
    return this.#julian;
  }

  /** [year, month, day] of the same day in the proleptic Gregorian calendar, which Date#to_time gives Time.local. */
  gregorian(): [number, number, number] {
    return jdToCivil(jdOfInstant(this.getTime()), GREGORIAN);
  }

  /** Ruby's Date#to_s: `2022-02-11`. */
  override toString(): string {
    const f = this.local();
    return `${String(f.year).padStart(4, '0')}-${pad(f.month)}-${pad(f.day)}`;
  }

  override toJSON(): string {
    return this.toString();
  }

  /** Ruby's Date#inspect: `#<Date: 2022-02-11 ((2459622j,0s,0n),+0s,2299161j)>`. */
  override inspect(): string {
    return `#<Date: ${this.toString()} ((${jdOfInstant(this.getTime())}j,0s,0n),+0s,${ITALY}j)>`;
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isRubyDate(value: unknown): value is RubyDate {
  return value instanceof RubyDate;
}
