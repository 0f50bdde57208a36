// How a template reads `a.b` and `a["b"]`: Ruby Liquid's VariableLookup#evaluate
// (liquid/variable_lookup.rb). A key is the object's data (a Hash's key, an Array's
// index, a Drop's method) or one of the command methods `size`, `first`, `last` when
// the Ruby object responds to it. Nothing of JavaScript shows through: no
// `constructor`, `toString`, `__proto__`, `length` or `push`, on any value.
import { Drop } from 'liquidjs';
import { LiquidFailure } from './errors.js';
import type { Context } from 'liquidjs';
import { DOCUMENT_DROP, JEKYLL_DROP, LIQUID_DROP } from '../values/document-drop-mark.js';
import { RubyHash } from '../values/ruby-hash.js';
import { missingKey } from '../values/default-hash.js';
import { hasKey } from '../values/own-keys.js';
import { isTypedKey, rubyKeyOf, rubyKeys, typedKeyOf } from '../values/typed-keys.js';
import { RubyRange } from '../values/ruby-range.js';
import { rubyInspect } from './ruby/to-s.js';
import { AS_BRACKET_KEY, BracketKey, bracketKeyOf } from './bracket-keys.js';

/** The value of `key` in `obj` as a template sees it; undefined when Ruby Liquid gives nil. */
export function liquidProperty(value: unknown, key: unknown, ctx?: Context): unknown {
  // The common case first (a kyll drop or a hash read by name): the steps below, once
  if (typeof key === 'string' && value !== null && typeof value === 'object' && isDataObject(value)) {
    const rec = value as Record<string, unknown>;
    // a key noted with another Ruby type (front matter `true:`) is not this String
    if (!hasKey(rec, key) || isTypedKey(rec, key)) return hashCommand(rec, key);
    const v = rec[key];
    return typeof v === 'function' ? (v as () => unknown).call(rec) : v;
  }
  if (key === AS_BRACKET_KEY) return bracketKeyOf(value);
  if (key instanceof BracketKey) return bracketProperty(value, key.name, ctx);
  const obj = toLiquid(value);
  if (obj === null || obj === undefined) return undefined;
  if (typeof obj === 'string') return key === 'size' ? [...obj].length : undefined; // String#size; no first/last
  // Integer#size (a command method); a Float has none
  if ((typeof obj === 'number' && Number.isInteger(obj)) || typeof obj === 'bigint') return key === 'size' ? integerSize(obj) : undefined;
  if (typeof obj !== 'object') return undefined;
  if (Array.isArray(obj)) return arrayProperty(obj, key);
  if (obj instanceof RubyHash) return rubyHashProperty(obj, key);
  if (obj instanceof Drop) return dropProperty(obj, key, ctx);
  if (!isDataObject(obj)) return undefined; // a Time, a Float, ...: no [] in Ruby
  const rec = obj as Record<string, unknown>;
  if (typeof key !== 'string' && key !== null && key !== undefined && (rec as Record<symbol, unknown>)[JEKYLL_DROP] === true) notDropKey(key);
  if (typeof key === 'number' && Number.isInteger(key) && hasKey(rec, String(key))) {
    // `h[2019]` finds the Integer key 2019 (typed-keys.ts), never the String "2019"
    const typed = typedKeyOf(rec, key);
    return typed === undefined ? missingKey(rec, key) : rec[typed];
  }
  if (typeof key === 'string' || typeof key === 'number') {
    const k = String(key);
    if (hasKey(rec, k)) {
      const v = rec[k];
      // drops made by kyll may hold a lazily computed value
      return typeof v === 'function' ? (v as () => unknown).call(rec) : v;
    }
    // an Integer key is read with Hash#[] (a Hash responds to fetch), which runs a default block
    if (Number.isInteger(key)) return missingKey(rec, key);
  } else {
    // `h[true]`, `h[nil]`, `h[1.0]`: a key the hash holds with that Ruby type (typed-keys.ts)
    const k = typedKeyOf(rec, key);
    if (k !== undefined) return rec[k];
  }
  return hashCommand(rec, key);
}

/**
 * `obj["size"]`, `obj[k]` with k = "first": VariableLookup#evaluate reads the key when the
 * object has it (Hash#key?; a Jekyll drop's key? answers for its methods too, so `page["first"]`
 * of a document is its #first) and never calls a command method for it.
 */
function bracketProperty(value: unknown, name: string, ctx?: Context): unknown {
  const obj = toLiquid(value);
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  if (obj instanceof RubyHash) return obj.has(name) ? obj.liquidMethodMissing(name) : undefined;
  if (obj instanceof Drop) return dropProperty(obj, name, ctx);
  if (!isDataObject(obj)) return undefined;
  const rec = obj as Record<string | symbol, unknown>;
  if (rec[JEKYLL_DROP] === true || rec[LIQUID_DROP] === true) return liquidProperty(obj, name, ctx);
  if (!hasKey(rec as Record<string, unknown>, name) || isTypedKey(rec as Record<string, unknown>, name)) return undefined;
  const v = rec[name];
  return typeof v === 'function' ? (v as () => unknown).call(rec) : v;
}

