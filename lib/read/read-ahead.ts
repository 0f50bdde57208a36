// A site's post files read ahead on a thread of their own. Reading a file is a
// few system calls (open, fstat, read, close) and, for a build that leaves a warm
// record, a hash of its bytes: work apart from parsing the post, which the main
// thread does next. On a 1,000-post blog that is a tenth of the main thread's read
// (~40 ms of a ~450 ms build), while the second core waits for the Markdown thread's
// first text. So a one-off build of a folder with enough posts starts this small
// thread first (the `kyll` command before it loads the engine: cli/launch-engine.ts),
// tells it the posts in the order it will read them (Source#willRead), and takes each
// file's bytes, stat and hash from it; a file the thread has not read yet is read
// here as before, and the thread skips past it. The bytes are the file's bytes
// either way, read from the same path: only where the work is done changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { GatedWorker } from '../entries/gated-worker.js';
import { parking } from '../entries/parking.js';
import { countPosts } from '../render/thread-count.js';
import type { FileSignatureStat, Source, TransientWithStat } from '../source/source.js';
import { CELLS, CONSUMED, STOP, WAITING, type AheadBatch, type AheadJob, type AheadSetup } from './read-ahead-protocol.js';
import { WRITER_YOUNG_GENERATION_MB } from '../write/write-queue.js';
import { hostedMarkdownThread, HOSTED_YOUNG_GENERATION_MB, type MarkdownThread } from '../render/markdown-thread.js';

/** Posts from which a build reads them ahead (as the Markdown thread converts them: markdown-thread.ts). */
export const READ_AHEAD_THRESHOLD = 300;

// The thread's code: dist/bundle/read-ahead-thread.cjs (scripts/bundle.mjs), beside tsc's output read-ahead-thread.js.
const THREAD_URLS = [new URL('./read-ahead-thread.cjs', import.meta.url), new URL('./read-ahead-thread.js', import.meta.url)];
const log = debugLog('kyll');

/** A thread reading a build's post files ahead of it. */
export interface ReadAhead {
  /** Reads these files of `source` ahead, in this order (the first call only). */
  start(source: Source, relativePaths: readonly string[], stamps: boolean): void;
  /** The file as the thread read it, or undefined: not read (yet), or not one of those files. */
  take(relativePath: string): TransientWithStat | undefined;
  /** Files the thread has read that were not taken yet. */
  waiting(): number;
  stop(): void;
  /**
   * Stops reading and hands the thread over for the build's writes (write/write-queue.ts): the
   * thread then takes a writer's setup as its next message. Undefined if the thread is gone or
   * was stopped. Once handed over, stop() leaves it running (the write queue ends it).
   */
  release(): Worker | undefined;
  /** The Markdown thread's work this thread runs too, when asked to (startReadAhead's `markdown`). */
  readonly markdown?: MarkdownThread;
}

/** A read-ahead thread that runs the Markdown thread's work too: whether its build may write that work's code cache. */
export interface WithMarkdown {
  readonly writeCache: boolean;
}

/** A read-ahead thread for a one-off build of the folder `source` with enough posts, on a machine with a second core; `gate`: see startReadAhead. */
export function readAheadFor(source: string, destination: string | undefined, cores = os.availableParallelism(), gate?: SharedArrayBuffer, hashes = false, markdown?: WithMarkdown): ReadAhead | undefined {
  const taken = parked.take(source);
  if (taken) return taken.parked;
  if (cores < 2 || countPosts(path.join(source, '_posts'), destination, READ_AHEAD_THRESHOLD) < READ_AHEAD_THRESHOLD) return undefined;
  return startReadAhead(gate, hashes, markdown);
}

// The `kyll` command (bin.cjs) starts the thread before it loads the engine (engine.cjs, with its own copy of this module).
const parked = parking<ReadAhead>('parkedReadAhead');

/** Starts the read-ahead thread of a build of `source` about to be asked for (or gives the one started); that build's readAheadFor takes it over. */
export function startReadAheadEarly(source: string, destination: string | undefined, gate?: SharedArrayBuffer, hashes = false, markdown?: WithMarkdown): ReadAhead | undefined {
  return parked.park(source, () => readAheadFor(source, destination, undefined, gate, hashes, markdown));
}

/**
 * A read-ahead thread, or undefined where there is no compiled thread code (running from the
 * TypeScript sources). With a `gate`, the thread arrives at it once started (entries/boot-gate.ts),
 * having loaded the module of its hashes if the build will ask for them, and the Markdown thread's
 * code if it runs that work too (`markdown`: the one-off build's Markdown thread, `.markdown`).
 */
