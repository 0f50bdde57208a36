// Ruby's Float where JavaScript's number loses what Ruby shows. Shared by the
// YAML reader (front matter `3.0`) and Liquid (which prints it `3.0`).

/**
 * A Float whose value is a whole number (`3.0` in YAML or a template): JavaScript
 * numbers cannot tell `3.0` from `3`, so readers that care wrap them in this.
 * `valueOf` keeps arithmetic and comparisons working.
 */
export class RubyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return floatToS(this.value);
  }
  toJSON(): number {
    return this.value;
  }
}

export function isRubyFloat(v: unknown): v is RubyFloat {
  return v instanceof RubyFloat;
}

/**
 * One RubyFloat per value among those seen (`seen`): Float#eql? makes every 4.0 the same Hash
 * key, where each RubyFloat object would be a Map key of its own.
 */
export function sameFloat(seen: Map<number, RubyFloat>, v: RubyFloat): RubyFloat {
  const first = seen.get(v.value);
  if (first) return first;
  seen.set(v.value, v);
  return v;
}

/**
 * Ruby's Float#to_s: `1.0`, `0.1`, `1.0e+20`, `1.0e-05`, `Infinity`, `NaN`. flo_to_s writes the
 * exponent once the decimal point would fall after the 16th digit (1e15 is `1.0e+15`).
 */
export function floatToS(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-4) {
    const [mantissa, exp] = n.toExponential().split('e') as [string, string];
    const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    const e = Number(exp);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const s = String(n);
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
}

