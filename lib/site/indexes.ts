// Sorting and the category/tag indexes, as Jekyll builds them.
import type { Document, Post } from '../types.js';

/** Document#<=> (document.rb): by date, then by path. */
export function compareDocuments(a: Document, b: Document): number {
  const da = a.date?.getTime();
  const db = b.date?.getTime();
  if (da !== undefined && db !== undefined && da !== db) return da - db;
  return a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0;
}

/**
 * site.categories / site.tags (site.rb#post_attr_hash): name → posts, keys in
 * the order first met walking the posts oldest first, each list newest first.
 */
export function indexPostsBy(posts: readonly Post[], attr: 'categories' | 'tags'): Record<string, Post[]> {
  const index = new Map<string, Post[]>();
  for (const post of posts) {
    const values = post.data[attr];
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      const key = String(v);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      if (!list.includes(post)) list.push(post);
    }
  }
  const out: Record<string, Post[]> = {};
  for (const [k, list] of index) out[k] = list.reverse();
  return out;
}
