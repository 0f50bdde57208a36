// Whether the Markdown thread (markdown-thread.ts) can convert a build's texts as the main
// thread would. Apart from the thread's own module, which the `kyll` command loads before the
// engine to start the thread early: this check needs kramdown's options (~380 KB of code).
import type { MarkdownSettings } from '../config/markdown-settings.js';
import { resolveOptions } from '../markdown/options.js';
import { isCommonmarkProcessor } from '../markdown/processors.js';
import type { MarkdownThread } from './markdown-thread.js';

/** `thread` given the build's settings, or undefined (and the thread ended) when it cannot convert as this thread would. */
export function configureMarkdownThread(thread: MarkdownThread, settings: MarkdownSettings): MarkdownThread | undefined {
  if (!canConvertElsewhere(settings)) {
    thread.stop();
    return undefined;
  }
  thread.configure(settings);
  return thread;
}

/**
 * Whether a converter made on another thread from these settings converts as this thread's:
 * kramdown with settings it accepts (a refused one fails every conversion), or one of
 * jekyll-commonmark's processors; and plain data, which a message copies as it is.
 */
export function canConvertElsewhere(settings: MarkdownSettings): boolean {
  // A site of another `encoding:` converts on the main thread (the thread's converter is UTF-8's).
  if (settings.encoding !== undefined || !isPlainData(settings.kramdown)) return false;
  if (isCommonmarkProcessor(settings.markdown)) return isPlainData(settings.commonmark);
  return settings.markdown.toLowerCase() === 'kramdown' && resolveOptions(settings.kramdown).option_error === undefined;
}

function isPlainData(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.getOwnPropertySymbols(value).length === 0 && Object.values(value as Record<string, unknown>).every(isPlainData);
}
