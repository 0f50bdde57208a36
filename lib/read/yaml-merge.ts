// Merge keys (`<<`) as Psych's ToRuby#revive_hash applies them, where js-yaml's own merge differs:
// a mapping (or an alias of one) is `hash.merge!`d at the place of its `<<`, so it replaces the
// keys written before it, and the keys after it replace its; a sequence of mappings is merged
// last to first into a new hash first (`[{a: 1, x: 1}, {b: 2, x: 2}]` gives b, x: 1, a); and a
// `<<` of anything else (a scalar, nil, a sequence holding something else than mappings, an alias
// of any sequence: `merge!` of an Array is a TypeError) stays a key named "<<". A quoted "<<" is a
// merge key too (only `!!str <<` is not, read as one here). A key written twice in such a text is
// two entries of the loaded mapping (yaml.ts#keyOccurrences): revive_hash sets each in its turn, so
// a `<<` between them is merged over the first and under the second (`k: 1`, `<<: {k: 5}`, `k: 2`
// gives k 2), and a merge of the mapping being revived sees the first's value.

/** Where a plain `<<` key of the loaded text is (yaml.ts#MergeKey): each has a number of its own. */
export const MERGE_MARK = '\u0000merge:';
/** The same, for a `<<` whose value is an alias node (yaml.ts#mergeAliasListener). */
export const MERGE_ALIAS_MARK = `${MERGE_MARK}*`;

const merged = new WeakMap<object, Array<[string, unknown]>>();

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

const isMergeKey = (k: string): boolean => k === '<<' || k.startsWith(MERGE_MARK);

// The mappings being revived (reviveMerges), each with its entries so far.
const partial = new Map<object, Map<string, unknown>>();

/** The entries of a mapping as js-yaml loaded it (keys as js-yaml names them), with its merge keys applied. */
export function mergedEntries(mapping: Record<string, unknown>): Array<[string, unknown]> {
  const done = merged.get(mapping);
  if (done) return done;
  const entries = Object.entries(mapping);
  if (!entries.some(([k]) => isMergeKey(k))) return entries;
  return revive(mapping, new Set());
}

/**
 * Applies the merge keys of a loaded document in Psych's order: ToRuby#revive_hash revives a
 * mapping's values one by one and merges at each `<<` the Hash its value is at that moment, so an
 * alias of a mapping still being revived (one that holds this `<<`) gives only the entries set
 * before it (`a: &x {k: 1, m: {<<: *x}}` makes m {"k"=>1}, not a copy of all of a).
 */
export function reviveMerges(value: unknown, keys: LoadedKeys = PLAIN_KEYS, walked = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || walked.has(value)) return;
  if (isMapping(value)) return void revive(value, walked, keys);
  if (!Array.isArray(value)) return;
  walked.add(value);
  for (const x of value) reviveMerges(x, keys, walked);
}

/** What the keys of the loaded mappings stand for. */
export interface LoadedKeys {
  /** The collection a key stands for (a mapping or a sequence as a key: yaml-collection-keys.ts), if it is one. */
  keyOf(key: string): unknown;
  /** The key as the result names it: one occurrence of a key written more than once names the key. */
  named(key: string): string;
}

const PLAIN_KEYS: LoadedKeys = { keyOf: () => undefined, named: (key) => key };

function revive(mapping: Record<string, unknown>, walked: Set<unknown>, keys: LoadedKeys = PLAIN_KEYS): Array<[string, unknown]> {
  const done = merged.get(mapping);
  if (done) return done;
  const sofar = partial.get(mapping);
  if (sofar) return [...sofar];
  const out = new Map<string, unknown>();
  partial.set(mapping, out);
  try {
    for (const [key, value] of Object.entries(mapping)) {
      if (!isMergeKey(key)) {
        // (the key first, then the value: revive_hash's accept(k), accept(v))
        reviveMerges(keys.keyOf(key), keys, walked);
        reviveMerges(value, keys, walked);
        // (a key set again keeps its first place: Hash#[]=)
        out.set(keys.named(key), value);
      } else if (isMapping(value)) for (const [k, v] of revive(value, walked, keys)) out.set(k, v);
      else if (Array.isArray(value) && value.every(isMapping) && !key.startsWith(MERGE_ALIAS_MARK)) {
        const lists = value.map((m) => revive(m, walked, keys));
        const h = new Map<string, unknown>();
        for (const list of lists.reverse()) for (const [k, v] of list) h.set(k, v);
        for (const [k, v] of h) out.set(k, v);
      } else {
        reviveMerges(value, keys, walked);
        out.set('<<', value); // TypeError in merge!: hash["<<"] = val
      }
    }
  } finally {
    partial.delete(mapping);
  }
  const result = [...out];
  merged.set(mapping, result);
  return result;
}