/** Integer#size on x86_64: 8 for a Fixnum, the bytes a Bignum's magnitude needs (rb_absint_size), 8 at least. */
export function integerSize(n: number | bigint): number {
  const abs = BigInt(n) < 0n ? -BigInt(n) : BigInt(n);
  return Math.max(8, Math.ceil(abs.toString(2).length / 8));
}

/**
 * Liquid asks a Jekyll drop `key?(key)` first (VariableLookup#evaluate); Drop#key? answers
 * nil with false but hands any other key to respond_to?, which takes only a Symbol or a String:
 * `page[1]`, `site[true]`, `post[1.5]` raise TypeError, which is no Liquid::Error and stops the build.
 */
function notDropKey(key: unknown): never {
  throw new LiquidFailure('plain', `${rubyInspect(key)} is not a symbol nor a string`);
}

/**
 * A key of an item as Jekyll's filters read it (filters.rb #item_property, Liquid's map):
 * the item's own data only, without the command methods.
 */
export function itemData(item: unknown, key: string): unknown {
  return indexItem(item, key);
}

/**
 * `item[key]` with the key as the template gave it (Liquid's map and compact pass an Integer
 * on): a hash with a default block (default-hash.ts) stores and gives its default.
 */
export function indexItem(item: unknown, key: unknown): unknown {
  if (item === null || item === undefined || typeof item !== 'object') return undefined;
  if (Array.isArray(item)) return undefined;
  if (item instanceof RubyHash) return item.has(key) ? item.liquidMethodMissing(key) : missingKey(item, key);
  if (typeof key !== 'string') key = String(key);
  if (item instanceof Drop) return dropProperty(item, key);
  if (!isDataObject(item)) return undefined;
  const rec = item as Record<string, unknown>;
  // Jekyll's Drop#[] calls a method Liquid may invoke (count, first, sort, keys, ...) for a key it
  // does not hold: `site.posts | map: "first"` gives each document's first [key, value] pair
  if (!hasKey(rec, key as string)) return (rec as Record<symbol, unknown>)[JEKYLL_DROP] === true ? hashCommand(rec, key) : missingKey(rec, key);
  const v = rec[key as string];
  return typeof v === 'function' ? (v as () => unknown).call(rec) : v;
}

/** Liquid's to_liquid: an object with a toLiquid() method stands for what it returns. */
export function toLiquid(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || isDataObject(value)) return value;
  const f = (value as { toLiquid?: unknown }).toLiquid;
  return typeof f === 'function' && !(value instanceof Date) ? toLiquid(f.call(value)) : value;
}

/** A plain hash or a kyll drop: an object literal, a null-prototype object, or a Proxy of one. */
function isDataObject(obj: object): boolean {
  const proto = Object.getPrototypeOf(obj);
  return proto === Object.prototype || proto === null;
}

// Array#[] with an Integer (negative counts from the end), then size/first/last. A String key
// is never an index (VariableLookup#evaluate fetches only with an Integer): `list.1` and
// `list["1"]` are nil.
function arrayProperty(arr: readonly unknown[], key: unknown): unknown {
  const index = typeof key === 'number' ? key : undefined;
  // a Range has no `[]`: only its size, first and last
  if (index !== undefined && !(arr instanceof RubyRange)) {
    if (!Number.isInteger(index)) return undefined;
    const i = index < 0 ? arr.length + index : index;
    // past the end: nil, found by Array#[] (Context#lookup_and_evaluate raises under
    // strict_variables only for an object with key?, which an Array has not)
    return i >= 0 && i < arr.length ? arr[i] : null;
  }
  if (key === 'size') return arr.length;
  if (key === 'first') return arr[0];
  if (key === 'last') return arr[arr.length - 1];
  return undefined;
}

// The arities of Jekyll::Drops::Drop's public methods that take arguments (jekyll/drops/drop.rb).
export const DROP_ARITIES: ReadonlyMap<string, string> = new Map([['fetch', '1..2'], ['merge', '1'], ['merge!', '1']]);
// The keys hashCommand answers for a hash or drop that does not hold them.
const COMMAND_KEYS: ReadonlySet<unknown> = new Set(['count', 'keys', ...DROP_ARITIES.keys(), 'size', 'first', 'sort', 'min', 'max', 'to_liquid', 'each_key', 'collapse_document']);

