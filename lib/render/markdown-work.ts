// The Markdown thread's work (markdown-thread.ts): converts the texts the main thread
// sends it, in the order sent, with a kramdown converter of the build's settings, and
// sends back each one's HTML, or null where the conversion warned or failed (the main
// thread then converts that text itself, so that its warnings and errors are its own).
// A text the main thread has claimed (it needed it first) is skipped.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { createMarkdownConverter } from '../markdown/converter.js';
import type { MarkdownConverter } from '../markdown/types.js';
import { traceThread } from './thread-trace.js';
import { CLAIMED_BY_THREAD, FLUSH_EVERY, POSTED, WANT, claimsOf, headerOf, type ThreadMessage, type ThreadResults, type ThreadSetup } from './markdown-thread.js';

/** Runs the thread on `setup`; `onIdle` is called when it has converted what it was sent (and then again, later). */
export function runMarkdownThread(setup: ThreadSetup, onIdle?: () => void): void {
  const header = headerOf(setup.state);
  const claims = claimsOf(setup.state);
  const results: MessagePort = setup.results;
  let converter: MarkdownConverter | undefined;
  let batches = 0;

  const convertOne = (id: number, text: string): string | null => {
    // Taken by the main thread already (it needed the text before this thread got to it).
    if (Atomics.compareExchange(claims, id, 0, CLAIMED_BY_THREAD) !== 0 || !converter) return null;
    try {
      const out = converter.convert(text);
      return converter.warnings.length === 0 ? out : null;
    } catch {
      return null;
    }
  };

  const convertBatch = (first: number, texts: readonly string[]): void => {
    let from = first;
    let html: Array<string | null> = [];
    const flush = (): void => {
      results.postMessage({ first: from, html } satisfies ThreadResults);
      from += html.length;
      html = [];
      Atomics.add(header, POSTED, 1);
      Atomics.notify(header, POSTED);
    };
    for (let k = 0; k < texts.length; k++) {
      html.push(convertOne(first + k, texts[k]!));
      // The main thread waits for this one, or enough have gathered: send what is done.
      const want = Atomics.load(header, WANT);
      if (html.length >= FLUSH_EVERY || (want >= from && want <= first + k)) flush();
    }
    if (html.length > 0) flush();
  };

  parentPort!.on('message', (message: ThreadMessage) => {
    if ('kramdown' in message) {
      converter = createMarkdownConverter({ markdown: 'kramdown', kramdown: message.kramdown });
      return;
    }
    convertBatch(message.first, message.texts);
    // No other batch came in meanwhile: everything sent so far is converted.
    const seen = ++batches;
    setImmediate(() => {
      if (batches !== seen) return;
      traceThread(`markdown idle after ${message.first + message.texts.length} texts`);
      onIdle?.();
    });
  });
}
