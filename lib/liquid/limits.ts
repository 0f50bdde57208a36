// Bounds on what one template render may cost, so that a runaway template
// (`{% for i in (1..100000000) %}`, loops nested in loops) stops with an error
// naming the file instead of taking minutes and gigabytes. Ruby Liquid has
// ResourceLimits (liquid/resource_limits.rb: render_length, render_score,
// assign_score) but Jekyll sets none; these are kyll's, sized far above what a
// 10,000-post site needs (see the test in test/liquid/limits.test.ts).
//
//   liquid:
//     memory_limit: 100000000   # items a render may create: range items, loop iterations, filter output
//     render_limit: 120000      # milliseconds one render (a document, a layout) may take
//     parse_limit: 100000000    # characters of template text one parse may read

export const DEFAULT_LIMITS = {
  memory_limit: 50_000_000,
  render_limit: 120_000,
  parse_limit: 100_000_000,
} as const;

export type LimitName = keyof typeof DEFAULT_LIMITS;

export interface LiquidLimitOptions {
  memoryLimit: number;
  renderLimit: number;
  parseLimit: number;
}

/** The limits for liquidjs from the `liquid:` section of _config.yml; a missing or non-positive value takes the default. */
export function liquidLimits(liquidConfig: Record<string, unknown>): LiquidLimitOptions {
  const read = (name: LimitName): number => {
    const v = Number(liquidConfig[name]);
    return Number.isFinite(v) && v > 0 ? v : DEFAULT_LIMITS[name];
  };
  return { memoryLimit: read('memory_limit'), renderLimit: read('render_limit'), parseLimit: read('parse_limit') };
}

/**
 * How many times a render may go over the `content` it is given, on top of memory_limit. A layout's
 * work grows with the page it wraps: jekyll-compress-html's compress.html (Chirpy, many themes) runs
 * about 170 replace/remove passes over `content`, so a 1 MB archive page needs ~170 million, where
 * Jekyll sets no bound at all. Runaway loops still stop at memory_limit on small pages.
 */
export const CONTENT_PASSES = 256;

/**
 * A whole-site page may go over every document's text as many times as well: chulapa's cloudtag
 * layout runs `document.content | strip_html | number_of_words` for every document under every
 * tag, so its work grows with the site's text times its tags, where Jekyll sets no bound either.
 */
export const SITE_TEXT_PASSES = 256;

/** The memory budget of one render: liquid.memory_limit plus CONTENT_PASSES times its `content` and SITE_TEXT_PASSES times the site's text. */
export function memoryBudget(memoryLimit: number, content: unknown, siteText = 0): number {
  const own = typeof content === 'string' ? CONTENT_PASSES * content.length : 0;
  return memoryLimit + own + SITE_TEXT_PASSES * siteText;
}

/** liquidjs's Limiter messages → the `liquid:` setting that bounds it. */
export const LIMIT_MESSAGES: Readonly<Record<string, LimitName>> = {
  'memory alloc limit exceeded': 'memory_limit',
  'template render limit exceeded': 'render_limit',
  'parse length limit exceeded': 'parse_limit',
};
