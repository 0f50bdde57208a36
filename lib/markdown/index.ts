// lib/markdown: Markdown as Jekyll 4.3.1's kramdown writes it.
export { createMarkdownConverter, markdownToHtml, escapeHighlighter } from './converter.js';
export { resolveOptions, JEKYLL_KRAMDOWN_DEFAULTS } from './options.js';
export type { KramdownOptions } from './options.js';
export type { Highlighter, MarkdownConfig, MarkdownConverter, MarkdownWarning, KdNode } from './types.js';
export { default as kramdownParse } from './plugins/kramdown-parse.js';
export { default as rehypeKramdownLayout } from './plugins/rehype-kramdown-layout.js';
export { default as rehypeKramdownStringify } from './plugins/rehype-kramdown-stringify.js';
export { createHandlers as createKramdownHandlers } from './plugins/handlers.js';
export { default as remarkKramdownRehype } from './plugins/remark-kramdown-rehype.js';
