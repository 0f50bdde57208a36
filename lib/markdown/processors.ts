// Which converter a site's `markdown:` names (Jekyll matches it without case).

/** jekyll-commonmark's `CommonMark` and jekyll-commonmark-ghpages' `GFM` and `CommonMarkGhPages`. */
export function isCommonmarkProcessor(markdown: string): boolean {
  const name = markdown.toLowerCase();
  return name === 'commonmark' || name === 'gfm' || name === 'commonmarkghpages';
}
