// Excerpt#output (jekyll/excerpt.rb): an excerpt renders once, when a template first asks for it.
import { KyllError } from '../errors/kyll-error.js';

type Drop = Record<string, unknown>;

/**
 * Excerpt#output: rendered once, when first asked for. An excerpt whose Liquid asks for
 * itself again (a loop over site.pages in its first paragraph) recurses in Ruby until
 * "stack level too deep"; here that is said at once.
 */
/** `file`: the document's or page's, which the error names. */
export function lazyExcerpt(drop: Drop, file: string, render: () => string): void {
  let cached: string | undefined;
  let rendering = false;
  Object.defineProperty(drop, 'excerpt', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (cached !== undefined) return cached;
      if (rendering) throw new KyllError('LIQUID_EXCEPTION', 'stack level too deep', { file }, { hint: 'The excerpt renders itself: move the Liquid that lists excerpts after the first excerpt_separator, or set excerpt in front matter.' });
      rendering = true;
      try {
        return (cached = render());
      } finally {
        rendering = false;
      }
    },
    set: (v: unknown) => {
      cached = v == null ? undefined : String(v);
    },
  });
}
