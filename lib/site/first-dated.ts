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
 * A first read that changes what later reads show: an undated post dated (by its path), a list
 * sorted (site.posts, site.categories, site.tags), a converter set up (the Markdown converter's
 * first conversion fills in site.kramdown: render/kramdown-setup.ts; a YAML document's date stores
 * its `draft`: drops.ts#draftOnFirstDate). A long-lived build keeps each output's first
 * reads and, reading the site again, replays those of the outputs it does not render again, in
 * render order (build/walk.ts), as it does with index keys.
 */
export type FirstRead = readonly ['date' | 'list' | 'setup', string];

/** Where first reads are noted. */
export interface ReadLog {
  push(read: FirstRead): unknown;
}

export interface FirstDates {
  readonly datedNow: DatedNow;
  /** Dates the posts at `path` as a read of their date would. */
  date(path: string): void;
  /** Runs `read` with its reads of dates not counted (a long-lived build's own look at the drops). */
  unnoted<T>(read: () => T): T;
}

/**
 * Notes the first read of each undated post's date through its drop (in `reads` too); undefined
 * when every post has its date (the usual case: nothing to note, and the lists can be sorted at once).
 */
export function noteFirstDates(docs: readonly Document[], dropOf: (doc: Document) => Drop, reads: ReadLog): FirstDates | undefined {
  const undated = docs.filter((doc) => doc.dated === false);
  if (undated.length === 0) return undefined;
  const dated = new Set<Document>();
  let noting = true;
  const note = (doc: Document): void => {
    if (!noting || dated.has(doc)) return;
    dated.add(doc);
    reads.push(['date', doc.relativePath]);
  };
  for (const doc of undated) {
    const drop = dropOf(doc);
    const keys = doc.urlDated ? ['date', 'url', 'id'] : ['date'];
    for (const key of keys) onFirstRead(drop, key, () => note(doc));
  }
  return {
    datedNow: (doc) => doc.dated !== false || dated.has(doc),
    date: (path) => undated.filter((doc) => doc.relativePath === path).forEach(note),
    unnoted: (read) => {
      noting = false;
      try {
        return read();
      } finally {
        noting = true;
      }
    },
  };
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

/** A key computed when first read (noted in `reads`), then kept (SiteDrop#posts' `@site_posts ||=`, post_attr_hash's memo). */
export function computedOnFirstRead(drop: Drop, key: string, compute: () => unknown, reads: ReadLog): void {
  let value: unknown;
  let done = false;
  Object.defineProperty(drop, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
        reads.push(['list', key]);
      }
      return value;
    },
    set: (v: unknown) => {
      value = v;
      done = true;
    },
  });
}
