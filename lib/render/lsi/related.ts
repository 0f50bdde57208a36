// `lsi: true`: Jekyll's RelatedPosts (related_posts.rb) asks classifier-reborn's LSI for a
// post's related posts. The index is built once, when a template first reads
// `site.related_posts` in a document: each post counts by its Document#to_s then, the output
// of the posts already rendered, the converted content of the one rendering (when a layout
// asks), the source of the others. So the lookup is lazy: a getter on the site drop, made
// before the build records what templates read (track.ts wraps it). Such a build renders on
// one thread, in Jekyll's order (render-site.ts).
import type { Drop, Drops } from '../../site/drops.js';
import { KyllError } from '../../errors/kyll-error.js';
import { LsiError, LsiIndex } from './lsi-index.js';
import { documentToS } from '../../liquid/ruby/json.js';

export interface LsiRelated {
  /** The document rendering now (SiteDrop#current_document), or null for a page. */
  current: Drop | null;
}

/** Jekyll tests `if site.lsi`: any value but false and nil turns it on. */
export function lsiOn(config: Readonly<Record<string, unknown>>): boolean {
  return config.lsi !== undefined && config.lsi !== null && config.lsi !== false;
}

/** With lsi on, makes `site.related_posts` the LSI's answer for the current document. */
export function lsiRelated(config: Readonly<Record<string, unknown>>, drops: Drops): LsiRelated | undefined {
  if (!lsiOn(config)) return undefined;
  const state: LsiRelated = { current: null };
  let index: LsiIndex<Drop> | undefined;
  // Document#related_posts is memoized
  const memo = new Map<Drop, Drop[]>();
  const related = (doc: Drop): Drop[] => {
    // RelatedPosts#build
    if (drops.posts.length <= 1) return [];
    const known = memo.get(doc);
    if (known) return known;
    try {
      if (!index) {
        index = new LsiIndex<Drop>();
        // site.posts.docs, oldest first (drops.posts is site.posts, newest first)
        for (let i = drops.posts.length - 1; i >= 0; i--) index.add(drops.posts[i]!, documentToS(drops.posts[i]!));
        index.build();
      }
      const found = index.related(doc, () => documentToS(doc), 11);
      memo.set(doc, found);
      return found;
    } catch (e) {
      if (e instanceof LsiError) throw new KyllError('LIQUID_EXCEPTION', e.message, { file: String(doc.relative_path ?? '') });
      throw e;
    }
  };
  Object.defineProperty(drops.site, 'related_posts', {
    enumerable: true,
    configurable: true,
    get: () => (state.current ? related(state.current) : null),
    set: () => {},
  });
  return state;
}

