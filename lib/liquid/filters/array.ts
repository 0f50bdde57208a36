// Jekyll's array filters (jekyll/filters.rb, filters/grouping_filters.rb) and Liquid's
// where Jekyll or Ruby differ from liquidjs (join, sort_natural, size, first/last).
import { toValue, type Context, type Liquid, type Value } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { METHOD_LITERAL, rubyEquals } from '../operators.js';
import { heldToS, isPlainHash, rubyInspect, rubyJoin, rubyObjectToS, rubyToS, RubyFloat } from '../ruby/to-s.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { isRubyArray, RubyRange } from '../../values/ruby-range.js';
import { isJekyllDrop, isLiquidDrop, isLiquidView, jekyllDropKeys, jekyllDropPairs, liquidated, markLiquidViews, rubyObjectClass } from '../../values/document-drop-mark.js';
import { expressionEvaluator } from './expression.js';
import { laxOutputMarkup } from '../lax/output.js';
import { strictCondition, strictVariable } from '../lax/strict.js';
import { indexItem, integerSize, itemData, liquidProperty } from '../property.js';
import { toInteger } from './math.js';
import { casecmpRuby, compareRubyStrings } from '../../values/ruby-string-order.js';
import { rubyArray } from '../ruby/kernel-array.js';
import { typedEntries } from '../../values/typed-keys.js';
import { scalarEqlKey } from '../../values/eql-key.js';
import { noMethod } from './no-method.js';
import { hasDefault, missingKey } from '../../values/default-hash.js';
import { rubySort } from '../../site/ruby-sort.js';
import { comparisonFailed, rubyClass, spaceship } from './spaceship.js';

export { rubyClass, spaceship };

type FilterThis = { context: Context; liquid: Liquid };

const isDrop = (v: unknown): boolean => isJekyllDrop(v) || isLiquidDrop(v);
/** `value.is_a?(Hash)`: a drop (a document's, `site`, `forloop`) is no Hash. */
const isRubyHashValue = (v: unknown): boolean => v instanceof RubyHash || (isPlainHash(v) && !isDrop(v));

/**
 * GroupingFilters#parse_expression makes a Liquid::Variable, not a Condition: under Jekyll's
 * default error_mode (warn, and lax) markup that does not parse strictly is read laxly, a name
 * and then the filters after the first `|`, so `p.t == empty` groups by p.t, silently (its
 * ParseContext's warnings are never printed). Under `strict` it is Liquid's SyntaxError.
 */
function variableMarkup(expression: string, strict: boolean): string {
  const complaint = strictVariable(expression);
  if (complaint === undefined) return expression;
  if (strict) throw new LiquidFailure('syntax', complaint, undefined, undefined, undefined, `in "{{${expression}}}"`);
  return laxOutputMarkup(expression);
}
/** Truthiness in Liquid: only nil and false are false. */
function truthy(v: unknown): boolean {
  return v !== null && v !== undefined && v !== false;
}

/**
 * InputIterator: arrays flattened, a hash as one item, nil as nothing; a Jekyll drop is
 * Enumerable, and its #each's `yield key, value` gives InputIterator's `|e|` the key alone;
 * anything else is Kernel#Array of it (a Time its #to_a: `date | join` lists its fields).
 */
function iterate(input: unknown): unknown[] {
  if (isJekyllDrop(input)) return jekyllDropKeys(input);
  // an array with no array in it is its own flattening (none of the filters below changes it);
  // InputIterator#each yields each item's to_liquid
  if (Array.isArray(input)) {
    const list = Object.getPrototypeOf(input) === Array.prototype && !input.some(Array.isArray) ? input : flatten(input);
    for (const item of list) liquidated(item);
    return list;
  }
  if (input === null || input === undefined) return [];
  if (input instanceof Date) return rubyArray(input);
  return [input];
}

/**
 * Array#flatten: arrays in arrays, not a Range (no Array to Ruby), which stays one item. A list
 * that holds itself (a YAML alias inside its own anchor) is Ruby's ArgumentError, which Liquid's
 * Strainer#invoke raises as its own (array.c flatten: "tried to flatten recursive array").
 */
function flatten(list: readonly unknown[], open: readonly unknown[] = [list]): unknown[] {
  if (list instanceof RubyRange) return [...list];
  return list.flatMap((x) => {
    if (!Array.isArray(x) || x instanceof RubyRange) return [x];
    if (open.includes(x)) throw new LiquidFailure('error', 'tried to flatten recursive array');
    return flatten(x, [...open, x]);
  });
}

