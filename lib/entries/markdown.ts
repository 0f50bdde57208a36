// `kyll/markdown`: Markdown as Jekyll 4.3.1's kramdown writes it, and the
// kramdown parser as unified plugins for remark/rehype pipelines.
import { createKramdownHandlers, resolveOptions, type KramdownOptions } from '../markdown/index.js';
import { rougeHighlighter } from '../highlight/index.js';
import type { Highlighter } from '../markdown/index.js';

export * from '../markdown/index.js';
export { rougeHighlighter } from '../highlight/index.js';

/**
 * remark-rehype handlers for kramdown's nodes (`unified().use(kramdownParse,
 * { options }).use(remarkRehype, { handlers: kramdownHandlers(options) })`):
 * the HTML elements kramdown writes, code highlighted with Rouge's tokens.
 */
export function kramdownHandlers(options: KramdownOptions = resolveOptions(), highlight: Highlighter = rougeHighlighter): ReturnType<typeof createKramdownHandlers> {
  return createKramdownHandlers({ options, highlight });
}
