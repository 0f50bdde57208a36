// What of the site configuration reaches the Markdown converter, as Jekyll's
// Converters::Markdown picks it: `markdown` (the processor), `kramdown`
// (KramdownParser#initialize/#setup), `commonmark` (jekyll-commonmark).
// Only these keys are passed on, so that no other key of _config.yml (a theme's
// `highlight:` colours, say) can reach the converter's own options.
import type { Data } from '../types.js';
import { siteCodec } from '../read/text-codec.js';
import { isPlainHash } from './merge.js';

export interface MarkdownSettings {
  markdown: string;
  kramdown: Data;
  commonmark?: unknown;
  /** The site's `encoding:` when it is one kyll reads other than UTF-8 (read/text-codec.ts): kramdown's documents are in it. */
  encoding?: string;
}

export function markdownSettings(config: Data): MarkdownSettings {
  const kramdown: Data = isPlainHash(config.kramdown) ? { ...config.kramdown } : {};
  // KramdownParser#highlighter: kramdown.syntax_highlighter, else `enable_coderay`,
  // else the site's `highlighter` (nil → rouge). `pygments` and `none` are names
  // kramdown has no highlighter for, so code is written unhighlighted.
  if (!truthy(kramdown.syntax_highlighter)) {
    kramdown.syntax_highlighter = truthy(kramdown.enable_coderay) ? 'coderay' : truthy(config.highlighter) ? String(config.highlighter) : 'rouge';
  }
  // KramdownParser#modernize_coderay_config: a legacy `coderay` hash reaches rouge too.
  if (isPlainHash(kramdown.coderay) && Object.keys(kramdown.coderay).length > 0) {
    kramdown.syntax_highlighter_opts = modernizeCoderay(isPlainHash(kramdown.syntax_highlighter_opts) ? kramdown.syntax_highlighter_opts : {}, kramdown.coderay);
  }
  const encoding = siteCodec(config) ? { encoding: String(config.encoding) } : {};
  return { markdown: String(config.markdown ?? 'kramdown'), kramdown, commonmark: config.commonmark, ...encoding };
}

/** KramdownParser::CODERAY_DEFAULTS. */
const CODERAY_DEFAULTS: Readonly<Data> = { css: 'style', bold_every: 10, line_numbers: 'inline', line_number_start: 1, tab_width: 4, wrap: 'div' };

/**
 * KramdownParser#modernize_coderay_config: the options, then CodeRay's defaults,
 * then the `coderay` hash, with `coderay_` taken off each key (a later key wins).
 * So `line_numbers: inline` numbers every highlighted block and code span.
 */
export function modernizeCoderay(opts: Readonly<Data>, coderay: Readonly<Data>): Data {
  return Object.fromEntries(Object.entries({ ...opts, ...CODERAY_DEFAULTS, ...coderay }).map(([k, v]) => [k.replace(/^coderay_/, ''), v]));
}

// Ruby truthiness: only nil and false are false.
function truthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}
