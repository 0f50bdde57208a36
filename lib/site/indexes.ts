// Sorting and the category/tag indexes, as Jekyll builds them.
import type { Document, Post } from '../types.js';
import { orderedRecord } from './ordered-record.js';
import { rubySort } from './ruby-sort.js';
import { isRubyFloat, sameFloat, type RubyFloat } from '../values/ruby-float.js';
import { compareRubyStrings } from '../values/ruby-string-order.js';
import { rubyInspect, rubyToS } from '../liquid/ruby/to-s.js';

/** Whether a document has its date when sorted: by default, unless it was undated when read. */
export type DatedNow = (doc: Document) => boolean;

const datedWhenRead: DatedNow = (doc) => doc.dated !== false;

/**
 * Document#<=> (document.rb): by date, then by path. A document without a
 * date of its own has none yet when Jekyll sorts, so it compares by path.
 */
export function compareDocuments(a: Document, b: Document, dated: DatedNow = datedWhenRead): number {
  if (!dated(a) || !dated(b)) return comparePaths(a, b);
  return compareDatedDocuments(a, b);
}

/**
 * Document#<=> once every document has its date (site.time, a draft's mtime): posts
 * as PostReader sorts them, since the publisher asked each for its date first
 * (Publisher#hidden_in_the_future? calls Document#date, unless `future` is on).
 */
export function compareDatedDocuments(a: Document, b: Document): number {
  const da = a.date?.getTime();
  const db = b.date?.getTime();
  if (da !== undefined && db !== undefined && da !== db) return da - db;
  return comparePaths(a, b);
}

function comparePaths(a: Document, b: Document): number {
  return compareRubyStrings(a.relativePath, b.relativePath);
}

/**
 * SiteDrop#posts (`sort { |a, b| b <=> a }`), sorted when first read by Ruby's stable merge sort
 * (ruby-sort.ts). With a post undated when read, that sort runs with Document#<=>'s path fallback for
 * the posts still undated (`dated`: first-dated.ts); else the
 * posts are already in order, so it is their reversal with runs of equal posts (one file read
 * twice through an included `_posts`) kept in their order.
 */
export function newestFirst<T extends Document>(docs: readonly T[], dated: DatedNow = datedWhenRead): T[] {
  // The collection is in this order reversed only if it was sorted with every date known.
  if (!docs.every(datedWhenRead)) return rubySort([...docs], (a, b) => compareDocuments(b, a, dated));
  const out: T[] = [];
  let end = docs.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && compareDatedDocuments(docs[start - 1]!, docs[end - 1]!) === 0) start--;
    for (let i = start; i < end; i++) out.push(docs[i]!);
    end = start;
  }
  return out;
}

/**
 * site.categories / site.tags (site.rb#post_attr_hash): each value → posts,
 * keys in the order first met walking the posts oldest first, each list
 * newest first; a post listing a tag twice is in that list twice, as in
 * Jekyll. Keys keep their Ruby types: 2023 and "2023" are two entries.
 */
export function postsByValue(posts: readonly Post[], attr: 'categories' | 'tags', dated: DatedNow = datedWhenRead): Array<[IndexValue, Post[]]> {
  const index = new Map<IndexValue, Post[]>();
  // A Float key stays a Float (site.tags[4.0] finds it, site.tags["4.0"] does not); one per value.
  const floats = new Map<number, RubyFloat>();
  // Any other value is its own key too (`tags: [{tag: x}]`, `true`, a date): Hash#[] finds a key
  // by eql? and #hash, so equal hashes share one entry, keyed by the first one met.
  const others = new Map<string, unknown>();
  const sameValue = (v: unknown): unknown => {
    const id = rubyInspect(v);
    if (!others.has(id)) others.set(id, v);
    return others.get(id);
  };
  for (const post of posts) {
    const values = post.data[attr];
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      const key = typeof v === 'number' || typeof v === 'string' ? v : isRubyFloat(v) ? sameFloat(floats, v) : sameValue(v);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(post);
    }
  }
  // posts.sort!.reverse!: sorted again. The posts are in order already unless one was undated when
  // read: then Document#<=> compared it by path, and dated posts around it can be out of date order.
  const sorted = posts.every(datedWhenRead);
  return [...index].map(([k, list]) => [k, (sorted ? list : rubySort(list, (a, b) => compareDocuments(a, b, dated))).reverse()]);
}

/** A key of site.categories or site.tags: the front matter's value (a String, an Integer, a Float, a Hash...). */
export type IndexValue = unknown;

/** The same index with names as keys (the public Site model): name → posts, in Jekyll's order. */
export function indexPostsBy(posts: readonly Post[], attr: 'categories' | 'tags'): Record<string, Post[]> {
  return orderedRecord(postsByValue(posts, attr).map(([k, list]) => [typeof k === 'string' ? k : rubyToS(k), list] as const));
}
