// When Jekyll dates an undated post. A post whose date is still nil (unreadable front matter, an
// undated draft, with `future: true` so that the publisher never asked) gets it from Document#date
// the first time something calls it: a template reading `date`, or its `url`/`id` when the URL
// template has a date placeholder. SiteDrop#posts and post_attr_hash sort the posts when they are
// first read, with Document#<=> comparing such a post by path while its date is nil: so the order
// depends on what the templates rendered before read. The drops note those reads here.
import type { Document } from '../types.js';
import type { DatedNow } from './indexes.js';

type Drop = Record<string, unknown>;

/**
 * Notes the first read of each undated post's date through its drop; undefined when every post
 * has its date (the usual case: nothing to note, and the lists can be sorted at once).
 */
export function noteFirstDates(docs: readonly Document[], dropOf: (doc: Document) => Drop): DatedNow | undefined {
  const undated = docs.filter((doc) => doc.dated === false);
  if (undated.length === 0) return undefined;
  const dated = new Set<Document>();
  for (const doc of undated) {
    const drop = dropOf(doc);
    const keys = doc.urlDated ? ['date', 'url', 'id'] : ['date'];
    for (const key of keys) onFirstRead(drop, key, () => dated.add(doc));
  }
  return (doc) => doc.dated !== false || dated.has(doc);
}

/** Calls `note` whenever `key` is read, keeping any getter the drop already has for it. */
function onFirstRead(drop: Drop, key: string, note: () => void): void {
  const own = Object.getOwnPropertyDescriptor(drop, key);
  let value = own?.value;
  Object.defineProperty(drop, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      note();
      return own?.get ? own.get() : value;
    },
    set: (v: unknown) => {
      if (own?.set) own.set(v);
      else value = v;
    },
  });
}

/** A key computed when first read, then kept (SiteDrop#posts' `@site_posts ||=`, post_attr_hash's memo). */
export function computedOnFirstRead(drop: Drop, key: string, compute: () => unknown): void {
  let value: unknown;
  let done = false;
  Object.defineProperty(drop, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set: (v: unknown) => {
      value = v;
      done = true;
    },
  });
}
