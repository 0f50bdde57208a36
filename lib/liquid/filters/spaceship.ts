// Ruby's <=> for the values Liquid sorts (Jekyll::Filters#sort: `input.sort`, sort_input's
// `a <=> b || a.to_s <=> b.to_s`), and the ArgumentError Array#sort raises when it is nil.
// <=> need not be symmetric: Date#<=> takes a Numeric (its astronomical Julian day), while
// Integer#<=> and Float#<=> give nil for a Date, and a Date and a Time never compare.
import { RubyFloat } from '../../values/ruby-float.js';
import { RubyRange } from '../../values/ruby-range.js';
import { RubyDateTime } from '../../read/ruby-datetime.js';
import { DOCUMENT_DROP, RUBY_CLASS, RUBY_TO_S, isJekyllDrop, isLiquidDrop } from '../../values/document-drop-mark.js';
import { compareRubyStrings } from '../../values/ruby-string-order.js';
import { jdOfInstant } from '../../time/civil.js';
import { rubyInspect } from '../ruby/to-s.js';
import { METHOD_LITERAL } from '../operators.js';

const isDate = (v: Date): boolean => (v as { isDate?: boolean }).isDate === true;
const numeric = (v: unknown): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';
const sign = (a: number | bigint, b: number | bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** `a <=> b` for the values Liquid sorts; undefined where Ruby gives nil. */
export function spaceship(a: unknown, b: unknown): number | undefined {
  // Object#<=>: the same object is equal to itself (nil <=> nil is 0)
  if (a === b || (a == null && b == null)) return 0;
  const x = a instanceof RubyFloat ? a.value : a;
  const y = b instanceof RubyFloat ? b.value : b;
  if (numeric(x) && numeric(y)) return sign(x, y);
  if (typeof x === 'string' && typeof y === 'string') return compareRubyStrings(x, y);
  if (x instanceof Date) {
    // Time#<=> asks `other <=> self` for a Date, and Date#<=> has nothing for a Time (date_core.c d_lite_cmp)
    if (y instanceof Date) return isDate(x) === isDate(y) ? Math.sign(x.getTime() - y.getTime()) : undefined;
    // Date#<=> with a Numeric: its ajd, the Julian day number less half a day
    if (isDate(x) && numeric(y)) return sign(jdOfInstant(x.getTime()) - 0.5, Number(y));
    return undefined;
  }
  if (Array.isArray(x) && Array.isArray(y)) {
    // Array#<=>: element by element, nil as soon as a pair is
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = spaceship(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  // Document#<=>: by date, then by path (a collection's documents, `site.comments | sort`)
  if (isDocument(x) && isDocument(y)) {
    const c = spaceship(x.date, y.date);
    return c === undefined || c === 0 ? spaceship(String(x.path), String(y.path)) : c;
  }
  return undefined;
}

function isDocument(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && DOCUMENT_DROP in v;
}

const FIXNUM_MAX = 2n ** 62n - 1n;

/**
 * rb_cmperr (compar.c): "comparison of <left's class> with <right> failed", the right named by
 * its inspect when it is a special constant (nil, true, false, an Integer that fits a Fixnum) or
 * a Float, by its class otherwise: "comparison of String with 1 failed", "of Array with Array".
 * `classOf` names the values that are Ruby objects where they are compared (a raw Jekyll::Page).
 */
export function comparisonFailed(left: unknown, right: unknown, classOf: (v: unknown) => string | undefined = () => undefined): string {
  const name = (v: unknown): string => classOf(v) ?? rubyClass(v);
  return `comparison of ${name(left)} with ${special(right) ? rubyInspect(right) : name(right)} failed`;
}

function special(v: unknown): boolean {
  if (v === null || v === undefined || typeof v === 'boolean' || v instanceof RubyFloat) return true;
  if (typeof v === 'number') return !Number.isInteger(v) || (BigInt(v) <= FIXNUM_MAX && BigInt(v) >= -FIXNUM_MAX - 1n);
  return typeof v === 'bigint' && v <= FIXNUM_MAX && v >= -FIXNUM_MAX - 1n;
}

/** How Ruby's TypeError names a value given where another type was expected ("no implicit conversion of nil into String"). */
export function implicitName(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'boolean') return String(v);
  return rubyClass(v);
}

/** The name of a Liquid value's Ruby class (Integer, Float, TrueClass, Date, Time, Array, Hash...). */
export function rubyClass(v: unknown): string {
  if (v === null || v === undefined) return 'NilClass';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'bigint') return 'Integer';
  if (typeof v === 'boolean') return v ? 'TrueClass' : 'FalseClass';
  if (v instanceof RubyFloat) return 'Float';
  if (v instanceof RubyDateTime) return 'DateTime';
  if (v instanceof Date) return isDate(v) ? 'Date' : 'Time';
  if (v instanceof RubyRange) return 'Range';
  if (Array.isArray(v)) return 'Array';
  if (v === METHOD_LITERAL) return 'Liquid::Expression::MethodLiteral';
  return dropClass(v) ?? 'Hash';
}

/** The class of a Jekyll or Liquid drop, where kyll knows it (a document's, or a drop's #to_s that is its class name). */
function dropClass(v: unknown): string | undefined {
  if (!isJekyllDrop(v) && !isLiquidDrop(v)) return undefined;
  const marks = v as Record<symbol, unknown>;
  if (marks[DOCUMENT_DROP] !== undefined) return 'Jekyll::Drops::DocumentDrop';
  if (typeof marks[RUBY_CLASS] === 'string') return marks[RUBY_CLASS] as string;
  const toS = marks[RUBY_TO_S];
  const name = typeof toS === 'function' ? (toS as () => unknown)() : undefined;
  return typeof name === 'string' && /^(?:Jekyll::Drops|Liquid)::\w+$/.test(name) ? name : undefined;
}