/** `input.values if input.is_a?(Hash)`: Jekyll's filters select over a hash's values. */
function selectable(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  // a Jekyll drop's Enumerable#select yields [key, value] pairs; a Liquid::Drop has no #select
  if (isJekyllDrop(input)) return jekyllDropPairs(input);
  if (isLiquidDrop(input)) return undefined;
  if (isPlainHash(input)) return Object.values(input);
  return undefined;
}

/**
 * What Enumerable methods (group_by, map) yield for a hash: its [key, value] pairs; other
 * input as `selectable` gives it.
 */
function enumerable(input: unknown): unknown[] | undefined {
  if (input instanceof RubyHash) return input.entries();
  if (isJekyllDrop(input)) return jekyllDropPairs(input);
  if (isPlainHash(input) && !isDrop(input)) return typedEntries(input);
  return selectable(input);
}

/** Ruby's to_s of a property, where arrays print as their inspect (Array#to_s). */
function propertyToS(v: unknown): string {
  if (Array.isArray(v)) return rubyInspect(v);
  return rubyToS(v);
}

const INTEGER_LIKE = /^\s*-?\d+\s*$/;
const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;

/** Jekyll::Filters#item_property + #parse_sort_input: numeric-looking values become numbers. */
export function itemProperty(item: unknown, property: string): unknown {
  liquidated(item); // item_property reads the item's to_liquid
  // read_liquid_attribute: Array#[] given a String (a hash's pair, a list of lists) raises a
  // TypeError, which Liquid does not wrap (no "Liquid error" prefix)
  if (Array.isArray(item)) throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
  let v: unknown;
  if (!property.includes('.')) {
    const scalar = scalarIndex(item, property);
    v = scalar ? scalar.found : itemData(item, property);
  } else v = property.split('.').reduce(attributeStep, item);
  if (v === null || v === undefined || Array.isArray(v) || (typeof v === 'object' && !(v instanceof RubyFloat))) return v;
  const s = rubyToS(v);
  if (INTEGER_LIKE.test(s)) {
    const n = parseInt(s, 10);
    return Number.isSafeInteger(n) ? n : BigInt(s.trim());
  }
  if (FLOAT_LIKE.test(s)) {
    // String#to_f is a Float: "2.0" stays 2.0, so `where: "version", "2.0"` and group_by's
    // names see "2.0" (Float#to_s), not the "2" of a JavaScript number
    const f = parseFloat(s);
    return Number.isInteger(f) ? new RubyFloat(f) : f;
  }
  return v;
}

/**
 * `liquid_data[property]` on an item that is no Hash nor drop: String#[] finds a substring,
 * Integer#[] takes no String (TypeError), nil, true, a Float or a Time has no #[].
 * Undefined for an item that is an object with properties.
 */
// Jekyll::Filters#read_liquid_attribute, the line error_highlight shows for a NoMethodError there
const READ_ATTRIBUTE = { line: 'return liquid_data[property] unless property.include?(".")', call: '[property]' };

function scalarIndex(item: unknown, property: string): { found: unknown } | undefined {
  if (typeof item === 'string') return { found: item.includes(property) ? property : null };
  if (typeof item === 'bigint' || (typeof item === 'number' && Number.isInteger(item))) {
    throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
  }
  if (item === null || item === undefined || typeof item !== 'object' || item instanceof Date || item instanceof RubyFloat) throw noMethod('[]', item, READ_ATTRIBUTE);
  return undefined;
}

/**
 * One step of read_liquid_attribute's `data.respond_to?(:[]) && data[key]`: a value without `[]`
 * (nil, false, a Time, a Float) gives false, so `author.name` of an item without an author is
 * false (sorted as "false", grouped under "false"); String#[] gives the key when it is a substring.
 */
function attributeStep(data: unknown, key: string): unknown {
  if (typeof data === 'string') return data.includes(key) ? key : null;
  // Integer#[] and Array#[] take no String
  if (Array.isArray(data) || typeof data === 'bigint' || (typeof data === 'number' && Number.isInteger(data))) {
    throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
  }
  if (data === null || data === undefined || typeof data !== 'object' || data instanceof Date || data instanceof RubyFloat) return false;
  return itemData(data, key);
}

