// Ruby Liquid's Condition operators (liquid/condition.rb): `empty` and `blank` in a condition
// are MethodLiterals, compared by calling #empty? or #blank? on the other side when it has
// that method (equal_variables) and never equal otherwise. #empty? is String's, Array's and
// Hash's; #blank? is nobody's in plain Ruby, so `x == blank` is never true, unless a loaded
// gem brings ActiveSupport's core extensions (ruby/blank.ts). Ordering of nil or a hash is false,
// never an error, while two values that both have `<` but cannot be compared raise (ordering.ts).
import { defaultOperators, Liquid, toValue } from 'liquidjs';
import { LiquidFailure } from './errors.js';
import type { Operators } from 'liquidjs';
import { RubyFloat, rubyObjectToS } from './ruby/to-s.js';
import { rubyOrder } from './ordering.js';
import { DOCUMENT_DROP, isJekyllDrop, isLiquidDrop, isLiquidView, jekyllDropPairs, RUBY_OBJECT_INSPECT } from '../values/document-drop-mark.js';
import { activeSupportBlank, rubyEmpty } from './ruby/blank.js';
import { RubyHash } from '../values/ruby-hash.js';
import { RubyRange } from '../values/ruby-range.js';
import { typedEntries } from '../values/typed-keys.js';
import { scalarEqlKey } from '../values/eql-key.js';

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

/**
 * A value as a variable holds it: the literals `empty` and `blank` stored by an assign or an
 * include parameter are read back as '' (MethodLiteral#to_liquid, which Context#find_variable calls);
 * `nil` is Ruby's nil (Jekyll's Include#parse_params: `c=nil` is context["nil"]).
 */
export function storedValue(v: unknown): unknown {
  if (v instanceof NULL_CLASS) return null;
  return v instanceof EMPTY_CLASS || v instanceof BLANK_CLASS ? '' : v;
}

/** `empty`/`blank` given to a filter: Liquid's MethodLiteral, printed as ''; its to_liquid is that '' too (what jsonify's as_liquid writes). */
class MethodLiteral {
  toString(): string {
    return '';
  }
  toLiquid(): string {
    return '';
  }
}
export const METHOD_LITERAL = new MethodLiteral();

/**
 * `{% case blank %}` / `{% case empty %}`: Jekyll's Liquid::Expression::MethodLiteral
 * (jekyll/liquid_expr_method_literal.rb), which Case's Condition compares with Object#== (it is
 * no Liquid::Condition::MethodLiteral, and has neither #blank? nor #empty?): no `when` matches it.
 */
export function isEmptyOrBlankLiteral(v: unknown): boolean {
  return v instanceof EMPTY_CLASS || v instanceof BLANK_CLASS;
}

function isMethodLiteral(v: unknown): boolean {
  if (v === METHOD_LITERAL) return true;
  return v instanceof EMPTY_CLASS || v instanceof BLANK_CLASS;
}

/** A value for comparison: drops unwrapped, RubyFloat as its number. */
export function plain(v: unknown): unknown {
  const x = toValue(v);
  return x instanceof RubyFloat ? x.value : x;
}

function methodLiteralEquals(value: unknown): boolean {
  return rubyEmpty(plain(value)) === true;
}

/**
 * Condition#equal_variables with a MethodLiteral on one side: the other side's #empty? or
 * #blank?, false when it has none (another MethodLiteral has neither; with ActiveSupport its
 * #blank? is Object#blank?, false).
 */
function literalEquals(lit: unknown, other: unknown, activeSupport: boolean): boolean {
  if (isMethodLiteral(other)) return false;
  if (lit instanceof BLANK_CLASS) return activeSupport && activeSupportBlank(plain(other));
  return rubyEmpty(plain(other)) === true;
}

/**
 * An operand as Condition sees it. A condition's own `empty`/`blank` stays liquidjs's literal;
 * METHOD_LITERAL only comes in from a variable (an array item a filter pushed it into), and
 * Context#find_variable hands a variable's to_liquid, which for a MethodLiteral is ''.
 */
