import { setKey } from '../values/own-keys.js';

/**
 * A record whose keys keep the order they were added in, like a Ruby Hash.
 * Plain objects list integer-like keys (`"2023"`) first; a Proxy that reports
 * the insertion order keeps `site.categories` in Jekyll's order for loops,
 * `jsonify` and `inspect`. Meant to be read, not changed, after it is made.
 */
export function orderedRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const target: Record<string, V> = {};
  const order: string[] = [];
  for (const [k, v] of entries) {
    if (!Object.hasOwn(target, k)) order.push(k);
    setKey(target, k, v);
  }
  if (!order.some((k) => /^(0|[1-9]\d*)$/.test(k))) return target;
  return new Proxy(target, { ownKeys: () => [...order] });
}
