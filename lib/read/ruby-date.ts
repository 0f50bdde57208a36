// A YAML date (`2022-02-11`): Ruby's Date as Psych's ScalarScanner#tokenize builds it.
import { JekyllTime } from '../time/index.js';
import { utcInstant } from '../time/time-fields.js';

/**
 * A calendar date with no time of day (Ruby's Date). It is a JekyllTime at
 * midnight UTC with offset 0, which is how Ruby's Date#strftime formats it
 * (`%H` → 00, `%z` → +0000), while `to_s` and jsonify give `2022-02-11`.
 */
export class RubyDate extends JekyllTime {
  constructor(year: number, month: number, day: number) {
    super(utcInstant(year, month - 1, day), 0);
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
    const jd = Math.floor(this.getTime() / 86400000) + 2440588;
    return `#<Date: ${this.toString()} ((${jd}j,0s,0n),+0s,2299161j)>`;
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isRubyDate(value: unknown): value is RubyDate {
  return value instanceof RubyDate;
}
