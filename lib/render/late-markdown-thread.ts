// A Markdown thread (markdown-thread.ts) started once the site is read. The `kyll` command
// starts one before it loads the engine when the site has enough posts; a site of few posts
// may still hold much Markdown in its pages (a project's documentation), which this thread
// would otherwise convert alone while the second core waits. With a thread started late, the
// main thread converts the texts it comes to from the first, and the thread works backwards
// from the last (markdown-work.ts), until they meet. The thread's start costs the second core
// ~70 ms of CPU and this one a few ms, and it only helps once the conversions outlast it:
// from LATE_THREAD_CHARS characters of Markdown to convert.
import type { MarkdownSettings } from '../config/markdown-settings.js';
import { isCommonmarkProcessor } from '../markdown/processors.js';
import type { MarkdownConverter } from '../markdown/types.js';

/**
 * Characters of Markdown from which a late thread pays: about 150 ms of conversion on this
 * thread, twice what the thread's start costs. kramdown converts ~7 MB/s here (golang/proposal's
 * 2.45 MB of pages in ~350 ms of CPU), remark-parse with jekyll-commonmark's extensions ~1 MB/s
 * (~2.2 s): there the thread took half of the texts, and the main thread's CPU went from ~2.4 s
 * to ~1.4-1.6 s (under load, 2 cores; outputs identical).
 */
export const LATE_THREAD_CHARS = { kramdown: 1_000_000, commonmark: 150_000 } as const;

/** Whether the texts the render will convert are enough Markdown for a thread of their own. */
export function worthALateThread(texts: readonly string[], settings: MarkdownSettings): boolean {
  const enough = isCommonmarkProcessor(settings.markdown) ? LATE_THREAD_CHARS.commonmark : LATE_THREAD_CHARS.kramdown;
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
