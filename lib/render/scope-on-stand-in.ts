// A generator runs on the pages as the earlier ones left them: jekyll-paginate's first pager is
// the template page itself (pagination.rb#paginate sets `page.pager` on it), so when
// jekyll-redirect-from has already turned that page into a redirect (generator.rb#generate_redirect_to
// merges the redirect data into it and empties its content), page 1 is that redirect with the pager
// on it, while pages 2.. are read anew from the file (Page.new).
import type { GeneratedPage } from '../plugins/plugin.js';

/**
 * The earlier stand-in for `page`'s source page with `page`'s Liquid variables added, and its
 * index in `generated`; undefined when `page` is a page of its own.
 */
export function scopeOnStandIn(
  generated: readonly GeneratedPage[],
  page: GeneratedPage,
  replaced: ReadonlySet<string>,
): { index: number; page: GeneratedPage } | undefined {
  if (!page.addsScopeOnly || !replaced.has(page.relativePath)) return undefined;
  const index = generated.findIndex((g) => g.relativePath === page.relativePath && g.url === page.url);
  if (index < 0) return undefined;
  const earlier = generated[index]!;
  const scopeFor = earlier.scopeFor && page.scopeFor
    ? (siteDrop: Parameters<NonNullable<GeneratedPage['scopeFor']>>[0]) => ({ ...earlier.scopeFor!(siteDrop), ...page.scopeFor!(siteDrop) })
    : (page.scopeFor ?? earlier.scopeFor);
  return { index, page: { ...earlier, scope: { ...earlier.scope, ...page.scope }, ...(scopeFor ? { scopeFor } : {}) } };
}
