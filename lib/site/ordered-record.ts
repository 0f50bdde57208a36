import { setKey } from '../values/own-keys.js';

/**
 * A record whose keys keep the order they were added in, like a Ruby Hash.
 * Plain objects list integer-like keys (`"2023"`) first; a Proxy that reports
 * the insertion order keeps `site.categories` in Jekyll's order for loops,
 * `jsonify` and `inspect`. Meant to be read, not changed, after it is made.
 */
export function orderedRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const { target, order } = collect(entries);
  if (!order.some(isIndexLike)) return target;
  return new Proxy(target, { ownKeys: () => [...order] });
}

/**
 * An ordered record that can take more keys later (a hash with a default block stores
 * what it gives): `add` puts a key last, as Hash#[]= does, even an integer-like one.
 */
export function growableRecord<V>(entries: Iterable<readonly [string, V]>): { record: Record<string, V>; add(key: string, value: V): void; remove(key: string): void } {
  const { target, order } = collect(entries);
  const record = new Proxy(target, { ownKeys: () => [...order] });
  return {
    record,
    add(key, value) {
      if (!Object.hasOwn(target, key)) order.push(key);
      setKey(target, key, value);
    },
    remove(key) {
      if (!Object.hasOwn(target, key)) return;
      order.splice(order.indexOf(key), 1);
      delete target[key];
    },
  };
}

function collect<V>(entries: Iterable<readonly [string, V]>): { target: Record<string, V>; order: string[] } {
  const target: Record<string, V> = {};
  const order: string[] = [];
  for (const [k, v] of entries) {
    if (!Object.hasOwn(target, k)) order.push(k);
    setKey(target, k, v);
  }
  return { target, order };
}

const isIndexLike = (k: string): boolean => /^(0|[1-9]\d*)$/.test(k);