/** Jekyll::Filters#compare_property_vs_target. */
function matches(property: unknown, target: unknown): boolean {
  if (target === null || target === undefined) return property === null || property === undefined;
  // `empty` or `blank` (a MethodLiteral, to_s ''): the property is '' or Array(property).join is
  // (nil, [], {}, [""] match too)
  if (target === METHOD_LITERAL) return property === '' || rubyJoin(rubyArray(property), '') === '';
  const t = rubyToS(target);
  if (typeof property === 'string') return property === t;
  // Array(property): a Time's #to_a, so `where: "date", "2024"` keeps the posts of 2024; each element's to_s.
  return rubyArray(property).some((p) => (Array.isArray(p) ? rubyInspect(p) : rubyToS(p)) === t);
}

/** A value without Enumerable's methods in Ruby: a String, an Integer/Float, true/false, a Time/Date. */
/** A value without #sort and #map: a scalar, or a Liquid::Drop (`forloop`, `jekyll`: no Enumerable). */
function isScalar(v: unknown): boolean {
  return isLiquidDrop(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof RubyFloat || v instanceof Date;
}

function groupedArray(groups: Map<string, unknown[]>, input: unknown): Record<string, unknown>[] {
  return [...groups].map(([name, items]) => ({ name, items: keepViews(input, items), size: items.length }));
}

/**
 * `out`, made of elements of the array `input`, with the marks of those that were drops Liquid
 * made (LIQUID_VIEWS): Ruby's select, sort and group_by give the same objects back, so a drop
 * stays a drop (its inspect is its JSON) and a Jekyll object stays one.
 */
/**
 * The marks of `input`'s items on `out`, whose item i is `input`'s item `from(i)`: by place, so that
 * a Page held in site.pages stays the Page where its own drop (`push: page`) is a view elsewhere.
 */
function keepViewsAt<T extends unknown[]>(input: unknown[], out: T, from: (i: number) => number): T {
  return markLiquidViews(out, (i) => isLiquidView(input, from(i)));
}

function keepViews<T extends unknown[]>(input: unknown, out: T): T {
  if (!Array.isArray(input)) return out;
  const views = new Set<unknown>();
  input.forEach((item, i) => {
    if (typeof item === 'object' && item !== null && isLiquidView(input, i)) views.add(item);
  });
  return views.size === 0 ? out : markLiquidViews(out, (i) => views.has(out[i]));
}

/** `strict`: Liquid's error_mode is strict (an expression group_by_exp cannot parse is an error). */
export function arrayFilters(strict = false): Record<string, (this: FilterThis, ...args: never[]) => unknown> {
  const expressions = new Map<string, Value>();
  const evaluator = (self: FilterThis, expression: unknown) => expressionEvaluator(self.liquid, self.context, rubyToS(expression), expressions);
  // Jekyll's Filters#parse_condition reads where_exp's and find_exp's expression with Liquid::Parser
  // in every error_mode: comparisons joined by and/or, then the end, else Liquid's SyntaxError.
  const parsable = new Map<string, string | undefined>();
  const condition = (self: FilterThis, expression: unknown) => {
    const text = rubyToS(expression);
    if (!parsable.has(text)) parsable.set(text, strictCondition(text));
    const complaint = parsable.get(text);
    if (complaint !== undefined) throw new LiquidFailure('syntax', complaint);
    return evaluator(self, text);
  };
  return {
    where(input: unknown, property: unknown, value: unknown) {
      if (property === null || property === undefined || isRubyArray(value) || isRubyHashValue(value)) return input;
      const list = selectable(input);
      if (!list) return input;
      return keepViews(input, list.filter((item) => matches(itemProperty(item, rubyToS(property)), value)));
    },
    where_exp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
      const list = selectable(input);
      if (!list) return input;
      const test = condition(this, expression);
      return keepViews(input, list.filter((item) => truthy(test(rubyToS(variable), item))));
    },
    find(input: unknown, property: unknown, value: unknown) {
      if (property === null || property === undefined || isRubyArray(value) || isRubyHashValue(value)) return input;
      const list = selectable(input);
      if (!list) return input;
      return list.find((item) => matches(itemProperty(item, rubyToS(property)), value)) ?? null;
    },
    find_exp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
      const list = selectable(input);
      if (!list) return input;
      const test = condition(this, expression);
      return list.find((item) => truthy(test(rubyToS(variable), item))) ?? null;
    },
    // GroupingFilters: Hash#group_by yields [key, value] pairs
    group_by(input: unknown, property: unknown) {
      const list = enumerable(input);
      if (!list) return input;
      const groups = new Map<string, unknown[]>();
      for (const item of list) {
        const key = propertyToS(itemProperty(item, rubyToS(property)));
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return groupedArray(groups, input);
    },
    group_by_exp(this: FilterThis, input: unknown, variable: unknown, expression: unknown) {
      const list = enumerable(input);
      if (!list) return input;
      // a Liquid::Variable with no markup at all (`""`, blanks) has no name: it renders nil
      const markup = variableMarkup(rubyToS(expression), strict);
      const evaluate = /^\s*$/.test(markup) ? () => null : evaluator(this, markup);
      // Variable#render: the value itself (an Integer stays an Integer) is the group's name;
      // Ruby's group_by keeps apart values that are not eql? though they print alike (1 and
      // 1.0, two documents with the same content: a drop is only eql? to itself).
      const groups = new Map<string, { name: unknown; items: unknown[] }>();
      const eql = eqlKeys();
      for (const item of list) {
        const value = evaluate(rubyToS(variable), item);
        const key = eql(value);
        const group = groups.get(key) ?? { name: value ?? null, items: [] };
        group.items.push(item);
        groups.set(key, group);
      }
      // (the name is what the expression gave: a value Liquid looked up, a document's drop, not the Document)
      return [...groups.values()].map(({ name, items }) => markLiquidViews({ name, items: keepViews(input, items), size: items.length }, (k) => k === 'name'));
    },
    // Jekyll::Filters#sort: nils first or last, property values compared with <=> then as strings
    sort(input: unknown, property?: unknown, nils: unknown = 'first') {
      if (input === null || input === undefined) throw new LiquidFailure('error', 'Cannot sort a null object.');
      // `input.sort` / sort_input's `input.map`: a String, a number, true/false or a Time has
      // neither, so Ruby raises NoMethodError (not a Liquid::Error) and the build stops
      // (with a property, after the nils order is checked).
      if (property === null || property === undefined) {
        if (isScalar(input)) throw noMethod('sort', input, { line: 'input.sort', call: '.sort' });
        // Hash#sort: its [key, value] pairs, compared as arrays
        const all = input instanceof RubyHash || isJekyllDrop(input) ? enumerable(input)! : isPlainHash(input) ? typedEntries(input) : (selectable(input) ?? iterate(input));
        // Array#sort runs glibc's merge sort (ruby-sort.ts): which pairs it compares, and in which
        // order, decides whether a one-way <=> (Date <=> 1 works, 1 <=> Date is nil) fails.
        // `input.sort` sorts the Array as it is: site.pages' and site.static_files' Ruby objects,
        // which have no <=> ("comparison of Jekyll::Page with Jekyll::Page failed"), not their drops
        const raw = new Set(Array.isArray(input) ? input.filter((x, i) => rubyObjectClass(x) !== undefined && !isLiquidView(input, i)) : []);
        const classOf = (v: unknown): string | undefined => (raw.has(v) ? rubyObjectClass(v) : undefined);
        return keepViews(input, rubySort([...all], (a, b) => {
          const c = spaceship(a, b);
          if (c === undefined) throw new LiquidFailure('error', comparisonFailed(a, b, classOf));
          return c;
        }));
      }
      if (nils !== 'first' && nils !== 'last') {
        throw new LiquidFailure('error', `Invalid nils order: '${rubyToS(nils)}' is not a valid nils order. It must be 'first' or 'last'.`);
      }
      if (isScalar(input)) throw noMethod('map', input, { line: 'input.map { |item| [item_property(item, property), item] }', call: '.map' });
      const order = nils === 'first' ? -1 : 1;
      // sort_input: `input.map { |item| ... }`, a hash's pairs; a Jekyll drop's Drop#each yields
      // `key, value` and a one-parameter map block takes the first: its keys, sorted as strings.
      const items = isJekyllDrop(input) ? jekyllDropKeys(input) : (enumerable(input) ?? iterate(input));
      const keyed = items.map((item) => [itemProperty(item, rubyToS(property)), item] as const);
      return keepViews(input, rubySort(keyed, ([a], [b]) => {
        const an = a === null || a === undefined;
        const bn = b === null || b === undefined;
        if (!an && bn) return -order;
        if (an && !bn) return order;
        const c = spaceship(a, b);
        if (c !== undefined) return c;
        // `a_property.to_s <=> b_property.to_s`: an Array's to_s is its inspect
        return compareRubyStrings(rubyObjectToS(a), rubyObjectToS(b));
      }).map(([, item]) => item));
    },
    // Liquid's sort_natural: nil_safe_casecmp (String#casecmp folds only A-Z; a nil is after
    // anything, and after another nil too), in Array#sort's order of comparisons (ruby-sort.ts).
    // With a property, nothing (nil) unless every item has a #[]; `item[property]` is read
    // only when two items are compared.
    sort_natural(input: unknown, property?: unknown) {
      const list = iterate(input);
      if (list.length === 0) return [];
      const byProperty = property !== null && property !== undefined;
      if (byProperty && !list.every(hasIndex)) return null;
      const key = (v: unknown): unknown => (byProperty ? indexWith(v, property) : v);
      return allViews(rubySort([...list], (a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === null || x === undefined || y === null || y === undefined) return x === null || x === undefined ? 1 : -1;
        // `a.to_s.casecmp(b.to_s)`: an Array's to_s is its inspect (`["red", "fruit"]`), not its join
        return casecmpRuby(rubyObjectToS(x), rubyObjectToS(y));
      }));
    },
    // StandardFilters#concat: the argument must be an Array (`to_ary`; not a Range, a String or nil)
    concat(input: unknown, array: unknown) {
      if (!isRubyArray(array)) throw new LiquidFailure('error', 'concat filter requires an array argument');
      // InputIterator#concat: the input's elements as drops, the argument's as they are
      const head = iterate(input);
      return markLiquidViews([...head, ...array], (i) => i < head.length || isLiquidView(array, i - head.length));
    },
    // StandardFilters#reverse goes through InputIterator: its elements become drops
    reverse: (input: unknown) => allViews([...iterate(input)].reverse()),
    // InputIterator#join: `glue.to_s`, so a glue that is nil joins with nothing, an Array's
    // being its inspect
    join(input: unknown, ...rest: unknown[]) {
      return rubyJoin(iterate(input), rest.length > 0 ? interpolated(rest[0]) : ' ', false);
    },
    // Jekyll's push/pop/shift/unshift/sample leave anything but an Array (a Range too) as it is
    // (the item comes from a variable: a drop, not the Jekyll object)
    push: (array: unknown, item: unknown) => (isRubyArray(array) ? markLiquidViews([...array, item], (i) => i === array.length || isLiquidView(array, i)) : array),
    unshift: (array: unknown, item: unknown) => (isRubyArray(array) ? markLiquidViews([item, ...array], (i) => i === 0 || isLiquidView(array, i - 1)) : array),
    pop: (array: unknown, num: unknown = 1) => (isRubyArray(array) ? keepViewsAt(array, array.slice(0, Math.max(0, array.length - takenCount(num))), (i) => i) : array),
    shift: (array: unknown, num: unknown = 1) => {
      if (!isRubyArray(array)) return array;
      const n = Math.min(takenCount(num), array.length);
      return keepViewsAt(array, array.slice(n), (i) => i + n);
    },
    // (Jekyll's sample: a count Liquid cannot read as an integer is 1)
    sample(input: unknown, num: unknown = 1) {
      if (!isRubyArray(input)) return input;
      const n = integerOr(num, 1);
      const shuffled = [...input].sort(() => Math.random() - 0.5);
      return n === 1 ? shuffled[0] ?? null : shuffled.slice(0, n);
    },
    // Jekyll::Filters#array_to_sentence_string: `array.length`, `array[0]`, `array[0...-1].join`
    // on whatever comes in (a String by characters, a Hash by the keys 0 and 1); the connector,
    // even nil or an Array, is interpolated with to_s
    array_to_sentence_string(input: unknown, ...rest: unknown[]) {
      const c = rest.length > 0 ? interpolated(rest[0]) : 'and';
      return sentence(sentenceItems(input), c);
    },
    // Liquid's size: String#size, Array#size, Hash#size; anything else 0
    size(input: unknown) {
      if (typeof input === 'string') return [...input].length;
      if (Array.isArray(input)) return input.length;
      // a Jekyll drop (the site, a document) or a Liquid::Drop has no #size
      if (isDrop(input)) return 0;
      if (isPlainHash(input)) return 'size' in input ? input['size'] : Object.keys(input).length;
      if (input instanceof RubyHash) return input.size;
      // Integer#size: the bytes of its machine representation, 8 for a Fixnum; a Float has no #size
      if (typeof input === 'number') return Number.isInteger(input) ? integerSize(input) : 0;
      if (typeof input === 'bigint') return integerSize(input);
      return 0;
    },
    // Array#first, Hash#first, Enumerable#first of a Jekyll drop (its first [key, value]); a Liquid::Drop has none
    first(input: unknown) {
      // Range#first is its start, even of an empty range (`(3..1) | first` is 3)
      if (input instanceof RubyRange) return input.first;
      if (Array.isArray(input)) return input[0] ?? null;
      if (isJekyllDrop(input)) return jekyllDropPairs(input)[0] ?? null;
      if (input instanceof RubyHash) return input.entries()[0] ?? null;
      // a Liquid::Drop with a #first of its own (forloop, tablerowloop: whether this is the first round)
      if (isLiquidDrop(input)) return liquidProperty(input, 'first') ?? null;
      return isPlainHash(input) ? typedEntries(input)[0] ?? null : null;
    },
    last(input: unknown) {
      if (input instanceof RubyRange) return input.last;
      if (Array.isArray(input)) return input[input.length - 1] ?? null;
      return isLiquidDrop(input) ? liquidProperty(input, 'last') ?? null : null;
    },
    uniq(input: unknown, property?: unknown) {
      const list = iterate(input);
      // Array#uniq gives a list of one as it is, without reading its property
      if (list.length < 2) return allViews([...list]);
      // StandardFilters#uniq with a property: `item[property]` of each in turn (String#[] finds a
      // substring; Integer#[] and Array#[] take no String: a property error), and nothing at all
      // (nil) once an item has no #[] (nil, true, a Float)
      const key = eqlKeys();
      const seen = new Set<string>();
      const out: unknown[] = [];
      for (const item of list) {
        if (property !== null && property !== undefined && !hasIndex(item)) return null;
        if (addNew(seen, key(property === null || property === undefined ? item : uniqKey(item, property)))) out.push(item);
      }
      return allViews(out);
    },
    // StandardFilters#compact with a property: `item[property].nil?` of each item in turn, a property
    // error where #[] takes no such key (Integer#[] given a String), nothing at all (nil) once an
    // item has no #[] (nil, true, a Float)
    compact(this: FilterThis, input: unknown, property?: unknown) {
      const list = iterate(input);
      if (property === null || property === undefined) return allViews(list.filter((item) => item !== null && item !== undefined));
      const out: unknown[] = [];
      for (const item of list) {
        if (!hasIndex(item)) return null;
        strictDropKey(this, item, property);
        if ((indexWith(item, property) ?? null) !== null) out.push(item);
      }
      return allViews(out);
    },
    // StandardFilters#map reads `item[property]`: String#[] finds a substring, Integer#[] and
    // Array#[] given a String raise a TypeError, which map reports as a property error
    map(this: FilterThis, input: unknown, property: unknown) {
      const p = rubyToS(property);
      const items = iterate(input);
      // a value a filter's hash holds as a drop (group_by_exp's name) stays one
      const views = (out: unknown[]): unknown[] => (items.some((item) => typeof item === 'object' && item !== null && isLiquidView(item, p)) ? markLiquidViews(out, (i) => isLiquidView(items[i] as object, p)) : out);
      return views(items.map((item) => {
        if (p === 'to_liquid') return item;
        // String#[] given a Hash (`map: key: v`) is a TypeError too
        if (typeof item === 'string' && isPlainHash(property)) throw new LiquidFailure('error', `cannot select the property '${p}'`);
        // String#[] and Integer#[] given an Integer: a character, a bit (`map: 0`)
        if (typeof item === 'string' || (typeof item === 'number' && Number.isInteger(item)) || typeof item === 'bigint') return indexWith(item, property);
        strictDropKey(this, item, property);
        return indexItem(item, typedKey(property)) ?? null;
      }));
    },
  };
}

