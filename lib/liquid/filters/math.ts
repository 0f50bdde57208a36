// Liquid's math filters with Ruby's number rules (liquid/standardfilters.rb, Utils.to_number):
// Integer op Integer stays an Integer (division floors), a Float anywhere gives a Float.
import { LiquidFailure } from '../errors.js';
import { RubyFloat, rubyObjectToS } from '../ruby/to-s.js';
import { isJekyllTime } from '../../time/index.js';
import { noMethod } from './no-method.js';
import { RubyDateTime } from '../../read/ruby-datetime.js';
import { isRubyDate } from '../../read/ruby-date.js';
import { rubyInteger, rubyStringToI } from '../../values/ruby-integer.js';

interface Num {
  n: number;
  float: boolean;
  /** An Integer too large for a double, exact. */
  big?: bigint;
  /** The digits BigDecimal is made of: a decimal string's own, a Float's to_s. */
  text?: string;
}

/** Utils.to_number. */
export function toNum(v: unknown): Num {
  if (v instanceof RubyFloat) return { n: v.value, float: true, text: String(v.value) };
  if (typeof v === 'bigint') return { n: Number(v), float: false, big: v };
  if (typeof v === 'string' && /^\s*-?\d{16,}\s*$/.test(v)) return { n: Number(v), float: false, big: BigInt(v.trim()) };
  // (an integral number is an Integer, which has no negative zero: `-0 | times: 2.0` is 0.0)
  if (typeof v === 'number') return Number.isInteger(v) ? { n: v + 0, float: false } : { n: v, float: true, text: String(v) };
  if (typeof v === 'string') {
    const s = v.trim();
    if (/^-?\d+\.\d+$/.test(s)) return { n: Number(s), float: true, text: s };
    return { n: rubyStringToI(v), float: false };
  }
  return { n: 0, float: false };
}


/** A Float result: whole numbers keep their Float-ness so that they print as `2.0`. */
export function floatResult(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

function result(n: number, float: boolean): number | RubyFloat {
  return float ? floatResult(n) : n;
}

/** The number itself: a Bignum stays exact. */
function numberOf(a: Num): number | bigint | RubyFloat {
  return a.big ?? result(a.n, a.float);
}

/** Integer#ceil/#floor (itself) or Float#ceil/#floor then #to_i, exact beyond 2**53. */
function wholeNumber(a: Num, whole: (n: number) => number): number | bigint {
  if (a.big !== undefined) return a.big;
  const w = whole(a.n) + 0;
  return Number.isSafeInteger(w) || !Number.isFinite(w) ? w : BigInt(w);
}

/** Digits after the point of a Float's to_s (Liquid turns Floats into BigDecimal through to_s). */
function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 20;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * BigDecimal#round(d) half away from zero on a non-negative decimal's digits: Liquid's to_number
 * makes a Float a BigDecimal of its to_s (the shortest digits) and a decimal string a BigDecimal of
 * itself, so 0.0305 rounds to 0.031 where the double's exact value (0.03049…) would give 0.03.
 */
function roundDecimal(text: string, d: number): number {
  const m = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return Number(text);
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3] ?? 0);
  const keep = point + d;
  if (keep >= digits.length) return Number(text);
  if (keep < 0) return 0;
  const up = digits.charCodeAt(keep) >= 53; // '5'
  const kept = BigInt(digits.slice(0, keep) || '0') + (up ? 1n : 0n);
  return Number(`${kept}e-${d}`);
}

