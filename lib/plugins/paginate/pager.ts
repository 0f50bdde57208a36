// jekyll-paginate 1.1.0's Pager (lib/jekyll-paginate/pager.rb).
import type { Data } from '../../types.js';

/** Pager.calculate_pages */
export function calculatePages(total: number, perPage: number): number {
  return perPage > 0 ? Math.ceil(total / perPage) : Number.POSITIVE_INFINITY;
}

/** Pager.paginate_path: page 1 is the template's own URL. */
export function paginatePath(format: string, firstPageUrl: string, num: number | null): string | null {
  if (num === null) return null;
  if (num <= 1) return firstPageUrl;
  const p = format.replace(':num', String(num));
  return p.startsWith('/') ? p : `/${p}`;
}

/** Pager#to_liquid for page `num` of `posts` (the drops of site.posts without hidden ones). */
export function pagerData(
  num: number,
  perPage: number,
  totalPages: number,
  posts: readonly unknown[],
  format: string,
  firstPageUrl: string,
): Data {
  const init = (num - 1) * perPage;
  const offset = init + perPage - 1 >= posts.length ? posts.length : init + perPage - 1;
  const previous = num !== 1 ? num - 1 : null;
  const next = num !== totalPages ? num + 1 : null;
  return {
    page: num,
    per_page: perPage,
    posts: posts.slice(init, offset + 1),
    total_posts: posts.length,
    total_pages: totalPages,
    previous_page: previous,
    previous_page_path: paginatePath(format, firstPageUrl, previous),
    next_page: next,
    next_page_path: paginatePath(format, firstPageUrl, next),
  };
}