/**
 * `item[property]` of a Liquid::Drop (`jekyll`, `forloop`) that has no such method: under
 * strict_variables Drop#liquid_method_missing raises (the drop was looked up in a context).
 */
function strictDropKey(self: FilterThis, item: unknown, property: unknown): void {
  if (!isLiquidDrop(item) || !self.context.strictVariables) return;
  if (liquidProperty(item, property) === undefined) throw new LiquidFailure('error', `undefined method ${rubyToS(property)}`);
}

/** Whether Ruby's `value.respond_to?(:[])`: a String, an Integer, an Array, a Hash or a drop (not a Range). */
function hasIndex(v: unknown): boolean {
  if (v === null || v === undefined || typeof v === 'boolean' || v instanceof RubyFloat || v instanceof Date || v instanceof RubyRange) return false;
  return typeof v !== 'number' || Number.isInteger(v);
}

/**
 * Ruby's `item[property]` for an item with a #[], the property as the template gave it: String#[]
 * finds a substring (or, given an Integer, a character); Integer#[] and Array#[] take only an
 * Integer, and anything else is a TypeError, which Liquid's filters report as a property error.
 */
function indexWith(item: unknown, property: unknown): unknown {
  const p = typedKey(property);
  const propertyError = (): never => {
    throw new LiquidFailure('error', `cannot select the property '${rubyToS(property)}'`);
  };
  if (typeof item === 'string') {
    // String#[] given nil or a Hash: a TypeError
    if (property === null || property === undefined || isPlainHash(property)) propertyError();
    if (typeof p === 'string') return item.includes(p) ? p : null;
    if (typeof p !== 'number') propertyError();
    const chars = [...item];
    return chars.at(p as number) ?? null;
  }
  if (typeof item === 'number' || typeof item === 'bigint') {
    if (typeof p !== 'number') propertyError();
    // Integer#[]: the bit at that place
    return Number((BigInt(item) >> BigInt(Math.max(0, p as number))) & 1n) * (p as number < 0 ? 0 : 1);
  }
  if (Array.isArray(item)) {
    if (typeof p !== 'number') propertyError();
    return item.at(p as number) ?? null;
  }
  return indexItem(item, p);
}

