// site.categories and site.tags as Liquid sees them (site.rb#post_attr_hash): keys keep their
// Ruby types, so a category 2023 (Integer) and "2023" (String) are two keys, and the hash's
// default block stores an empty list for a key it is asked for (default-hash.ts). A
// string-keyed record notes such a key's Ruby type (typed-keys.ts).
import type { Post } from '../types.js';
import { growableRecord } from './ordered-record.js';
import { postsByValue, type DatedNow } from './indexes.js';
import { RubyHash } from '../values/ruby-hash.js';
import { withDefault } from '../values/default-hash.js';
import { forgetRubyKey, noteRubyKey } from '../values/typed-keys.js';

type Drop = Record<string, unknown>;

/** A key added to `site.categories` or `site.tags`, with its Ruby type (a String or an Integer). */
export type IndexKey = readonly ['categories' | 'tags', string | number];

/**
 * The drop of one index: each value → the posts' drops. The keys templates add go to
 * `addedKeys` too, in order (a render worker sends them to the main thread);
 * `forgetters` gets a function that takes them out again (a long-lived build
 * starts each pass from the hash as read: build/index-keys.ts). `changed` is called
 * whenever a key comes or goes, so that what printed the hash before can tell.
 */
export function indexDrop(
  posts: readonly Post[],
  attr: 'categories' | 'tags',
  dropOf: (post: Post) => Drop,
  dated: DatedNow | undefined,
  addedKeys: IndexKey[],
  forgetters: Array<() => void>,
  changed: () => void = () => {},
): Record<string, Drop[]> | RubyHash {
  const entries = postsByValue(posts, attr, dated).map(([k, list]) => [k, list.map(dropOf)] as const);
  const added: unknown[] = [];
  if (entries.every(([k]) => typeof k === 'string')) {
    const { record, add, remove } = growableRecord(entries as Array<readonly [string, Drop[]]>);
    forgetters.push(() => {
      if (added.length > 0) changed();
      for (const key of added.splice(0)) remove(String(key)), forgetRubyKey(record, String(key));
    });
    return withDefault(record, (key) => {
      changed();
      added.push(key);
      const list: Drop[] = [];
      add(String(key), list);
      if (typeof key !== 'string') noteRubyKey(record, String(key), key);
      addedKeys.push([attr, key as string | number]);
      return list;
    });
  }
  const hash = new RubyHash(entries);
  forgetters.push(() => {
    if (added.length > 0) changed();
    for (const key of added.splice(0)) hash.delete(key);
  });
  return withDefault(hash, (key) => {
    changed();
    added.push(key);
    const list: Drop[] = [];
    hash.set(key, list);
    addedKeys.push([attr, key as string | number]);
    return list;
  });
}
