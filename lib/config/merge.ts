// Utils.deep_merge_hashes (jekyll/utils.rb): hashes merge recursively, nil never overrides, anything else replaces.
import type { Data } from '../types.js';

export function isPlainHash(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A new hash: `target` with `overwrite` merged in. Neither argument is modified. */
export function deepMerge(target: Data, overwrite: Data): Data {
  const out: Data = { ...target };
  for (const [key, value] of Object.entries(overwrite)) {
    const old = out[key];
    if (value === null || value === undefined) {
      if (!(key in out)) out[key] = value ?? null;
    } else if (isPlainHash(old) && isPlainHash(value)) {
      out[key] = deepMerge(old, value);
    } else {
      out[key] = value;
    }
  }
  return out;
}