/** `item[property]` in uniq's block, for an item that has a #[]. */
function uniqKey(item: unknown, property: unknown): unknown {
  if (typeof item === 'string' || Array.isArray(item) || typeof item === 'number' || typeof item === 'bigint') return indexWith(item, property);
  return itemPropertyRaw(item, rubyToS(property));
}

/** An array whose elements Liquid's InputIterator gave as drops (their `to_liquid`). */
const allViews = <T extends unknown[]>(out: T): T => markLiquidViews(out, () => true);

/** The key Liquid's map and compact index an item with: an Integer stays one, anything else is its to_s. */
const typedKey = (property: unknown): unknown => (Number.isInteger(property) ? property : rubyToS(property));

function itemPropertyRaw(item: unknown, property: string): unknown {
  return itemData(item, property) ?? null;
}

/** What array_to_sentence_string indexes: `length`, `[0]`, `[1]`, `[-1]` and `[0...-1]` of the input as Ruby has them. */
interface SentenceItems {
  length: number;
  at(i: number): unknown;
  /** `"#{self[i]}"`, where it is not interpolated(at(i)). */
  text?(i: number): string;
  /** `[0...-1]`: an Array, or the String or nil that `join` is then called on. */
  init(): unknown;
}

function sentenceItems(input: unknown): SentenceItems {
  // (a Range is Enumerable, but has no #length)
  // (`"#{array[0]}"`: a Page of site.pages prints its own to_s, heldToS)
  if (isRubyArray(input)) return { length: input.length, at: (i) => input.at(i), text: (i) => (Array.isArray(input.at(i)) ? rubyInspect(input.at(i)) : heldToS(input, i < 0 ? input.length + i : i)), init: () => keepViewsAt(input, input.slice(0, -1), (i) => i) };
  if (typeof input === 'string') {
    const chars = [...input];
    return { length: chars.length, at: (i) => chars.at(i), init: () => chars.slice(0, -1).join('') };
  }
  // Hash#[] with 0, 1, -1 and a Range finds no key (unless one is the Integer 0, 1 or -1); where
  // the hash has a default block (site.tags, site.categories: default-hash.ts) it stores and gives
  // an empty list. (The Range key `0...-1` that block stores too is not kept: no hash of kyll's
  // holds a Range key.)
  if (input instanceof RubyHash) {
    return { length: input.size, at: (i) => (input.has(i) ? input.liquidMethodMissing(i) : missingKey(input, i)), init: () => (hasDefault(input) ? [] : null) };
  }
  if (isPlainHash(input) && !isDrop(input)) {
    const entries = typedEntries(input);
    const at = (i: number): unknown => {
      const found = entries.find(([k]) => k === i);
      return found ? found[1] : missingKey(input, i);
    };
    return { length: entries.length, at, init: () => (hasDefault(input) ? [] : null) };
  }
  // a Liquid::Drop with a #length (forloop): Drop#[] finds no method `0` nor `0...-1`, so nil
  const length = isLiquidDrop(input) ? liquidProperty(input, 'length') : undefined;
  if (typeof length === 'number') return { length, at: () => null, init: () => null };
  // (a Jekyll drop is Enumerable, but has no #length either)
  throw noMethod('length', input, { line: 'case array.length', call: '.length' });
}

