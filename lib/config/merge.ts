// Utils.deep_merge_hashes (jekyll/utils.rb): hashes merge recursively, nil never overrides, anything else replaces.
import type { Data } from '../types.js';
import { getKey, hasKey, setKey } from '../values/own-keys.js';

export function isPlainHash(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A new hash: `target` with `overwrite` merged in. Neither argument is modified. */
export function deepMerge(target: Data, overwrite: Data): Data {
  const out: Data = { ...target };
  for (const [key, value] of Object.entries(overwrite)) {
    const old = getKey(out, key);
    if (value === null || value === undefined) {
      if (!hasKey(out, key)) setKey(out, key, value ?? null);
    } else if (isPlainHash(old) && isPlainHash(value)) {
      setKey(out, key, deepMerge(old, value));
    } else {
      setKey(out, key, value);
    }
  }
  return out;
}
