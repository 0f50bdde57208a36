// A Ruby Hash made with a block that stores what it gives: Site#post_attr_hash builds
// site.categories and site.tags as `Hash.new { |h, key| h[key] = [] }`. Hash#[] of a
// missing key then adds that key with an empty list, for the rest of the build. Liquid's
// lookups (`site.tags.x`, `site.tags["x"]`) ask key? first and add nothing; what calls
// Hash#[] itself adds: the map and compact filters, which index each item, and a lookup
// by an Integer (`site.tags[0]`, which Liquid reads because a Hash responds to fetch).

import { RubyHash } from './ruby-hash.js';

const DEFAULT = Symbol('kyll.hashDefault');

/** Gives `hash` a default block: `add(key)` stores the key's new value in it and returns that value. */
export function withDefault<T extends object>(hash: T, add: (key: unknown) => unknown): T {
  Object.defineProperty(hash, DEFAULT, { value: add, configurable: true });
  return hash;
}

/** Hash#[] of a key that `hash` lacks: its default block's (stored) value, or undefined when it has none. */
export function missingKey(hash: object, key: unknown): unknown {
  const add = (hash as Record<symbol, unknown>)[DEFAULT];
  return typeof add === 'function' ? (add as (key: unknown) => unknown)(key) : undefined;
}

/** Hash#[] for what it stores: `key` through the default block, unless `hash` has it already. */
export function touchKey(hash: object, key: string | number): void {
  const has = hash instanceof RubyHash ? hash.has(key) : Object.hasOwn(hash, String(key));
  if (!has) missingKey(hash, key);
}

/** Whether `value` is a hash with a default block. */
export function hasDefault(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<symbol, unknown>)[DEFAULT] === 'function';
}