function sentence(items: SentenceItems, connector: string): string {
  const text = (i: number): string => (items.text ? items.text(i) : interpolated(items.at(i)));
  if (items.length === 0) return '';
  if (items.length === 1) return text(0);
  if (items.length === 2) return `${text(0)} ${connector} ${text(1)}`;
  const init = items.init();
  if (!Array.isArray(init)) throw noMethod('join', init, { line: '"#{array[0...-1].join(", ")}, #{connector} #{array[-1]}"', call: '.join' });
  return `${rubyJoin(init, ', ')}, ${connector} ${text(-1)}`;
}

/** `"#{v}"`: to_s, an Array's being its inspect. */
const interpolated = (v: unknown): string => (Array.isArray(v) ? rubyInspect(v) : rubyToS(v));

/** Liquid::Utils.to_integer, or `fallback` where it raises (`rescue 1` in Jekyll's filters). */
function integerOr(v: unknown, fallback: number): number {
  try {
    return toInteger(v);
  } catch {
    return fallback;
  }
}

/**
 * Array#uniq's identity of a value (its `hash` and `eql?`), as a string: a scalar's as a Hash key's
 * (values/eql-key.ts: `1` and `1.0` both stay), arrays and hashes by their contents (a hash's
 * entries in any order), a drop or any
 * other object by itself. One set
 * of strings: asking each earlier value for equality made `uniq` over a site's posts quadratic.
 * A String stands for itself by a number: a page's hash holds its whole content, and spelling it
 * out again for every `push | uniq` of a search index over a site's pages took minutes where
 * Ruby's String#hash takes a moment (the Map finds the same string object by V8's cached hash).
 */
