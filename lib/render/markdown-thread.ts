// Markdown converted on a second thread, ahead of the render. A one-off build's main
// thread is its critical path; the Markdown of its documents (kramdown's parser and
// HTML writer) is work apart from everything else it does, and conversion is a pure
// function of the text and the build's settings. So the texts that the render will
// convert as they are (markdown-texts.ts: no Liquid in them, no plugin before the
// converter) go to this thread as soon as the site is read, and the build's converter
// looks each text up first: converted there, it is taken as it is; otherwise (not
// sent, not reached yet, or it warned or failed there) it is converted here as before,
// so that a wrong guess costs only the time, never the output, and the warnings and
// errors are the ones this thread makes. Unlike a second render thread
// (thread-count.ts), this one runs code that the main thread then never runs (nor
// compiles) for those texts.
//
// Texts are numbered in the order sent. The thread converts them in that order and
// posts the HTML in small batches; the main thread reads them synchronously
// (receiveMessageOnPort: rendering is synchronous). A text the thread has not reached
// when it is needed is claimed by the main thread (a byte per text in shared memory,
// compare-and-swap) and converted there, and the thread skips it; one the thread is
// converting at that moment is waited for (Atomics.wait), never converted twice.
//
// Measured (session 22, the bench blog, `kyll build`, 2-core machine under load 8-10, so walls are
// noise; each thread's CPU from /proc/thread-self/schedstat, NODE_DEBUG=kyll-threads; alternating
// pairs, medians): 1,000 posts (7 pairs): main thread 810 -> 575 ms, the thread ~190 ms (~70 ms of
// it starting: Node's thread, its code through the code cache), every one of the 2,001 texts taken
// from it; process user+sys 2.20 -> 1.97 s (sys time is most of the noise). callgrind of the main
// thread (bench/instructions.sh, --single-threaded): 3,363-3,400M -> 2,983M (-12%); the thread
// 1,091M (1,550M without its code cache). 300 posts (7 pairs): main 383 -> 351 ms, the thread
// ~125 ms; under load it may still be starting when the first posts render (then they are
// converted here); callgrind: main 1,913M -> 1,645M (-14%), the thread 646M.
// 10,000 posts (4 pairs): main 3.23 -> 2.40 s, the thread 0.64-0.86 s. The process makes ~4,500
// (300 posts) to ~8,000 (1,000) more page faults (the thread's heap and code). Output identical.
// A one-off build started by the `kyll` command or renderSite runs this work on the read-ahead
// thread, which reads the posts before it and writes the files after it (hostedMarkdownThread,
// entries/build-threads.ts, session 48: one Node thread fewer, ~3,000 fewer page faults at 1,000
// posts). Not for long-lived builds (serve, --watch, -I: a build there renders a few documents),
// nor next to render workers (they convert their own).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { MarkdownConfig, MarkdownConverter } from '../markdown/types.js';
import type { MarkdownSettings } from '../config/markdown-settings.js';
import { countPosts } from './thread-count.js';
import { interruptBudgetRaised } from '../entries/tier-up.js';
import { GatedWorker } from '../entries/gated-worker.js';
import { parking } from '../entries/parking.js';
import { SentTexts } from './sent-texts.js';

// Shared memory: two Int32 slots, then a claim byte per text.
/** The text the main thread waits for (-1: none): the thread posts it as soon as it is done. */
export const WANT = 0;
/** Batches posted so far (the main thread waits on it). */
export const POSTED = 1;
/** Set when the build is over: the work stops converting (a host thread goes on with its own work). */
export const STOPPED = 2;
const HEADER_BYTES = 12;
/** Texts one build may send (a byte each, in a buffer the system maps only as it is touched). */
export const MAX_TEXTS = 1 << 20;
export const CLAIMED_HERE = 1;
export const CLAIMED_BY_THREAD = 2;
/** The thread posts its results after this many texts (sooner when the main thread waits for one). */
export const FLUSH_EVERY = 8;
// Texts per message to the thread.
const SEND_BATCH = 32;
// The thread holds one text's tree at a time: a small young generation is enough, and touches
// fewer pages than V8's default (1,000 posts: ~2,500 fewer page faults for the process).
const YOUNG_GENERATION_MB = 3;
/** A thread hosting this work (hostedMarkdownThread) takes the same: the writer's work, which comes next there, touches fewer pages too. */
export const HOSTED_YOUNG_GENERATION_MB = YOUNG_GENERATION_MB;
// A wait with no batch posted for this long gives up on the thread: the text is converted here.
const STALL_MS = 5000;