/** Drop#each_key without a block: an Enumerator, which Liquid cannot take (it has no to_liquid). */
export function eachKeyFailure(keys: readonly unknown[]): LiquidFailure {
  return new LiquidFailure('plain', `undefined method \`to_liquid' for #<Enumerator: ${rubyInspect(keys)}:each>`);
}

// Hash#size and Hash#first (Hash has no #last). Jekyll's drops (documents, the site,
// `jekyll`) are Enumerable without #size; pages and everything from YAML are Hashes.
// Enumerable#count counts a drop's keys; Liquid lets a drop's #sort, #min and #max through too
// (Liquid::Drop.invokable_methods); `jekyll` (a Liquid::Drop) has none of these.
function hashCommand(rec: Record<string, unknown>, key: unknown): unknown {
  // any other key a hash does not hold is nil: one look instead of the marks read below
  // ({% seo %} alone asks a page and the site for ~20 keys they do not have)
  if (!COMMAND_KEYS.has(key)) return undefined;
  const marks = rec as Record<symbol, unknown>;
  if (marks[LIQUID_DROP] === true) return undefined;
  if (marks[JEKYLL_DROP] === true && key === 'count') return [...(rec as unknown as Iterable<unknown>)].length;
  // Jekyll::Drops::Drop#keys, a public method Liquid can call
  if (marks[JEKYLL_DROP] === true && key === 'keys') return [...(rec as unknown as Iterable<string>)].map((k) => rubyKeyOf(rec, k));
  // Drop#fetch and Drop#merge are invokable too, and Liquid calls them with no argument
  const arity = marks[JEKYLL_DROP] === true && typeof key === 'string' ? DROP_ARITIES.get(key) : undefined;
  if (arity) throw new LiquidFailure('plain', `wrong number of arguments (given 0, expected ${arity})`);
  if (marks[JEKYLL_DROP] === true && key === 'to_liquid') return rec; // Liquid::Drop#to_liquid
  if (marks[JEKYLL_DROP] === true && key === 'each_key') throw eachKeyFailure([...(rec as unknown as Iterable<string>)].map((k) => rubyKeyOf(rec, k)));
  // DocumentDrop#collapse_document(doc)
  if (marks[DOCUMENT_DROP] === true && key === 'collapse_document') throw new LiquidFailure('plain', 'wrong number of arguments (given 0, expected 1)');
  // Enumerable#sort, #min and #max of a drop's [key, value] pairs, which Array#<=> orders by key
  if (marks[JEKYLL_DROP] === true && (key === 'sort' || key === 'min' || key === 'max')) {
    const keys = [...(rec as unknown as Iterable<string>)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pair = (k: string): unknown[] => [rubyKeyOf(rec, k), rec[k]];
    if (key === 'sort') return keys.map(pair);
    const k = key === 'min' ? keys[0] : keys.at(-1);
    return k === undefined ? undefined : pair(k);
  }
  if (key === 'size') return marks[JEKYLL_DROP] === true ? undefined : Object.keys(rec).length;
  if (key === 'first') {
    const k = marks[JEKYLL_DROP] === true ? [...(rec as unknown as Iterable<string>)][0] : rubyKeys(rec)[0];
    return k === undefined ? undefined : [rubyKeyOf(rec, k), rec[k]];
  }
  return undefined;
}

function rubyHashProperty(hash: RubyHash, key: unknown): unknown {
  const v = hash.liquidMethodMissing(key);
  if (v !== undefined || hash.has(key)) return v;
  if (Number.isInteger(key)) return missingKey(hash, key);
  if (key === 'size') return hash.size;
  if (key === 'first') return hash.entries()[0];
  return undefined;
}

/**
 * A liquidjs Drop (a plugin's): the methods and fields its class declares, else its
 * liquidMethodMissing. What Object and Drop themselves define stays hidden.
 */
function dropProperty(drop: Drop, key: unknown, ctx?: Context): unknown {
  if (typeof key === 'string' && !DROP_INTERNALS.has(key) && declaredByDrop(drop, key)) {
    const v = (drop as unknown as Record<string, unknown>)[key];
    return typeof v === 'function' ? (v as () => unknown).call(drop) : v;
  }
  return drop.liquidMethodMissing(key as string, ctx as Context);
}

// JavaScript's and liquidjs's machinery on drops; `i` and `next` are the counter of
// liquidjs's ForloopDrop (Ruby's forloop has neither).
const DROP_INTERNALS = new Set(['constructor', 'valueOf', 'toString', 'toJSON', 'toLiquid', 'equals', 'liquidMethodMissing', 'i', 'next']);

function declaredByDrop(drop: Drop, key: string): boolean {
  for (let o: object | null = drop; o && o !== Drop.prototype && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    if (Object.hasOwn(o, key)) return true;
  }
  return false;
}