export function eqlKeys(): (v: unknown) => string {
  const ids = new Map<object, number>();
  const strings = new Map<string, number>();
  const inside = new Set<object>();
  const key = (v: unknown): string => {
    const x = toValue(v as Value) as unknown;
    if (typeof x === 'string') {
      let id = strings.get(x);
      if (id === undefined) strings.set(x, (id = strings.size));
      return `s${id}`;
    }
    const scalar = scalarEqlKey(x);
    if (scalar !== undefined) return scalar;
    const obj = x as object;
    // A drop (a document, the site) is its own identity; a value holding itself is too.
    const hash = obj instanceof RubyHash || (!isJekyllDrop(obj) && !isLiquidDrop(obj) && isPlainHash(obj));
    if (!inside.has(obj) && (Array.isArray(obj) || hash)) {
      inside.add(obj);
      try {
        if (Array.isArray(obj)) return `[${obj.map(key).join(',')}]`;
        // Hash#hash and #eql? ignore the order of the keys: {"w"=>1, "h"=>2} is {"h"=>2, "w"=>1}
        const entries = obj instanceof RubyHash ? obj.entries() : typedEntries(obj);
        return `{${entries.map(([k, val]) => `${key(k)}=>${key(val)}`).sort().join(',')}}`;
      } finally {
        inside.delete(obj);
      }
    }
    let id = ids.get(obj);
    if (id === undefined) ids.set(obj, (id = ids.size));
    return `#${id}`;
  };
  return key;
}

/** Array#pop(n)/#shift(n)'s count: a negative one is Ruby's ArgumentError, which Liquid reports as its own. */
function takenCount(num: unknown): number {
  const n = toInteger(num);
  if (n < 0) throw new LiquidFailure('error', 'negative array size');
  return n;
}

function addNew(set: Set<string>, k: string): boolean {
  if (set.has(k)) return false;
  set.add(k);
  return true;
}