export const headerOf = (state: SharedArrayBuffer): Int32Array => new Int32Array(state, 0, HEADER_BYTES / 4);
export const claimsOf = (state: SharedArrayBuffer): Uint8Array => new Uint8Array(state, HEADER_BYTES);

/** What the thread is given when it starts. */
export interface ThreadSetup {
  readonly state: SharedArrayBuffer;
  /** Where it posts its results (ThreadResults), read here with receiveMessageOnPort. */
  readonly results: MessagePort;
  /** Whether V8 runs under kyll's raised interrupt budget (entries/tier-up.ts): the code cache has a slot for each. */
  readonly tierUp?: boolean;
  /** Whether the thread may write its code cache (a build that writes to disk; markdown-worker-cached.ts). */
  readonly writeCache?: boolean;
  /** Where the thread says it has started (entries/boot-gate.ts), when the build waits for it to raise V8's budget. */
  readonly gate?: SharedArrayBuffer;
  /** Whether it converts from the last text backwards from the start (conversion-order.ts). */
  readonly fromTheEnd?: boolean;
  /** Where the texts come (ThreadMessage) when another thread hosts the work (hostedMarkdownThread); else its parentPort. */
  readonly texts?: MessagePort;
}

/** How startMarkdownThread starts one. */
export interface MarkdownThreadOptions {
  /** Whether the thread may write its code cache (a build that writes to disk). */
  readonly writeCache?: boolean;
  readonly gate?: SharedArrayBuffer;
  /** Its young generation (V8's semi-spaces), in MB. */
  readonly youngGenerationMb?: number;
  /** Whether it converts from the last text backwards from the start: the main thread has little else to do. */
  readonly fromTheEnd?: boolean;
}

/** To the thread: the build's Markdown settings (first), then texts numbered from `first`. */
export type ThreadMessage = { readonly settings: MarkdownConfig } | { readonly first: number; readonly texts: readonly string[] };

/** From the thread: the HTML of the texts numbered from `first`, null where it did not convert one. */
export interface ThreadResults {
  readonly first: number;
  readonly html: ReadonlyArray<string | null>;
}

export interface MarkdownThread {
  /** Gives the thread the build's settings (ones it can convert with as this thread would: markdown-thread-settings.ts). */
  configure(settings: MarkdownSettings): void;
  /** Texts to convert, in the order they will probably be asked for. */
  send(texts: Iterable<string>): void;
  /** `local` with this thread's results in front of it. */
  converter(local: MarkdownConverter): MarkdownConverter;
  /** Ends the thread (the build is over). */
  stop(): void;
}

// The thread's code: in the package, dist/bundle/markdown-worker.cjs (scripts/bundle.mjs), a
// CommonJS file, so that the thread starts without Node's ES module loader; beside tsc's output, markdown-worker.js.
const WORKER_URLS = [new URL('./markdown-worker.cjs', import.meta.url), new URL('./markdown-worker.js', import.meta.url)];
const log = debugLog('kyll');

/** Posts from which a one-off build converts Markdown on its own thread (the smallest size measured, see above). */
export const MARKDOWN_THREAD_THRESHOLD = 300;

