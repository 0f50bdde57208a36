// What of the site configuration reaches the Markdown converter, as Jekyll's
// Converters::Markdown picks it: `markdown` (the processor), `kramdown`
// (KramdownParser#initialize/#setup), `commonmark` (jekyll-commonmark).
// Only these keys are passed on, so that no other key of _config.yml (a theme's
// `highlight:` colours, say) can reach the converter's own options.
import type { Data } from '../types.js';
import { isPlainHash } from './merge.js';

export interface MarkdownSettings {
  markdown: string;
  kramdown: Data;
  commonmark?: unknown;
}

export function markdownSettings(config: Data): MarkdownSettings {
  const kramdown: Data = isPlainHash(config.kramdown) ? { ...config.kramdown } : {};
  // KramdownParser#highlighter: kramdown.syntax_highlighter, else `enable_coderay`,
  // else the site's `highlighter` (nil → rouge). `pygments` and `none` are names
  // kramdown has no highlighter for, so code is written unhighlighted.
  if (!truthy(kramdown.syntax_highlighter)) {
    kramdown.syntax_highlighter = truthy(kramdown.enable_coderay) ? 'coderay' : truthy(config.highlighter) ? String(config.highlighter) : 'rouge';
  }
  return { markdown: String(config.markdown ?? 'kramdown'), kramdown, commonmark: config.commonmark };
}

// Ruby truthiness: only nil and false are false.
function truthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}
