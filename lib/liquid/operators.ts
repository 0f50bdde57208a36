// Ruby Liquid's Condition operators (liquid/condition.rb): `empty` and `blank` are
// MethodLiterals, equal to a value that has the method (#empty?, #blank?) and answers
// true (Condition#equal_variables). Ruby has no #blank? of its own: with plain Jekyll
// nothing is ever `== blank`; ActiveSupport's (loaded with html-pipeline, by jemoji and
// jekyll-mentions) makes nil, false, whitespace and empty arrays and hashes blank.
// Ordering of nil or a hash is false, never an error, while two values that both have
// `<` but cannot be compared raise (ordering.ts).
import { defaultOperators, Liquid, toValue } from 'liquidjs';
import { LiquidFailure } from './errors.js';
import type { Operators } from 'liquidjs';
import { RubyFloat } from './ruby/to-s.js';
import { rubyOrder } from './ordering.js';
import { isJekyllDrop, isLiquidDrop, jekyllDropPairs } from '../values/document-drop-mark.js';

const probe = new Liquid();
const EMPTY_CLASS = (probe.evalValueSync('empty') as object).constructor;
const BLANK_CLASS = (probe.evalValueSync('blank') as object).constructor;

const NULL_CLASS = (probe.parse('{{ nil }}')[0] as unknown as { value: { initial: { postfix: { content: object }[] } } }).value.initial.postfix[0]!.content.constructor;

/** The literals `nil`, `empty` and `blank` as the plain values Ruby filters receive (nil, '', ''). */
export function literal(v: unknown): unknown {
  if (v instanceof NULL_CLASS) return null;
  if (v instanceof EMPTY_CLASS || v instanceof BLANK_CLASS) return METHOD_LITERAL;
  return v;
}

/** `empty`/`blank` given to a filter: Liquid's MethodLiteral, printed as ''. */
class MethodLiteral {
  toString(): string {
    return '';
  }
}
export const METHOD_LITERAL = new MethodLiteral();

/** Which of Condition's MethodLiterals a condition operand is, if any. */
function conditionLiteral(v: unknown): 'empty' | 'blank' | undefined {
  return v instanceof BLANK_CLASS ? 'blank' : v instanceof EMPTY_CLASS ? 'empty' : undefined;
}

/** A value for comparison: drops unwrapped, RubyFloat as its number. */
export function plain(v: unknown): unknown {
  const x = toValue(v);
  return x instanceof RubyFloat ? x.value : x;
}

/** `value == empty`: String, Array and Hash have #empty?; nothing else is equal. */
function methodLiteralEquals(value: unknown): boolean {
  if (value === METHOD_LITERAL) return false;
  const v = plain(value);
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return Object.keys(v).length === 0;
  return false;
}

// ActiveSupport's String::BLANK_RE, /\A[[:space:]]*\z/: Unicode White_Space.
const BLANK_STRING = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/**
 * ActiveSupport's Object#blank? (core_ext/object/blank.rb): nil and false, a string of
 * whitespace, an empty Array or Hash; true, numbers, times, dates and drops (no #empty?) are not.
 */
function activeSupportBlank(value: unknown): boolean {
  if (value === METHOD_LITERAL) return false;
  const v = plain(value);
  if (v === null || v === undefined || v === false) return true;
  if (typeof v === 'string') return BLANK_STRING.test(v);
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v !== 'object' || isJekyllDrop(v) || isLiquidDrop(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && Object.keys(v).length === 0;
}

export interface RubyOperatorOptions {
  /** Object#blank? is defined (ActiveSupport loaded): `blank` matches blank values; else nothing. */
  readonly objectBlank?: boolean;
}

/** Condition#equal_variables: a MethodLiteral asks the other side; two of them are never equal. */
export function rubyEquals(l: unknown, r: unknown, options: RubyOperatorOptions = {}): boolean {
  const lm = conditionLiteral(l);
  const rm = conditionLiteral(r);
  if (lm || rm) {
    if (lm && rm) return false;
    const other = lm ? r : l;
    if ((lm ?? rm) === 'empty') return methodLiteralEquals(other);
    return options.objectBlank === true && activeSupportBlank(other);
  }
  // `empty`/`blank` handed on by a filter: the MethodLiteral object, equal to itself only.
  if (l === METHOD_LITERAL || r === METHOD_LITERAL) return l === r;
  const a = plain(l);
  const b = plain(r);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => rubyEquals(x, b[i], options));
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === undefined) return b === null || b === undefined;
  if (b === undefined) return a === null;
  return a === b;
}

function order(op: (c: number) => boolean) {
  return function* (l: unknown, r: unknown): Generator<unknown, boolean, unknown> {
    const c = rubyOrder(toValue(l), toValue(r));
    return c !== undefined && op(c);
  };
}

/**
 * What the lax `if` parser makes of a word where an operator stands (`{% if not x %}` compares
 * `not` and nil with the operator `x`): liquidjs reads this operator, whose right operand is
 * that word, and Condition#interpret_condition raises when it is evaluated.
 */
export const UNKNOWN_OPERATOR = '\u2047';

export function rubyOperators(options: RubyOperatorOptions = {}): Operators {
  // Liquid 5.4 has no `not`: `{% if not %}` looks up a variable named "not"
  const { not: _not, ...binary } = defaultOperators;
  return {
    ...binary,
    [UNKNOWN_OPERATOR]: function* (_l: unknown, r: unknown) {
      throw new LiquidFailure('error', `Unknown operator ${String(r)}`);
    },
    '==': function* (l: unknown, r: unknown) {
      return rubyEquals(l, r, options);
    },
    '!=': function* (l: unknown, r: unknown) {
      return !rubyEquals(l, r, options);
    },
    '<>': function* (l: unknown, r: unknown) {
      return !rubyEquals(l, r, options);
    },
    '>': order((c) => c > 0),
    '<': order((c) => c < 0),
    '>=': order((c) => c >= 0),
    '<=': order((c) => c <= 0),
    contains: function* (l: unknown, r: unknown) {
      const a = plain(l);
      const b = plain(r);
      if (a === null || a === undefined || b === null || b === undefined) return false;
      if (typeof a === 'string') return a.includes(typeof b === 'string' ? b : String(b));
      if (Array.isArray(a)) return a.some((x) => rubyEquals(x, b, options));
      // Condition#contains: a Jekyll drop's Enumerable#include? compares its [key, value]
      // pairs, not its keys; a Liquid::Drop (`jekyll`) has no include?
      if (isJekyllDrop(a)) return jekyllDropPairs(a).some((x) => rubyEquals(x, b, options));
      if (isLiquidDrop(a)) return false;
      if (typeof a === 'object') return Object.prototype.hasOwnProperty.call(a, String(b));
      return false;
    },
  } as Operators;
}
