// Utils.deep_merge_hashes (jekyll/utils.rb): hashes merge recursively, nil never overrides, anything else replaces.
import type { Data } from '../types.js';
import { getKey, hasKey, setKey } from '../values/own-keys.js';
import { RubyHash } from '../values/ruby-hash.js';
import { hasRubyNotes, typedEntries, typedRecord } from '../values/typed-keys.js';

export function isPlainHash(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A new hash: `target` with `overwrite` merged in. Neither argument is modified. */
export function deepMerge(target: Data, overwrite: Data): Data {
  // Keys of other types than String (`1:`, `true:`) or in an order of their own: merged as Ruby keys.
  if (hasRubyNotes(target) || hasRubyNotes(overwrite) || target instanceof RubyHash || overwrite instanceof RubyHash) return typedRecord(mergeEntries(target, overwrite).entries());
  const out: Data = { ...target };
  for (const [key, value] of Object.entries(overwrite)) {
    const old = getKey(out, key);
    if (value === null || value === undefined) {
      if (!hasKey(out, key)) setKey(out, key, value ?? null);
    } else if (mergeable(old) && mergeable(value)) {
      setKey(out, key, mergeHashes(old, value));
    } else {
      setKey(out, key, value);
    }
  }
  return out;
}

// Utils.mergable?: a Hash (a plain one, or a RubyHash with keys of other types), not a Float, a Time or a drop.
function mergeable(value: unknown): value is object {
  if (value instanceof RubyHash) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// Two hashes, one of which may hold typed keys: a RubyHash when either is one.
function mergeHashes(old: object, value: object): unknown {
  if (old instanceof RubyHash || value instanceof RubyHash) return mergeEntries(old, value);
  return deepMerge(old as Data, value as Data);
}

// Hash#merge! with deep_merge_hashes' block over keys as Ruby holds them: a key already
// there (Hash#eql?) keeps its place, a new one goes last.
function mergeEntries(target: object, overwrite: object): RubyHash {
  const out = new RubyHash(entriesOf(target));
  for (const [key, value] of entriesOf(overwrite)) {
    const old = out.liquidMethodMissing(key);
    if (value === null || value === undefined) {
      if (!out.has(key)) out.set(key, null);
    } else if (mergeable(old) && mergeable(value)) {
      out.set(key, mergeHashes(old, value));
    } else {
      out.set(key, value);
    }
  }
  return out;
}

const entriesOf = (hash: object): Array<[unknown, unknown]> => (hash instanceof RubyHash ? hash.entries() : typedEntries(hash));
