// jekyll-commonmark-ghpages keeps a `{% highlight %}` block one HTML block for CommonMark: while
// CommonMarkGhPages is the site's Markdown processor, HighlightBlock#render_rouge writes each newline
// as this tag, and CommonMarkGhPages#convert turns them back after converting (lib/jekyll-commonmark-ghpages.rb).
// Outside Markdown (an HTML page, a layout) the tags stay. Kept apart from the CommonMark stack,
// which only CommonMark sites load.

export const HIGHLIGHT_NEWLINE = '<br data-jekyll-commonmark-ghpages>';

/** Is CommonMarkGhPages the Markdown processor of a site with this `markdown:` setting? */
export function isCommonMarkGhPages(markdown: unknown): boolean {
  return String(markdown ?? '').toLowerCase() === 'commonmarkghpages';
}

/** CommonMarkGhPages#convert: the highlight blocks' newlines come back. */
export function restoreHighlightNewlines(html: string): string {
  return html.includes(HIGHLIGHT_NEWLINE) ? html.split(HIGHLIGHT_NEWLINE).join('\n') : html;
}