export function startReadAhead(gate?: SharedArrayBuffer, hashes = false, markdown?: WithMarkdown): ReadAhead | undefined {
  const url = THREAD_URLS.find((u) => fs.existsSync(fileURLToPath(u)));
  if (url === undefined) return undefined;
  const state = new Int32Array(new SharedArrayBuffer(4 * CELLS));
  const { port1: port, port2 } = new MessageChannel();
  const hosted = markdown ? hostedMarkdownThread({ writeCache: markdown.writeCache, ...(gate ? { gate } : {}) }) : undefined;
  const setup: AheadSetup = { state: state.buffer as SharedArrayBuffer, results: port2, ...(gate ? { gate, hashes } : {}), ...(hosted ? { markdown: hosted.setup } : {}) };
  // (the writer's young generation: it may write the build's files next, write/write-queue.ts;
  // the Markdown thread's, smaller, when it converts too: it touches fewer pages, for both works)
  const youngGenerationMb = hosted ? HOSTED_YOUNG_GENERATION_MB : WRITER_YOUNG_GENERATION_MB;
  const worker = new GatedWorker(url, { workerData: setup, transferList: [port2, ...(hosted?.transfer ?? [])], resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }, gate);
  // It never keeps the process alive; a thread that broke simply leaves every file to this one.
  worker.unref();
  let broken = false;
  worker.on('error', (e) => {
    broken = true;
    hosted?.gone();
    log('read ahead: thread failed: %s', e instanceof Error ? e.message : String(e));
  });
  let released = false;
  worker.on('exit', (code) => {
    // (a thread handed over ends as the writer, at the end of the build)
    if (!broken && !released) log('read ahead: thread ended before its hand-over (exit code %d)', code);
    broken = true;
    hosted?.gone();
  });
  log('read ahead: thread started from %s', fileURLToPath(url));
  const index = new Map<string, number>();
  const got: Array<TransientWithStat | null | undefined> = [];
  let started = false;
  let stopped = false;
  let taken = 0;
  let held = 0;
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const { first, ends, bytes, stats, hashes } = m.message as AheadBatch;
      let start = 0;
      for (let k = 0; k < ends.length; k++) {
        const end = ends[k]!;
        if (end < 0) continue;
        const stat: FileSignatureStat = { size: stats[4 * k]!, mtimeNs: stats[4 * k + 1]!, ctimeNs: stats[4 * k + 2]!, ino: stats[4 * k + 3]! };
        held++;
        got[first + k] = { bytes: Buffer.from(bytes, start, end - start), stat, ...(hashes ? { hash: hashes[k]! } : {}) };
        start = end;
      }
    }
  };
  // No more reading: what the thread has not read, this one reads.
  const halt = (): void => {
    if (stopped) return;
    stopped = true;
    log('read ahead: %d of %d files taken from the thread', taken, index.size);
    Atomics.store(state, STOP, 1);
    Atomics.notify(state, CONSUMED);
    port.close();
  };
  return {
    start(source, relativePaths, stamps) {
      if (started || stopped || !source.absolute) return;
      started = true;
      relativePaths.forEach((p, i) => index.set(p, i));
      const job: AheadJob = { files: relativePaths.map((p) => source.absolute!(p)), stamps };
      worker.postMessage(job);
    },
    take(relativePath) {
      const i = index.get(relativePath);
      if (i === undefined || stopped) return undefined;
      // The thread skips what this one has come to (it reads it itself when the thread has not).
      if (i >= Atomics.load(state, CONSUMED)) {
        Atomics.store(state, CONSUMED, i + 1);
        // Woken only when it waits (it is far ahead): a wake-up at every file may hand it this core.
        if (Atomics.load(state, WAITING) !== 0) Atomics.notify(state, CONSUMED);
      }
      drain();
      const file = got[i];
      got[i] = undefined;
      if (file) taken++, held--;
      return file ?? undefined;
    },
    waiting() {
      drain();
      return held;
    },
    stop() {
      halt();
      if (released) return;
      // (ended: never handed over after this)
      broken = true;
      hosted?.gone();
      void worker.terminate();
    },
    release() {
      halt();
      if (broken || released) return undefined;
      released = true;
      log('read ahead: thread handed over to write the files');
      return worker;
    },
    ...(hosted ? { markdown: hosted.thread } : {}),
  };
}

/** `source`, reading the files it is told it will read through `ahead`. */
export function readingAhead(source: Source, ahead: ReadAhead): Source {
  const { readTransient, readTransientWithStat } = source;
  if (!readTransient || !readTransientWithStat) return source;
  return {
    ...source,
    willRead: (paths, options) => ahead.start(source, paths, options?.stamps === true),
    readTransient: (p) => ahead.take(p)?.bytes ?? readTransient.call(source, p),
    readTransientWithStat: (p) => ahead.take(p) ?? readTransientWithStat.call(source, p),
  };
}