function operand(v: unknown): unknown {
  return v === METHOD_LITERAL ? '' : v;
}

/** `==` in a condition (if, unless, elsif, case/when): Condition#equal_variables. */
export function conditionEquals(left: unknown, right: unknown, activeSupport: boolean): boolean {
  const l = operand(left);
  const r = operand(right);
  if (isMethodLiteral(l)) return literalEquals(l, r, activeSupport);
  if (isMethodLiteral(r)) return literalEquals(r, l, activeSupport);
  return rubyEquals(l, r);
}

export function rubyEquals(l: unknown, r: unknown): boolean {
  if (isMethodLiteral(l)) return isMethodLiteral(r) ? true : methodLiteralEquals(r);
  if (isMethodLiteral(r)) return methodLiteralEquals(l);
  const a = plain(l);
  const b = plain(r);
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => rubyEquals(x, b[i]));
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === undefined) return b === null;
  if (b === undefined) return a === null;
  // A Jekyll::Drops::Drop (a document's, the site's) has no #== of its own: Object#==, identity,
  // and Hash#== against one asks it back. A document's drop is the one its Document keeps, which
  // kyll may hold as more than one object: the same document's (sameDocument). Reading the keys
  // of either would also render them.
  if (isDocumentDrop(a) || isDocumentDrop(b)) return sameDocument(a, b);
  if (isJekyllDrop(a) || isJekyllDrop(b)) return false;
  const ha = hashEntries(a);
  if (ha === undefined) return false;
  const hb = hashEntries(b);
  return hb !== undefined && hashesEqual(ha, hb);
}

/**
 * DocumentDrop has no `==` of its own (its `<=>` is not Comparable's): two drops are equal when
 * they are the one drop Document#to_liquid keeps for a document, and never equal to a Hash.
 * Not comparing them as hashes also spares reading every key (`output` of a written document
 * is read back from disk) for each `{% unless list contains post %}`.
 */
function sameDocument(a: unknown, b: unknown): boolean {
  if (!isDocumentDrop(a) || !isDocumentDrop(b)) return false;
  return a.relative_path === b.relative_path && a.collection === b.collection;
}

function isDocumentDrop(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && DOCUMENT_DROP in v;
}

/**
 * The entries of a Ruby Hash as kyll holds one (a plain object from YAML or JSON, or a RubyHash),
 * else undefined: drops and other objects compare by identity, as Liquid::Drop has no `==`.
 */
function hashEntries(v: unknown): Array<[unknown, unknown]> | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  if (v instanceof RubyHash) return v.entries();
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? typedEntries(v) : undefined;
}

/**
 * Hash#==: as many keys, and each key of one (found by #eql?: 1 and 1.0 are different keys)
 * holding a `==` value in the other, whatever the order (`{"a"=>1,"b"=>2} == {"b"=>2,"a"=>1}`).
 */
function hashesEqual(a: Array<[unknown, unknown]>, b: Array<[unknown, unknown]>): boolean {
  if (a.length !== b.length) return false;
  return a.every(([k, v]) => {
    const hit = b.find(([kb]) => keyEql(k, kb));
    return hit !== undefined && rubyEquals(v, hit[1]);
  });
}

// Hash#eql? of two keys: a scalar's as values/eql-key.ts gives it (1 and 1.0 apart), an array or hash by `==`.
function keyEql(a: unknown, b: unknown): boolean {
  const scalar = scalarEqlKey(a);
  if (scalar !== undefined) return scalar === scalarEqlKey(b);
  return a === b || (typeof a === 'object' && typeof b === 'object' && rubyEquals(a, b));
}

