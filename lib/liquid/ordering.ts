// The ordering operators of a Liquid condition (`<`, `>`, `<=`, `>=`) as Ruby Liquid 5.4 runs
// them (liquid/condition.rb#interpret_condition): when both values respond to the operator
// (numbers, strings, Time, Date) and neither is a Hash, `left.send(op, right)`, whose
// ArgumentError becomes a Liquid error; otherwise the condition is nil, so false.
import { RubyFloat, floatToS } from './ruby/to-s.js';
import { LiquidFailure } from './errors.js';
import { compareRubyStrings } from '../values/ruby-string-order.js';
import { jdOfInstant } from '../time/civil.js';

type Kind = 'Integer' | 'Float' | 'String' | 'Time' | 'Date';

/** The Ruby class of a value that has `<`, or undefined (nil, true, an Array, a Hash, a drop). */
function kindOf(v: unknown): Kind | undefined {
  if (v instanceof RubyFloat) return 'Float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'bigint') return 'Integer';
  if (typeof v === 'string') return 'String';
  if (v instanceof Date) return (v as { isDate?: boolean }).isDate === true ? 'Date' : 'Time';
  return undefined;
}

const isNumeric = (k: Kind): boolean => k === 'Integer' || k === 'Float';
const FIXNUM_MAX = 2n ** 62n - 1n;

function numberOf(v: unknown): number | bigint {
  return v instanceof RubyFloat ? v.value : (v as number | bigint);
}

function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * rb_cmperr: the right-hand value is named by its inspect when it is a special constant (an
 * Integer that fits a Fixnum) or a Float, by its class otherwise: "comparison of String with 1
 * failed", "comparison of Date with Time failed".
 */
function describeRight(v: unknown, kind: Kind): string {
  if (kind === 'Float') return floatToS(Number(numberOf(v)));
  if (kind === 'Integer') {
    const n = BigInt(numberOf(v) as number | bigint);
    return n <= FIXNUM_MAX && n >= -FIXNUM_MAX - 1n ? n.toString() : 'Integer';
  }
  return kind;
}

/**
 * `left <=> right` as the operator sees it, or undefined when the condition is false without
 * comparing (a value without `<`). Raises what Ruby raises for two values it cannot compare.
 */
export function rubyOrder(left: unknown, right: unknown): number | undefined {
  const l = kindOf(left);
  const r = kindOf(right);
  if (l === undefined || r === undefined) return undefined;
  if (isNumeric(l) && isNumeric(r)) return compareNumbers(numberOf(left), numberOf(right));
  // String#<=> is code point order, not UTF-16's
  if (l === 'String' && r === 'String') return compareRubyStrings(left as string, right as string);
  if ((l === 'Time' && r === 'Time') || (l === 'Date' && r === 'Date')) return compareNumbers((left as Date).getTime(), (right as Date).getTime());
  // Date#<=> with a Numeric compares its astronomical Julian day (the day number less half a day)
  if (l === 'Date' && isNumeric(r)) return compareNumbers(jdOfInstant((left as Date).getTime()) - 0.5, Number(numberOf(right)));
  throw new LiquidFailure('error', `comparison of ${l} with ${describeRight(right, r)} failed`);
}