/** A Markdown thread for a build of the site folder `source`: one with enough posts, on a machine with a second core. */
export function markdownThreadFor(source: string, destination: string | undefined, writes: boolean, cores = os.availableParallelism(), gate?: SharedArrayBuffer): MarkdownThread | undefined {
  const taken = parked.take(source);
  if (taken) return taken.parked;
  if (cores < 2 || countPosts(path.join(source, '_posts'), destination, MARKDOWN_THREAD_THRESHOLD) < MARKDOWN_THREAD_THRESHOLD) return undefined;
  return startMarkdownThread({ writeCache: writes, ...(gate ? { gate } : {}) });
}

// A one-off build's thread is parked before the engine loads (entries/build-threads.ts; engine.cjs has its own copy of this module).
const parked = parking<MarkdownThread>('parkedMarkdownThread');

/** Parks `thread` (hosted by the read-ahead thread: entries/build-threads.ts) for the build of `source` that markdownThreadFor takes it for. */
export function parkMarkdownThread(source: string, thread: MarkdownThread): void {
  parked.park(source, () => thread);
}

/**
 * A Markdown thread, or undefined where there is no compiled thread code (running from the
 * TypeScript sources). With a `gate`, the thread arrives at it once its code is loaded.
 */
export function startMarkdownThread(options: MarkdownThreadOptions = {}): MarkdownThread | undefined {
  const { youngGenerationMb = YOUNG_GENERATION_MB, fromTheEnd = false } = options;
  const url = WORKER_URLS.find((u) => fs.existsSync(fileURLToPath(u)));
  if (url === undefined) return undefined;
  log('markdown: thread started from %s%s', fileURLToPath(url), fromTheEnd ? ' (from the last text)' : '');
  const { setup, port } = threadChannels(options);
  const worker = new GatedWorker(url, { workerData: setup, transferList: [setup.results], resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }, options.gate);
  // It never keeps the process alive; a thread that broke is simply not asked again.
  worker.unref();
  const thread = markdownClient(setup.state, port, (message) => worker.postMessage(message), () => void worker.terminate());
  worker.on('error', thread.gone);
  worker.on('exit', thread.gone);
  return thread;
}

/** A Markdown thread's work that another thread runs besides its own (hostedMarkdownThread). */
export interface HostedMarkdown {
  /** For the host's workerData (its ports listed in `transfer`); the host runs it with markdown-work-cached.ts. */
  readonly setup: ThreadSetup;
  readonly transfer: readonly MessagePort[];
  /** The main thread's side. */
  readonly thread: MarkdownThread;
  /** The host is gone (failed, ended, terminated): nothing more is asked of it. */
  gone(): void;
}

/**
 * The Markdown thread's work for a thread started for something else to run as well (the
 * read-ahead thread, read/read-ahead.ts), one Node thread fewer to start: each costs ~2,000 page
 * faults and tens of milliseconds of CPU, on a second core that is already full. The texts go to
 * it on a port of their own; stop() tells it to convert no more, and leaves the host running.
 */
export function hostedMarkdownThread(options: MarkdownThreadOptions = {}): HostedMarkdown {
  const { setup, port } = threadChannels(options);
  const { port1: texts, port2: textsThere } = new MessageChannel();
  const header = headerOf(setup.state);
  const thread = markdownClient(setup.state, port, (message) => texts.postMessage(message), () => {
    Atomics.store(header, STOPPED, 1);
    texts.close();
  });
  log('markdown: converting on the read-ahead thread');
  return { setup: { ...setup, texts: textsThere }, transfer: [setup.results, textsThere], thread, gone: thread.gone };
}

/** The shared state and the results' channel of a Markdown thread: its setup, and this thread's end of the results. */
function threadChannels(options: MarkdownThreadOptions): { setup: ThreadSetup; port: MessagePort } {
  const { writeCache = false, gate, fromTheEnd = false } = options;
  const state = new SharedArrayBuffer(HEADER_BYTES + MAX_TEXTS);
  headerOf(state)[WANT] = -1;
  const { port1: port, port2 } = new MessageChannel();
  const setup: ThreadSetup = { state, results: port2, tierUp: interruptBudgetRaised(), writeCache, fromTheEnd, ...(gate ? { gate } : {}) };
  return { setup, port };
}

