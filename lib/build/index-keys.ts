// Keys that templates add to site.categories and site.tags (site.rb#post_attr_hash
// builds them with `Hash.new { |h, key| h[key] = [] }`: `site.tags[1]`, `map`
// over the hash): they stay for the rest of a Jekyll build, so an output sees
// the keys added by the outputs rendered before it, none of those after it.
// A long-lived build keeps each unit's added keys with its record, starts a
// pass from the hashes as read, and puts back the keys of the units it does
// not render again, in render order: every output sees what a clean build
// shows at its turn.
import type { Drops } from '../site/drops.js';
import type { IndexKey } from '../site/index-drops.js';
import { touchKey } from '../values/default-hash.js';

/** What the keys added so far look like: an output that read the hashes renders again when this differs. */
export function keysSeen(drops: Drops): string {
  return drops.addedKeys.length === 0 ? '' : JSON.stringify(drops.addedKeys.map(([attr, key]) => [attr, typeof key, String(key)]));
}

/** Adds the keys a unit added when it rendered, as its render would (through the default block). */
export function replayKeys(drops: Drops, keys: readonly IndexKey[] | undefined): void {
  if (!keys) return;
  for (const [attr, key] of keys) touchKey(drops.site[attr] as object, key);
}

export function sameKeys(a: readonly IndexKey[] | undefined, b: readonly IndexKey[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every(([attr, key], i) => y[i]![0] === attr && y[i]![1] === key);
}
