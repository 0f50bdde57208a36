// Generated pages that list some of the site's posts (an archive's page.posts,
// a paginator's posts) pick them out of `site.posts` by path. Searching the whole
// list for each page made those builds quadratic in the number of posts: the
// list is indexed once (site.posts is the same array on every page).
import { prop, toS } from './values.js';

/** Positions of each `path` in a list of drops, in list order. */
export type PathIndex = ReadonlyMap<string, readonly number[]>;

/** A lookup made once per generator run: the index of a list, built on first use of that list. */
export function pathIndexer(): (list: readonly unknown[]) => PathIndex {
  const indexes = new WeakMap<readonly unknown[], PathIndex>();
  return (list) => {
    let index = indexes.get(list);
    if (!index) {
      const built = new Map<string, number[]>();
      list.forEach((drop, i) => {
        const key = toS(prop(drop, 'path'));
        const at = built.get(key);
        if (at) at.push(i);
        else built.set(key, [i]);
      });
      index = built;
      indexes.set(list, index);
    }
    return index;
  };
}

/**
 * The drops of `paths` in that order (an archive's own sorted list): a path given twice gives its
 * drop twice, a path two drops share (one file read twice) gives them in turn.
 */
export function dropsInOrder(list: readonly unknown[], index: PathIndex, paths: Iterable<string>): unknown[] {
  const seen = new Map<string, number>();
  const out: unknown[] = [];
  for (const p of paths) {
    const at = index.get(p);
    if (!at || at.length === 0) continue;
    const n = seen.get(p) ?? 0;
    seen.set(p, n + 1);
    out.push(list[at[n % at.length]!]);
  }
  return out;
}
