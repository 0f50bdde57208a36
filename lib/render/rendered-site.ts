// The Site that renderSite (and the long-lived builder) hand back: the read
// model, plus what only rendering gives, as Jekyll's objects have it after
// Site#render: each post's and document's `excerpt` (Document#excerpt, the
// Excerpt's output: Liquid and conversion, no layout). It is read from the
// document's drop, so it is the text `{{ post.excerpt }}` printed (or would
// print), rendered on first read when no template asked for it.
import { mapDocuments } from '../plugins/hooks.js';
import type { Drops } from '../site/drops.js';
import type { Document, Site } from '../types.js';

export function withRenderedExcerpts(site: Site, drops: Drops): Site {
  // The documents are copied on first read of a field that holds them: a caller that reads only
  // the config (the dev server after each update) never pays for copying 10,000 documents.
  let copy: Site | undefined;
  const copied = (): Site => (copy ??= mapDocuments(site, withExcerpt(drops)));
  const out: Site = { ...site };
  for (const key of ['posts', 'pages', 'collections', 'categories', 'tags'] as const) {
    Object.defineProperty(out, key, { enumerable: true, configurable: false, get: () => copied()[key] });
  }
  return out;
}

function withExcerpt(drops: Drops) {
  return <D extends Document>(doc: D): D => {
    const out = { ...doc };
    const drop = drops.dropFor(doc);
    if (!drop) return out;
    Object.defineProperty(out, 'excerpt', {
      enumerable: true,
      configurable: false,
      get: (): string | undefined => {
        const excerpt = drop.excerpt;
        return excerpt == null ? undefined : String(excerpt);
      },
    });
    return out;
  };
}
