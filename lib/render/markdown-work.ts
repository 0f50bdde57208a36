// The Markdown thread's work (markdown-thread.ts): converts the texts the main thread
// sends it with a converter of the build's settings (kramdown, or jekyll-commonmark's), in
// the order conversion-order.ts gives, and sends back each one's HTML, or null where the
// conversion warned or failed (the main thread then converts that text itself, so that its
// warnings and errors are its own). A text the main thread has claimed (it needed it first)
// is skipped.
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createMarkdownConverter } from '../markdown/converter.js';
import type { MarkdownConverter } from '../markdown/types.js';
import { traceThread } from './thread-trace.js';
import { invalidUtf8Made } from '../values/invalid-utf8.js';
import { ConversionOrder } from './conversion-order.js';
import { CLAIMED_BY_THREAD, FLUSH_EVERY, POSTED, STOPPED, WANT, claimsOf, headerOf, type ThreadMessage, type ThreadResults, type ThreadSetup } from './markdown-thread.js';

/**
 * Runs the thread on `setup`; `onIdle` is called when it has converted what it was sent (and then
 * again, later), with the number of texts received so far: none when only the settings have come.
 */
/** Texts a host thread converts between two looks at its own messages. */
const HOSTED_SLICE = 16;

export function runMarkdownThread(setup: ThreadSetup, onIdle?: (texts: number) => void): void {
  const header = headerOf(setup.state);
  const claims = claimsOf(setup.state);
  const results: MessagePort = setup.results;
  let converter: MarkdownConverter | undefined;
  // The texts by number, until converted.
  const texts: Array<string | undefined> = [];
  const order = new ConversionOrder(setup.fromTheEnd);
  let received = 0;
  let batches = 0;

  const convertOne = (id: number): string | null => {
    const text = texts[id];
    texts[id] = undefined;
    // Taken by the main thread already (it needed the text before this thread got to it).
    if (text === undefined || Atomics.compareExchange(claims, id, 0, CLAIMED_BY_THREAD) !== 0 || !converter) return null;
    try {
      const made = invalidUtf8Made();
      const out = converter.convert(text);
      // bytes that are no UTF-8 (invalid-utf8.ts): the main thread converts it again, so that
      // it knows to write them as they are
      return converter.warnings.length === 0 && invalidUtf8Made() === made ? out : null;
    } catch {
      return null;
    }
  };

  const receive = (message: ThreadMessage): void => {
    if ('settings' in message) {
      converter = createMarkdownConverter(message.settings);
      return;
    }
    message.texts.forEach((text, k) => void (texts[message.first + k] = text));
    received = Math.max(received, message.first + message.texts.length);
    order.received(received);
  };

  // Converts the texts received (at most `limit` of them), posting the results in runs of
  // consecutive numbers. True when it stopped at the limit: there may be more.
  const convertAll = (limit: number): boolean => {
    // The run's texts, numbered from `low`, taken in one direction.
    let low = 0;
    let html: Array<string | null> = [];
    let reversed = false;
    const flush = (): void => {
      if (html.length === 0) return;
      results.postMessage({ first: low, html: reversed ? html.reverse() : html } satisfies ThreadResults);
      html = [];
      Atomics.add(header, POSTED, 1);
      Atomics.notify(header, POSTED);
    };
    for (let n = 0; ; n++) {
      if (n === limit) {
        flush();
        return true;
      }
      const id = order.take();
      if (id === undefined) break;
      // The build is over (a host thread has its own work to go on with).
      if (Atomics.load(header, STOPPED) !== 0) break;
      if (html.length === 0) reversed = order.backwards;
      if (html.length === 0 || reversed) low = id;
      html.push(convertOne(id));
      const want = Atomics.load(header, WANT);
      const turning = order.converted(id, want);
      // The main thread waits for one of these, enough have gathered, or the thread turns: send what is done.
      if (turning || html.length >= FLUSH_EVERY || (want >= low && want < low + html.length)) flush();
    }
    flush();
    return false;
  };

  // On a thread of its own, everything received at once. On a host thread (the read-ahead
  // thread, which writes the build's files meanwhile), a slice at a time, the host's messages
  // taken in between: the files the build posts to write are written as they come, not held
  // in memory until every text is converted.
  const slice = setup.texts === undefined ? Infinity : HOSTED_SLICE;
  let sliceDue = false;
  const convertSlice = (): void => {
    sliceDue = false;
    if (convertAll(slice)) {
      sliceDue = true;
      setImmediate(convertSlice);
      return;
    }
    // No other batch came in meanwhile: everything sent so far is converted.
    const seen = ++batches;
    setImmediate(() => {
      if (batches !== seen) return;
      traceThread(`markdown idle after ${received} texts`);
      onIdle?.(received);
    });
  };

  // Its own thread's parentPort, or the port a host thread gives it.
  const input: MessagePort = setup.texts ?? parentPort!;
  input.on('message', (message: ThreadMessage) => {
    receive(message);
    // Every batch already here first: the whole list is known before choosing an end.
    for (let m = receiveMessageOnPort(input); m; m = receiveMessageOnPort(input)) receive(m.message as ThreadMessage);
    if (!sliceDue) convertSlice();
  });
}