/** Integer arithmetic past 2^53: exact as Ruby's Integer, a plain number again when it fits. */
function bigIntOp(a: Num, b: Num, f: (x: bigint, y: bigint) => bigint): number | bigint | undefined {
  if (a.float || b.float) return undefined;
  const x = a.big ?? BigInt(a.n);
  const y = b.big ?? BigInt(b.n);
  const r = f(x, y);
  return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

const needsBig = (a: Num, b: Num, r: number): boolean => !a.float && !b.float && (a.big !== undefined || b.big !== undefined || !Number.isSafeInteger(r));

/** A number as BigDecimal holds it: m × 10^e, exact (undefined for Infinity and NaN). */
function decimal(a: Num): { m: bigint; e: number } | undefined {
  if (!a.float) return { m: a.big ?? BigInt(a.n), e: 0 };
  const d = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(a.text ?? String(a.n));
  if (!d) return undefined;
  const fraction = d[3] ?? '';
  return { m: BigInt(`${d[1]}${d[2]}${fraction}`), e: Number(d[4] ?? 0) - fraction.length };
}

/**
 * `+ - *` as Liquid's apply_operation computes them when a Float is in it: BigDecimal's exact
 * result, then BigDecimal#to_f (one rounding, so 0.3333333333333333 * 3 is 0.9999999999999999).
 * A zero keeps the sign the double operation gives it, as BigDecimal's signed zero does.
 */
function op(f: (a: number, b: number) => number, exact: (x: { m: bigint; e: number }, y: { m: bigint; e: number }) => { m: bigint; e: number }, g: (x: bigint, y: bigint) => bigint) {
  return (input: unknown, operand: unknown): number | bigint | RubyFloat => {
    const a = toNum(input);
    const b = toNum(operand);
    if (needsBig(a, b, f(a.n, b.n))) return bigIntOp(a, b, g)!;
    const float = a.float || b.float;
    let r = f(a.n, b.n);
    const [x, y] = [decimal(a), decimal(b)];
    if (float && x && y) {
      const z = exact(x, y);
      if (z.m !== 0n) r = Number(`${z.m}e${z.e}`);
    }
    return result(r, float);
  };
}

/** Two decimals over one exponent (the smaller), for adding. */
function aligned(x: { m: bigint; e: number }, y: { m: bigint; e: number }): [bigint, bigint, number] {
  const e = Math.min(x.e, y.e);
  return [x.m * 10n ** BigInt(x.e - e), y.m * 10n ** BigInt(y.e - e), e];
}

/**
 * Two Floats as BigDecimal holds them (Utils.to_number: BigDecimal(float.to_s)): integers over
 * one power of ten, when both fit in a double exactly. Dividing such integers rounds once, as
 * BigDecimal's exact result does when it becomes a Float again (183.357 % 12 is 3.357).
 */
function scaled(a: Num, b: Num): { x: number; y: number; unit: number } | undefined {
  const d = Math.max(decimals(a.n), decimals(b.n));
  if (d > 15) return undefined;
  const int = (n: number): number => {
    const [whole, fraction = ''] = String(n).split('.');
    return Number(whole + fraction.padEnd(d, '0'));
  };
  const x = int(a.n);
  const y = int(b.n);
  return Number.isSafeInteger(x) && Number.isSafeInteger(y) ? { x, y, unit: 10 ** d } : undefined;
}

/** Utils.to_integer: Integer(num.to_s) or "invalid integer". */
export function toInteger(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  // A Float's to_s always has its point (`2.0`), which Integer() refuses.
  if (v instanceof RubyFloat) throw new LiquidFailure('error', 'invalid integer');
  // Integer() reads `0x1A`, `017` (octal), `1_000` too, of `num.to_s`: a list's is its inspect
  // (`[1]`, no integer), where JavaScript's String([1]) is "1"
  const n = rubyInteger(rubyObjectToS(v));
  if (n === undefined) throw new LiquidFailure('error', 'invalid integer');
  return Number(n);
}

export const mathFilters: Record<string, (...args: never[]) => unknown> = {
  plus: op((a, b) => a + b, (x, y) => { const [p, q, e] = aligned(x, y); return { m: p + q, e }; }, (x, y) => x + y),
  minus: op((a, b) => a - b, (x, y) => { const [p, q, e] = aligned(x, y); return { m: p - q, e }; }, (x, y) => x - y),
  times: op((a, b) => a * b, (x, y) => ({ m: x.m * y.m, e: x.e + y.e }), (x, y) => x * y),
  divided_by: (input: unknown, operand: unknown) => {
    const a = toNum(input);
    const b = toNum(operand);
    if (a.float || b.float) {
      const s = b.n === 0 ? undefined : scaled(a, b);
      return floatResult(s ? s.x / s.y : a.n / b.n);
    }
    if (b.n === 0) throw new LiquidFailure('error', 'divided by 0');
    // Integer#/ floors
    if (needsBig(a, b, a.n)) return bigIntOp(a, b, (x, y) => x / y - (x % y !== 0n && x < 0n !== y < 0n ? 1n : 0n))!;
    return Math.floor(a.n / b.n);
  },
  modulo: (input: unknown, operand: unknown) => {
    const a = toNum(input);
    const b = toNum(operand);
    // Integer#% and BigDecimal#% by zero raise ZeroDivisionError, which modulo reports so.
    if (b.n === 0) throw new LiquidFailure('error', 'divided by 0');
    // Integer#% takes the sign of the divisor
    if (needsBig(a, b, a.n)) return bigIntOp(a, b, (x, y) => (x % y !== 0n && x % y < 0n !== y < 0n ? (x % y) + y : x % y))!;
    const float = a.float || b.float;
    const s = float ? scaled(a, b) : undefined;
    if (!s) return result(a.n - b.n * Math.floor(a.n / b.n), float);
    const m = s.x % s.y;
    // BigDecimal#%: a zero remainder is +0 whatever the signs (-1.0 % 0.5 is 0.0, not -0.0)
    return floatResult(m === 0 ? 0 : (m < 0 !== s.y < 0 ? m + s.y : m) / s.unit);
  },
  abs: (input: unknown) => {
    const a = toNum(input);
    if (a.big !== undefined) return a.big < 0n ? -a.big : a.big;
    return result(Math.abs(a.n), a.float);
  },
  // StandardFilters#ceil/#floor: `to_number(input).ceil.to_i`: an Integer (a Bignum too) is itself,
  // a Float's to_i is exact however large
  ceil: (input: unknown) => wholeNumber(toNum(input), Math.ceil),
  floor: (input: unknown) => wholeNumber(toNum(input), Math.floor),
  round: (input: unknown, digits: unknown = 0) => {
    const a = toNum(input);
    const d = toNum(digits).n;
    if (a.big !== undefined) {
      if (d >= 0) return a.big;
      // Integer#round with negative digits: half away from zero, exact
      const unit = 10n ** BigInt(Math.trunc(-d));
      const abs = a.big < 0n ? -a.big : a.big;
      const r = ((abs + unit / 2n) / unit) * unit;
      return a.big < 0n ? -r : r;
    }
    // Ruby rounds half away from zero; Integer#round and Float#round with negative digits give an Integer
    if (d < 0) return Math.sign(a.n) * Math.round(Math.abs(a.n) / 10 ** -d) * 10 ** -d;
    if (!a.float) return a.n;
    const text = typeof input === 'string' ? input.trim().replace(/^-/, '') : String(Math.abs(a.n));
    const r = Math.sign(a.n) * roundDecimal(text, d);
    return d === 0 ? Math.trunc(r) : floatResult(r);
  },
  at_least: (input: unknown, n: unknown) => {
    const a = toNum(input);
    const b = toNum(n);
    return a.n >= b.n ? numberOf(a) : numberOf(b);
  },
  at_most: (input: unknown, n: unknown) => {
    const a = toNum(input);
    const b = toNum(n);
    return a.n <= b.n ? numberOf(a) : numberOf(b);
  },
  // Jekyll::Filters#to_integer
  to_integer: (input: unknown) => {
    if (input === true) return 1;
    if (input === false) return 0;
    if (input instanceof RubyFloat) return Math.trunc(input.value);
    if (typeof input === 'number') return Math.trunc(input);
    if (typeof input === 'string') return rubyStringToI(input);
    if (input === null || input === undefined) return 0;
    // Time#to_i: its epoch seconds (a Date or a DateTime has no #to_i)
    if (isJekyllTime(input) && !(input instanceof RubyDateTime) && !isRubyDate(input)) return Math.floor(input.getTime() / 1000);
    if (typeof input === 'bigint') return input;
    // an Array, a Hash or a drop has no #to_i
    throw noMethod('to_i', input, { line: 'input.to_i', call: '.to_i' });
  },
};
