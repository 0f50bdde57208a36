// Merge keys (`<<`) as Psych's ToRuby#revive_hash applies them, where js-yaml's own merge differs:
// a mapping (or an alias of one) is `hash.merge!`d at the place of its `<<`, so it replaces the
// keys written before it, and the keys after it replace its; a sequence of mappings is merged
// last to first into a new hash first (`[{a: 1, x: 1}, {b: 2, x: 2}]` gives b, x: 1, a); and a
// `<<` of anything else (a scalar, nil, a sequence holding something else than mappings) stays
// a key named "<<". A quoted "<<" is a merge key too (only `!!str <<` is not, read as one here).

/** Where a plain `<<` key of the loaded text is (yaml.ts#MergeKey): each has a number of its own. */
export const MERGE_MARK = '\u0000merge:';

const merged = new WeakMap<object, Array<[string, unknown]>>();

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

const isMergeKey = (k: string): boolean => k === '<<' || k.startsWith(MERGE_MARK);

/** The entries of a mapping as js-yaml loaded it (keys as js-yaml names them), with its merge keys applied. */
export function mergedEntries(mapping: Record<string, unknown>): Array<[string, unknown]> {
  const entries = Object.entries(mapping);
  if (!entries.some(([k]) => isMergeKey(k))) return entries;
  const done = merged.get(mapping);
  if (done) return done;
  const out = new Map<string, unknown>();
  // An alias of this same mapping inside it (`a: &x {<<: *x}`) merges nothing more.
  merged.set(mapping, []);
  for (const [key, value] of entries) {
    if (!isMergeKey(key)) out.set(key, value);
    else if (isMapping(value)) for (const [k, v] of mergedEntries(value)) out.set(k, v);
    else if (Array.isArray(value) && value.every(isMapping)) {
      const h = new Map<string, unknown>();
      for (const m of [...value].reverse()) for (const [k, v] of mergedEntries(m)) h.set(k, v);
      for (const [k, v] of h) out.set(k, v);
    } else out.set('<<', value); // TypeError in merge!: hash["<<"] = val
  }
  const result = [...out];
  merged.set(mapping, result);
  return result;
}
