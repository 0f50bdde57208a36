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

import { assert } from 'liquidjs';
import type { Context } from 'liquidjs';

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
  return itemBudget(memoryLimit, content) + SITE_TEXT_PASSES * siteText;
}

/** Loop iterations and range items get no share of the site's text: a runaway range stops at once on a big site too. */
export function itemBudget(memoryLimit: number, content: unknown): number {
  return memoryLimit + (typeof content === 'string' ? CONTENT_PASSES * content.length : 0);
}

// per render, keyed by its memory Limiter (which the contexts of its includes share)
const itemCounts = new WeakMap<object, { used: number; limit: number }>();

/** Bounds the loop iterations and range items of the render whose memory Limiter this is. */
export function boundItems(memoryLimit: object, limit: number): void {
  itemCounts.set(memoryLimit, { used: 0, limit });
}

/** Counts `n` loop iterations or range items: against the render's memory budget and its item bound. */
export function useItems(ctx: Context, n: number): void {
  ctx.memoryLimit.use(n);
  const count = itemCounts.get(ctx.memoryLimit);
  if (count === undefined || !(n > 0)) return;
  assert(count.used + n <= count.limit, 'memory alloc limit exceeded');
  count.used += n;
}

/** liquidjs's Limiter messages → the `liquid:` setting that bounds it. */
export const LIMIT_MESSAGES: Readonly<Record<string, LimitName>> = {
  'memory alloc limit exceeded': 'memory_limit',
  'template render limit exceeded': 'render_limit',
  'parse length limit exceeded': 'parse_limit',
};
