// A JavaScript object keeps its keys as strings. site.categories and site.tags are such records
// (ordered-record.ts) until a template adds a key of another type through their default block
// (`site.tags[1]`, default-hash.ts): Ruby then holds the Integer 1, which `inspect` prints as `1`
// and a `for` loop yields as a number. The record notes the key's Ruby value here.

import { floatToS, isRubyFloat } from './ruby-float.js';

const RUBY_KEYS = Symbol('kyll.rubyKeys');

type Keyed = Record<string | symbol, unknown>;

/** Notes that the string key `key` of `hash` is `rubyKey` in Ruby (an Integer). */
export function noteRubyKey(hash: object, key: string, rubyKey: unknown): void {
  let keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  // configurable: a Proxy's ownKeys (ordered-record.ts) need not list it.
  if (!keys) Object.defineProperty(hash, RUBY_KEYS, { value: (keys = new Map()), configurable: true });
  keys.set(key, rubyKey);
}

/** Forgets what noteRubyKey noted of `key` (the key left the hash). */
export function forgetRubyKey(hash: object, key: string): void {
  ((hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined)?.delete(key);
}

/** A plain hash's [key, value] pairs, each key as Ruby holds it. */
export function typedEntries(hash: object): Array<[unknown, unknown]> {
  const entries: Array<[unknown, unknown]> = Object.entries(hash);
  const keys = (hash as Keyed)[RUBY_KEYS] as Map<string, unknown> | undefined;
  if (keys) for (const e of entries) if (keys.has(e[0] as string)) e[0] = keys.get(e[0] as string);
  return entries;
}

/**
 * A plain hash for a Ruby Hash whose keys are not all Strings (front matter `true:`, `1.5:`, `~:`):
 * each such key is stored under its to_s (nil's is "") and noted with its Ruby value. The note is
 * enumerable, so that a spread (`{ ...defaults, ...frontMatter }`) carries it along.
 */
export function typedRecord(entries: Iterable<readonly [unknown, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = new Map<string, unknown>();
  for (const [k, v] of entries) {
    const s = keyToS(k);
    Object.defineProperty(out, s, { value: v, enumerable: true, writable: true, configurable: true });
    if (typeof k === 'string') keys.delete(s);
    else keys.set(s, k);
  }
  if (keys.size > 0) Object.defineProperty(out, RUBY_KEYS, { value: keys, enumerable: true, configurable: true });
  return out;
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
  return String(k);
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