/** The main thread's side of a Markdown thread: texts sent with `post`, results read from `port`; `end` ends the work. */
function markdownClient(state: SharedArrayBuffer, port: MessagePort, post: (message: ThreadMessage) => void, end: () => void): MarkdownThread & { gone(): void } {
  const header = headerOf(state);
  const claims = claimsOf(state);
  let broken = false;
  let sent = new SentTexts();
  // By id: the HTML, null when the thread left the text to this one, undefined until its batch is read.
  const results: Array<string | null | undefined> = [];
  let stopped = false;
  // For NODE_DEBUG=kyll: texts taken from the thread, waited for, claimed here.
  const counts = { taken: 0, waited: 0, claimed: 0 };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    log('markdown: %d texts sent, %d taken from the thread (%d waited for), %d claimed here', sent.size, counts.taken, counts.waited, counts.claimed);
    // Nothing more is taken from it: the texts and their HTML go (a long-lived builder keeps its converter).
    sent = new SentTexts();
    results.length = 0;
    end();
    port.close();
  };
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const { first, html } = m.message as ThreadResults;
      for (let k = 0; k < html.length; k++) results[first + k] = html[k];
    }
  };
  // The thread is converting text `id` now: its HTML, as soon as the batch with it is posted.
  const waitFor = (id: number): string | undefined => {
    Atomics.store(header, WANT, id);
    try {
      for (;;) {
        const posted = Atomics.load(header, POSTED);
        drain();
        const r = results[id];
        if (r !== undefined) return r ?? undefined;
        if (broken || Atomics.wait(header, POSTED, posted, STALL_MS) === 'timed-out') {
          // Stuck or gone: everything from now on is converted here.
          broken = true;
          return undefined;
        }
      }
    } finally {
      Atomics.store(header, WANT, -1);
    }
  };
  /** The thread's HTML of `text`, or undefined: convert it here. */
  const take = (text: string): string | undefined => {
    if (stopped) return undefined;
    const id = sent.idOf(text);
    if (id === undefined) return undefined;
    if (results[id] === undefined) drain();
    const r = results[id];
    if (r !== undefined) {
      if (r !== null) counts.taken++;
      return r ?? undefined;
    }
    if (broken) return undefined;
    // Not reached yet: this thread takes it (the other skips it). Being converted there: wait.
    if (Atomics.compareExchange(claims, id, 0, CLAIMED_HERE) !== CLAIMED_BY_THREAD) {
      counts.claimed++;
      return undefined;
    }
    counts.waited++;
    const html = waitFor(id);
    if (html !== undefined) counts.taken++;
    return html;
  };

  return {
    configure(settings) {
      post({ settings: { markdown: settings.markdown, kramdown: settings.kramdown, commonmark: settings.commonmark } });
    },
    send(texts) {
      if (stopped) return;
      let batch: string[] = [];
      let first = sent.size;
      const postBatch = (): void => {
        post({ first, texts: batch });
        first += batch.length;
        batch = [];
      };
      for (const text of texts) {
        if (sent.size >= MAX_TEXTS) break;
        sent.push(text);
        batch.push(text);
        if (batch.length === SEND_BATCH) postBatch();
      }
      if (batch.length > 0) postBatch();
    },
    converter(local) {
      let taken = false;
      return {
        convert(text, file) {
          const html = take(text);
          taken = html !== undefined;
          return taken ? html! : local.convert(text, file);
        },
        // The thread keeps only conversions that gave no warning.
        get warnings() {
          return taken ? [] : local.warnings;
        },
      };
    },
    stop,
    gone: () => void (broken = true),
  };
}