/** Element `i` of `arr` is a Jekyll object as Ruby holds it (site.posts, where's result), not its drop. */
function isRawJekyllObject(arr: readonly unknown[], i: number, x: unknown): boolean {
  return typeof x === 'object' && x !== null && RUBY_OBJECT_INSPECT in x && !isLiquidView(arr, i);
}

function order(op: (c: number) => boolean) {
  return function* (left: unknown, right: unknown): Generator<unknown, boolean, unknown> {
    const l = operand(left);
    const r = operand(right);
    // Condition#interpret_condition: a MethodLiteral (`empty`, `blank`) has no `<`, so the comparison is nil
    if (isMethodLiteral(l) || isMethodLiteral(r)) return false;
    // nor has a Liquid::Drop (`forloop`), whose liquidjs valueOf would give its JSON to compare
    if (isLiquidDrop(l) || isLiquidDrop(r)) return false;
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

export interface OperatorOptions {
  /** A loaded gem brought ActiveSupport's core extensions: `blank` compares with Object#blank?. */
  readonly activeSupport?: boolean;
}

export function rubyOperators(options: OperatorOptions = {}): Operators {
  const activeSupport = options.activeSupport === true;
  // Liquid 5.4 has no `not`: `{% if not %}` looks up a variable named "not"
  const { not: _not, ...binary } = defaultOperators;
  return {
    ...binary,
    [UNKNOWN_OPERATOR]: function* (_l: unknown, r: unknown) {
      throw new LiquidFailure('error', `Unknown operator ${String(r)}`);
    },
    '==': function* (l: unknown, r: unknown) {
      return conditionEquals(l, r, activeSupport);
    },
    '!=': function* (l: unknown, r: unknown) {
      return !conditionEquals(l, r, activeSupport);
    },
    '<>': function* (l: unknown, r: unknown) {
      return !conditionEquals(l, r, activeSupport);
    },
    '>': order((c) => c > 0),
    '<': order((c) => c < 0),
    '>=': order((c) => c >= 0),
    '<=': order((c) => c <= 0),
    contains: function* (left: unknown, right: unknown) {
      const l = operand(left);
      const r = operand(right);
      // a MethodLiteral has no include?; as the right side a string includes its to_s (''), no list or hash holds it
      if (isMethodLiteral(l)) return false;
      // a Liquid::Drop (`forloop`) stays itself: liquidjs's valueOf would give its JSON
      const a = isLiquidDrop(l) ? l : plain(l);
      if (isMethodLiteral(r)) return typeof a === 'string';
      const b = isLiquidDrop(r) ? r : plain(r);
      if (a === null || a === undefined || b === null || b === undefined) return false;
      // `right = right.to_s if left.is_a?(String)`: Ruby's to_s (1.0 is "1.0", an Array its inspect, a drop its class name)
      if (typeof a === 'string') return a.includes(typeof b === 'string' ? b : rubyObjectToS(b === r ? r : toValue(r)));
      // Range#include? of an Integer range is cover?: any number between its ends (2.5 too)
      if (a instanceof RubyRange) return (typeof b === 'number' || typeof b === 'bigint') && a.first <= b && b <= a.last;
      // Array#include?: a document, page or static file Liquid keeps raw in the array is never
      // == the drop a variable gives (Document#<=> wants #data, which a drop has not)
      if (Array.isArray(a)) return a.some((x, i) => !isRawJekyllObject(a, i, x) && rubyEquals(x, b));
      // Condition#contains: a Jekyll drop's Enumerable#include? compares its [key, value]
      // pairs, not its keys; a Liquid::Drop (`jekyll`) has no include?
      if (isJekyllDrop(a)) return jekyllDropPairs(a).some((x) => rubyEquals(x, b));
      if (isLiquidDrop(a)) return false;
      // Hash#include? looks a key up with its type: `{"2" => x} contains 2` is false
      if (a instanceof RubyHash) return a.has(toValue(r));
      if (typeof a === 'object') return typedEntries(a).some(([k]) => k === b);
      return false;
    },
  } as Operators;
}
