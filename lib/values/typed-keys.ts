// A JavaScript object keeps its keys as strings. site.categories and site.tags are such records
// (ordered-record.ts) until a template adds a key of another type through their default block
// (`site.tags[1]`, default-hash.ts): Ruby then holds the Integer 1, which `inspect` prints as `1`
// and a `for` loop yields as a number. The record notes the key's Ruby value here.

import { floatToS, isRubyFloat } from './ruby-float.js';
import { RubyHash } from './ruby-hash.js';
import { isPlainHash, rubyInspect } from '../liquid/ruby/to-s.js';

const RUBY_KEYS = Symbol('kyll.rubyKeys');
// A hash's keys in Ruby's order where JavaScript's differs: an object lists integer-like keys
// (`"2"`, an Integer key's to_s) first, a Ruby Hash in the order they were added.
const KEY_ORDER = Symbol('kyll.keyOrder');

type Keyed = Record<string | symbol, unknown>;

/** Notes that the string key `key` of `hash` is `rubyKey` in Ruby (an Integer). */
export function noteRubyKey(hash: object, key: string, rubyKey: unknown): void {
  // A new Map each time: a spread copy of a hash shares its notes (`{ ...frontMatter }`).
  const keys = new Map((hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined);
  keys.set(key, rubyKey);
  const enumerable = Object.getOwnPropertyDescriptor(hash, RUBY_KEYS)?.enumerable === true;
  // configurable: a Proxy's ownKeys (ordered-record.ts) need not list it.
  Object.defineProperty(hash, RUBY_KEYS, { value: keys, enumerable, configurable: true });
}

/** Forgets what noteRubyKey noted of `key` (the key left the hash). */
export function forgetRubyKey(hash: object, key: string): void {
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  if (!keys?.has(key)) return;
  const rest = new Map(keys);
  rest.delete(key);
  const enumerable = Object.getOwnPropertyDescriptor(hash, RUBY_KEYS)?.enumerable === true;
  Object.defineProperty(hash, RUBY_KEYS, { value: rest, enumerable, configurable: true });
}

/**
 * The string keys of a plain hash in Ruby's order: the order noted by typedRecord or
 * keepRubyOrder, then any key added since (as Hash#[]= puts a new key last).
 */
export function rubyKeys(hash: object): string[] {
  const keys = Object.keys(hash);
  const order = (hash as Keyed)[KEY_ORDER] as readonly string[] | undefined;
  if (order === undefined) return keys;
  const present = new Set(keys);
  const out = order.filter((k) => present.has(k));
  if (out.length < keys.length) {
    const listed = new Set(out);
    for (const k of keys) if (!listed.has(k)) out.push(k);
  }
  return out;
}

/**
 * Notes `order` (every key of `hash`, in Ruby's order) where JavaScript lists them otherwise. The
 * note is enumerable, so that a spread copy keeps it; it is never changed, only replaced.
 */
export function keepRubyOrder(hash: object, order: readonly string[]): void {
  const js = Object.keys(hash);
  if (js.length === order.length && js.every((k, i) => k === order[i])) {
    if (Object.hasOwn(hash, KEY_ORDER)) delete (hash as Keyed)[KEY_ORDER];
    return;
  }
  Object.defineProperty(hash, KEY_ORDER, { value: Object.freeze([...order]), enumerable: true, configurable: true, writable: true });
}

/** A plain hash's keys in Ruby's order, each as Ruby holds it; no value is read (a drop's lazy excerpt stays unrendered). */
export function typedKeys(hash: object): unknown[] {
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  return rubyKeys(hash).map((k) => (keys?.has(k) ? keys.get(k) : k));
}

/** A plain hash's [key, value] pairs in Ruby's order, each key as Ruby holds it. */
export function typedEntries(hash: object): Array<[unknown, unknown]> {
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  const rec = hash as Record<string, unknown>;
  return rubyKeys(hash).map((k) => [keys?.has(k) ? keys.get(k) : k, rec[k]]);
}

/**
 * A plain hash for a Ruby Hash whose keys are not all Strings (front matter `true:`, `1.5:`, `~:`):
 * each such key is stored under its to_s (nil's is "") and noted with its Ruby value. The note is
 * enumerable, so that a spread (`{ ...defaults, ...frontMatter }`) carries it along.
 */
export function typedRecord(entries: Iterable<readonly [unknown, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = new Map<string, unknown>();
  const order: string[] = [];
  for (const [k, v] of entries) {
    const s = keyToS(k);
    if (!Object.hasOwn(out, s)) order.push(s);
    Object.defineProperty(out, s, { value: v, enumerable: true, writable: true, configurable: true });
    if (typeof k === 'string') keys.delete(s);
    else keys.set(s, k);
  }
  if (keys.size > 0) Object.defineProperty(out, RUBY_KEYS, { value: keys, enumerable: true, configurable: true, writable: true });
  keepRubyOrder(out, order);
  return out;
}

/** Whether `hash` notes an order of its keys that is not JavaScript's (keepRubyOrder). */
export function hasRubyOrder(hash: object): boolean {
  return Object.hasOwn(hash, KEY_ORDER);
}

/** Whether `hash` notes typed keys or an order of its own (typedRecord, keepRubyOrder). */
export function hasRubyNotes(hash: object): boolean {
  return hasTypedKeys(hash) || Object.hasOwn(hash, KEY_ORDER);
}

/**
 * `{ ...a, ...b }` as Hash#merge does it: the first hash's keys keep their place, a later one's
 * new keys go last, each key with its Ruby type (a spread would keep one hash's notes only).
 */
export function mergeFlat(...hashes: object[]): Record<string, unknown> {
  // (spread, not Object.assign: a `__proto__` key is a key like any other)
  if (!hashes.some(hasRubyNotes)) return hashes.reduce<Record<string, unknown>>((out, h) => ({ ...out, ...h }), {});
  return typedRecord(hashes.flatMap(typedEntries));
}

/** Whether `hash` holds keys noted with a Ruby value of another type than String. */
export function hasTypedKeys(hash: object): boolean {
  return ((hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined)?.size! > 0;
}

/** The string key under which `hash` holds the Ruby key `rubyKey` (not a String), if it does. */
export function typedKeyOf(hash: object, rubyKey: unknown): string | undefined {
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  if (!keys) return undefined;
  for (const [s, k] of keys) if (sameKey(k, rubyKey)) return s;
  return undefined;
}

// Hash#eql? of two keys: the same class and value (1 and 1.0 differ).
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isRubyFloat(a) || isRubyFloat(b)) return isRubyFloat(a) && isRubyFloat(b) && a.value === b.value;
  if (a instanceof Date && b instanceof Date) return a.constructor === b.constructor && a.getTime() === b.getTime();
  return false;
}

/** A key's to_s: how Ruby's Hash#to_json and a plain hash name it. */
function keyToS(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined) return '';
  if (typeof k === 'number') return Number.isInteger(k) ? String(k) : floatToS(k);
  if (isRubyFloat(k)) return floatToS(k.value);
  // Array#to_s and Hash#to_s are their inspect (a YAML `? [a, b]` key: `["a", "b"]`)
  if (Array.isArray(k) || k instanceof RubyHash || isPlainHash(k)) return rubyInspect(k);
  return String(k);
}

/** The key as Ruby holds it: the typed key noted for the string key `key` of `hash`, else `key`. */
export function rubyKeyOf(hash: object, key: string): unknown {
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  return keys?.has(key) ? keys.get(key) : key;
}

/** Whether the string key `key` of `hash` stands for a Ruby key of another type. */
export function isTypedKey(hash: object, key: string): boolean {
  return ((hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined)?.has(key) === true;
}

/** Carries the typed-key notes of `from` to `to` (a merge of it: Utils.deep_merge_hashes keeps keys as they are). */
export function carryTypedKeys(from: object, to: object): void {
  const keys = (from as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  if (keys) for (const [s, k] of keys) if (Object.hasOwn(to, s)) noteRubyKey(to, s, k);
}
