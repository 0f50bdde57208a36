// A JavaScript object keeps its keys as strings. site.categories and site.tags are such records
// (ordered-record.ts) until a template adds a key of another type through their default block
// (`site.tags[1]`, default-hash.ts): Ruby then holds the Integer 1, which `inspect` prints as `1`
// and a `for` loop yields as a number. The record notes the key's Ruby value here.

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
