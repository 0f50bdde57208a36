// A Markdown thread (markdown-thread.ts) started once the site is read. The `kyll` command
// starts one before it loads the engine when the site has enough posts; a site of few posts
// may still hold much Markdown in its pages (a project's documentation), which this thread
// would otherwise convert alone while the second core waits. With a thread started late, the
// main thread converts the texts it comes to from the first, and the thread works backwards
// from the last (markdown-work.ts), until they meet. The thread's start costs the second core
// ~70 ms of CPU and this one a few ms, its code runs cold, and it only helps once the
// conversions outlast that: from LATE_THREAD_CHARS characters of Markdown to convert.
import type { MarkdownSettings } from '../config/markdown-settings.js';
import { isCommonmarkProcessor } from '../markdown/processors.js';
import type { MarkdownConverter } from '../markdown/types.js';

/**
 * Characters of Markdown from which a late thread pays, measured on a quiet 2-core machine
 * (golang/proposal's pages, 1.3 to 13 MB of them, each build alternating with one of the code
 * before the thread, medians of 4-8 pairs): kramdown 1.3 MB 0.59 -> 0.67 s, 2.6 MB 0.83 -> 0.93,
 * 5.2 MB 1.02 -> 1.08, 7.8 MB 1.17 -> 1.15, 13 MB 1.67 -> 1.47; remark-parse with
 * jekyll-commonmark's extensions 0.58 MB 1.13 -> 1.16 s, 2.6 MB 2.82 -> 2.85, 5.2 MB 5.23 ->
 * 3.61. Below that the thread's start and its cold code cost more than its share saves: the two
 * cores are busy with the main thread, V8's compiler and collector threads already. CommonMark
 * is now parsed by cmark-gfm itself (markdown/cmark-wasm.ts, ~20 times faster): golang/proposal's
 * 2.6 MB as `markdown: CommonMark`, 8 alternating pairs, the thread against none: wall 1.14; four
 * copies of it (10.4 MB), 5 pairs: 1.00. Hence 12 MB.
 */
export const LATE_THREAD_CHARS = { kramdown: 8_000_000, commonmark: 12_000_000 } as const;

/**
 * Whether the texts the render will convert are enough Markdown for a thread of their own;
 * `given`: the environment's KYLL_LATE_THREAD_CHARS, characters from which to start one whatever
 * the processor (for machines other than the one measured above; 0 starts one for any text).
 */
export function worthALateThread(texts: readonly string[], settings: MarkdownSettings, given?: string): boolean {
  const chosen = given !== undefined && /^\d+$/.test(given.trim()) ? Number(given) : undefined;
  const enough = chosen ?? (isCommonmarkProcessor(settings.markdown) ? LATE_THREAD_CHARS.commonmark : LATE_THREAD_CHARS.kramdown);
  if (texts.length === 0) return false;
  let chars = 0;
  for (const text of texts) if ((chars += text.length) >= enough) return true;
  return false;
}

/**
 * The thread's young generation in MB (undefined: markdown-thread.ts's default, 3 MB, enough
 * for kramdown's one tree at a time). remark-parse makes far more short-lived objects: 16 MB
 * (golang/proposal as a CommonMark site, the thread's CPU under load: ~1.6 s at 3 MB, ~1.4 s
 * at 16 or 48).
 */
export function lateThreadYoungGeneration(settings: MarkdownSettings): number | undefined {
  return isCommonmarkProcessor(settings.markdown) ? 16 : undefined;
}

/** A converter whose work can be handed to another converter later (`use`), once the site is read. */
export interface SwitchableConverter extends MarkdownConverter {
  use(converter: MarkdownConverter): void;
}

export function switchableConverter(first: MarkdownConverter): SwitchableConverter {
  let current = first;
  return {
    convert: (text, file) => current.convert(text, file),
    get warnings() {
      return current.warnings;
    },
    use(converter) {
      current = converter;
    },
  };
}
