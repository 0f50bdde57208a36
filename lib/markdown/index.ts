// lib/markdown: Markdown as Jekyll 4.3.1's kramdown writes it.
export { createMarkdownConverter, markdownToHtml, escapeHighlighter } from './converter.js';
export { resolveOptions, JEKYLL_KRAMDOWN_DEFAULTS } from './options.js';
export type { KramdownOptions } from './options.js';
export type { Highlighter, MarkdownConfig, MarkdownConverter, MarkdownWarning, KdNode } from './types.js';
