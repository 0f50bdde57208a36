// Posts and documents rendered on several threads. Workers start with the
// build (loading the engine while the main thread reads the site), get the
// site it read (worker-model.ts) and prepare the same build from it, then all
// threads, the main one included, take documents from one shared counter
// until none is left, so that a thread that started late simply takes fewer.
// Workers send back the content and output of theirs; the main thread then
// renders pages, feeds and indexes, which need every document rendered.
// Only for folders: a memory Source or plugin objects cannot cross threads;
// plugins loaded by path are loaded again in each worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { KyllError, type ErrorCode } from '../errors/kyll-error.js';
import type { Data, Diagnostic, Site } from '../types.js';
import { encodeModel } from './worker-model.js';
import { ReadShare, shareBytes } from './parallel-read.js';
import type { ReadMemo } from '../site/read-memo.js';
import type { Source } from '../source/source.js';
import type { WriteTo } from './staged-outputs.js';
import type { IndexKey } from '../site/index-drops.js';

export interface RenderedDocument {
  readonly content: string;
  /** The output, unless the worker wrote it into the staging folder (`written`). */
  readonly output?: string;
  /** Where the worker wrote the output: its path in the staging folder (staged-outputs.ts). */
  readonly written?: string;
  /** The output's UTF-8 length, measured by the worker (a scan of the whole text that the main thread need not make). */
  readonly size: number;
  /** Keys its templates added to site.categories and site.tags (Drops#addedKeys), for the main thread's drops. */
  readonly indexKeys?: IndexKey[];
  /** Data keys that the plugins' pre_render hooks set (structured-cloneable values). */
  readonly dataChanges?: Data;
  /**
   * The excerpts rendered while rendering it (its own, and any other a template asked for), by
   * relative path: the main thread takes them as they are instead of rendering them again.
   */
  readonly excerpts?: Array<[string, string]>;
  /** Warnings raised while rendering it (a tag's or a plugin's, such as jekyll-gist's), reported by the main thread in document order. */
  readonly diagnostics?: Diagnostic[];
}

/** What a worker needs to prepare the same build: plain, cloneable data. */
export interface WorkerInputs {
  source: string;
  destination?: string;
  config?: Data;
  configFiles?: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Module URLs of the plugins to load (the site's `_plugins` and those given by path). */
  pluginUrls?: readonly string[];
}

/** The site as the main thread read it (encodeModel's bytes), or none: the worker reads the folder itself. */
export interface ReadModel {
  site?: ArrayBuffer | SharedArrayBuffer;
}

export interface WorkerTask {
  inputs: WorkerInputs;
  /** The shared counter of the next document to render (a DocumentQueue's buffer). */
  queue: SharedArrayBuffer;
  /** This worker's slot in the queue. */
  slot: number;
  /** Write the outputs into this staging folder instead of sending them back (staged-outputs.ts). */
  writeTo?: WriteTo;
  /** The shared counter of the posts to parse (parallel-read.ts), and where to send them. */
  read?: { counter: SharedArrayBuffer; port: MessagePort };
}

/**
 * What a worker posts: a batch of rendered documents as it goes (so that it
 * holds few of them at a time, and the main thread's copies arrive while it
 * still renders), then `done` with the last ones, or the error that stopped it.
 */
export type WorkerReply =
  | { ok: true; docs: Array<[string, RenderedDocument]>; done: boolean }
  | { ok: false; error: { code?: ErrorCode; message: string; file?: string; line?: number; column?: number; frame?: string; stack?: string }; index?: number };

/**
 * The documents of a build, handed out one at a time to whichever thread asks first. The
 * shared buffer holds the next index, then one slot per thread with the index that thread is
 * rendering (-1 when none), so that a thread that fails knows whether an earlier document is
 * still being rendered elsewhere (Jekyll reports the first failing document of its order).
 */
export class DocumentQueue {
  readonly buffer: SharedArrayBuffer;
  readonly #ints: Int32Array;
  readonly #slot: number;

  /** A new queue for `threads` threads, or (`buffer`, `slot`) thread `slot`'s view of one. */
  constructor(buffer: SharedArrayBuffer | number = 1, slot = 0) {
    this.buffer = typeof buffer === 'number' ? new SharedArrayBuffer(4 * (1 + buffer)) : buffer;
    this.#ints = new Int32Array(this.buffer);
    this.#slot = 1 + slot;
    if (typeof buffer === 'number') this.#ints.fill(-1, 1);
  }

  /** The index of the next document nobody has taken (this thread is now rendering it). */
  take(): number {
    const i = Atomics.add(this.#ints, 0, 1);
    Atomics.store(this.#ints, this.#slot, i);
    return i;
  }

  /** This thread renders nothing now. */
  idle(): void {
    Atomics.store(this.#ints, this.#slot, -1);
  }

  /** No thread takes another document (a document failed: the build stops, as Jekyll's does). */
  stop(): void {
    Atomics.store(this.#ints, 0, STOPPED);
  }

  /** The document thread `slot` is rendering, -1 when none. */
  rendering(slot: number): number {
    return Atomics.load(this.#ints, 1 + slot);
  }
}

// Past any document count; far from overflowing with one take() per thread after it.
const STOPPED = 1 << 30;

// A worker starts with the build, loads the engine (engine.cjs with the V8 code
// cache of earlier builds, as the main thread does: at 10,000 posts under load
// 15, 0.16 s of the worker's CPU from its start, against 0.40 s when it imported
// the ES module chunks, which no cache covers; render-worker.ts) and the plugins, then
// parses a share of the post files while the main thread reads the site
// (parallel-read.ts: one shared counter, so a late worker simply parses fewer),
// then gets the site the main thread read (worker-model.ts; the posts it parsed
// itself are named, not copied back: at 10,000 posts 25 MB instead of 50, 0.14 s
// of the main thread's CPU to encode instead of 0.21, 0.16 s of the worker's to
// decode instead of 0.27; preparing the build then costs it ~0.35 s, ~0.1 s at
// 1,000). All threads then render documents
// from one queue; the main thread alone renders pages, feeds and indexes and writes
// (the excerpts a worker rendered come back with its documents: not rendered twice).
// What a second thread costs and saves (session 7; bench/thread-cpu.mjs, CPU seconds
// of each thread building the generated blog to disk from the bundle, 2-core machine
// under load average 15-24: absolute numbers inflated, compare within a row):
//   posts    one: main / process      two: main, worker / process    wall ≥ (1 vs 2)
//   300      1.5-1.9 / 2.3-3.1        1.4-1.6, 0.9-1.0 / 3.4-3.8     1.5-1.9 vs 1.7-1.9
//   1,000    3.0 / 5.1-5.9            2.4-2.6, 1.7-1.9 / 6.4-6.8     3.0 vs 3.2-3.4
//   3,000    5.5-6.1 / 9.3-10.5       4.6, 3.7-3.8 / 12.7            5.5-6.1 vs 6.3-6.4
//   5,000    8.2 / 14.2               6.5, 5.6 / 19.0                8.2 vs 9.5
//   7,500    10.9 / 17.6              8.5, 7.1 / 22.4                10.9 vs 11.2
//   10,000   17.5 / 27.5              11.3, 9.9 / 30.5               17.5 vs 15.2
// The wall time two idle cores allow is at least the main thread's CPU and at least
// half the process's; the quiet machine of session 6 showed about that (1,000 posts
// in memory: one thread 2.5 s wall for 4.1 s of CPU, two 3.5-4.7 s for 6.4-8.2 s).
// One thread already keeps 1.5 cores busy: V8 compiles hot functions on its own
// helper threads (1.2 s of CPU at 1,000 posts; with --max-opt=2 they use 0.15 s and
// the main thread 1.1 s more) and collects garbage there, so a second JavaScript
// thread gets what is left of the second core, and brings its own fixed costs. At
// 1,000 posts in memory (thread CPU clocks, /proc/thread-self/schedstat), the
// worker spends 0.36-0.45 s loading the engine, 0.15-0.24 s parsing its share of
// the posts, 0.06-0.08 s decoding the site, 0.03-0.04 s preparing the build and
// 0.83-1.0 s rendering its ~450 documents, whose first 100 cost 0.22-0.29 s (code
// not compiled yet in this thread: one thread renders all 1,000 in 1.15 s, its
// first 300 costing 0.3 s more than later ones); the main thread's own CPU hardly
// drops (1.9-2.2 s with one thread, 2.1-2.3 s with two: each of its documents costs
// more), and the helper threads use 0.5 s more (each thread's code is compiled for
// it). Two threads pay only once the documents outweigh those fixed costs, and the
// one thread's cost grows faster than the posts (17.5 s at 10,000, 10.9 s at 7,500):
// between 7,500 and 10,000 posts here, where the threshold now is (2,000 before).
// A 10,000-post build on two threads (session 8, /proc per-thread CPU and each
// thread's --cpu-prof, load 6-9): main 4.3-4.5 s, worker 2.9-3.7, writer 0.6,
// V8's helpers 2.9-3.7 (TurboFan for two isolates, parallel scavenges): the two
// cores are saturated, so the wall time follows the process's CPU. The main thread
// reads alone for ~0.4 s (config, listing, inventory) until the worker, its engine
// loaded, parses posts beside it; it renders from ~2.0 s, the worker from ~2.4 s
// (decoding, prepareBuild); both finish within ~0.1 s of each other. The main
// thread's 16 MB semi-space makes ~3x the worker's scavenges (YOUNG_GENERATION_MB).
// Session 9, `kyll build` to /dev/shm at load 15-20 (walls of 50-120 s: only CPU
// counts there), each thread's CPU (schedstat) at each step, main | worker:
//   node, bin.js, engine (code cache)       0.30 |  -    (worker started after it)
//   renderSite to the workers' start        0.11 |  -
//   worker: engine                           -   | 0.16 (0.40 from ES modules)
//   read (worker: its share of the posts)   2.0  | 1.4-1.6
//   encode the site / decode it             0.28 | ~0.3
//   prepareBuild                            0.24 | 0.23-0.31
//   render documents (~6,000 | ~4,000)      4.3  | 3.5-3.6
//   pages, feeds, swap                      0.18 |  -
// plus the writer thread 0.8-0.9 s and V8's four helper threads 5.2-5.6 s in all:
// 21-22 s of CPU for the process (4 alternating pairs, before and after the
// worker's code cache: 21.2-22.1 s against 20.4-22.4 s, no change beyond the
// noise at that load). --trace-gc: main 77-88 scavenges and 2-3 mark-compacts,
// worker 24-27 and 2, writer 44 scavenges (69 since it gets resourceLimits rather
// than the process-wide flag, most of them idle-time scavenges of a ~6 MB heap:
// its CPU stayed at 0.9 s).
// Session 10 (load 7-15; /proc/<pid>/task per-thread CPU, perf record of all threads):
// main 4.3-6.6 s, render worker 3.8-5.2, writer 0.6-0.9, V8's four helpers 3.7-5.0,
// 12.6-17.6 s in all. perf: ~70% of the helpers' samples are TurboFan (both
// isolates compile the same hot functions), ~12% parallel scavenges, ~3% marking.
// In-thread GC (--cpu-prof): main 1.45 s, worker 1.1 s; --trace-gc: main 64
// scavenges and 2 mark-compacts, worker 23 and 2, writer 46. Posting outputs to the
// writer thread was 0.8 s of the main thread's profile, but writing them itself
// (as the worker does) cost the main thread more than that (main +1.0 s, process
// +0.7 s over 3 pairs; reverted). Given to node at start and measured the same way,
// --interrupt-budget=300000, --max-semi-space-size=64 and
// --max-inlined-bytecode-size-cumulative=300 showed no gain beyond the noise.
// Not kept, measured: a lower priority (nice 10 or 5) for the worker,
// so that it only takes what the main thread leaves: under load it starves and the
// main thread waits for its share (1,000 posts 48-49 s wall instead of 31-40 s);
// V8 flags (fewer or smaller TurboFan compiles, single-threaded GC, two helper
// threads): no change in the process's CPU beyond the noise.
export const AUTO_THRESHOLD = 8000;

// Rendering allocates many short-lived strings and trees: a larger young
// generation cuts garbage collection by about a fifth on big sites. Given to
// each worker by resourceLimits, not as a V8 flag for the process: a flag set
// while running changes the hash V8 keeps in the engine's code cache, and the
// workers, which load the engine after it, would reject the cache
// (render-worker.ts). The main thread keeps the young generation node started
// with: V8 sizes it when it makes the isolate. Started with
// --max-semi-space-size=64 the main thread makes ~33 scavenges at 10,000 posts
// instead of ~80 (session 8), but in session 9 that did not show in the
// process's CPU (3 alternating pairs of `kyll build` at 10,000 posts, load
// 15-20: 19.4, 19.4, 21.2 s without, 20.4, 19.8, 21.5 s with; main thread
// 7.2, 7.2, 7.9 s against 7.6, 7.3, 8.2 s): the CLI does not re-execute node
// for it.
const YOUNG_GENERATION_MB = 192;

const WORKER_URL = new URL('./render-worker.js', import.meta.url);

/** Threads to use: as asked, else one per core when the site has many posts; one when running from TypeScript sources (no compiled worker). */
export function workerCountFor(source: string, destination: string | undefined, requested?: number): number {
  if (!fs.existsSync(fileURLToPath(WORKER_URL))) return 1;
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  const cores = Math.min(os.availableParallelism(), 8);
  if (cores < 2) return 1;
  return countPosts(path.join(source, '_posts'), destination, AUTO_THRESHOLD) >= AUTO_THRESHOLD ? cores : 1;
}

function countPosts(dir: string, destination: string | undefined, enough: number): number {
  let n = 0;
  const walk = (d: string): void => {
    if (n >= enough || (destination && path.resolve(d) === path.resolve(destination))) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else n++;
    }
  };
  walk(dir);
  return n;
}

export interface WorkerRun {
  /** Every document the workers rendered, by relative path, and the first failure (in render order) if a document failed. */
  readonly done: Promise<WorkerResults>;
  /** A document failed at `index`: end the workers that are not rendering a document before it (the build stops there). */
  cancel(index: number): void;
  /** Stop the workers (the build failed elsewhere). */
  stop(): void;
  /** Give the workers the site the main thread read (they wait for it to prepare the build). */
  send(site: Site): void;
  /** A memo for the main thread's read, which has the workers parse a share of the posts from `src` (parallel-read.ts). */
  readMemo(src: Source): ReadMemo;
}

export interface WorkerResults {
  readonly docs: Map<string, RenderedDocument>;
  readonly failure?: Failure;
}

/** Why the build stops: the error, and the document it failed on (-1 when a worker itself broke). */
export interface Failure {
  readonly error: Error;
  readonly index: number;
}

/** Start threads-1 workers on `queue` (slot 0 is the main thread's, slot n worker n's). */
export function renderDocumentsInWorkers(inputs: WorkerInputs, threads: number, queue: DocumentQueue, writeTo?: WriteTo): WorkerRun {
  const url = WORKER_URL;
  const runs: Array<Promise<Array<[string, RenderedDocument]>>> = [];
  const workers: Worker[] = [];
  const cancelled = new Set<Worker>();
  const cancel = (index: number): void => {
    queue.stop();
    workers.forEach((w, k) => {
      const at = queue.rendering(k + 1);
      if (at >= 0 && at < index) return;
      cancelled.add(w);
      void w.terminate();
    });
  };
  const share = new ReadShare();
  for (let n = 1; n < threads; n++) {
    const { port1, port2 } = new MessageChannel();
    share.listen(port1);
    const read = { counter: share.counter, port: port2 };
    const task: WorkerTask = { inputs: { ...inputs, env: { ...inputs.env } }, queue: queue.buffer, slot: n, read, ...(writeTo ? { writeTo } : {}) };
    runs.push(
      new Promise((resolve, reject) => {
        const worker = new Worker(url, { workerData: task, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        workers.push(worker);
        const docs: Array<[string, RenderedDocument]> = [];
        const fail = (error: Error, index = -1): void => {
          if (cancelled.has(worker)) return resolve([]);
          reject({ error, index } satisfies Failure);
          // The build stops at this document: workers past it have nothing left to do.
          if (index >= 0) cancel(index);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (!reply.ok) {
            fail(reviveError(reply.error), reply.index);
            void worker.terminate();
            return;
          }
          for (const d of reply.docs) docs.push(d);
          if (!reply.done) return;
          resolve(docs);
          void worker.terminate();
        });
        worker.once('error', (e) => fail(e));
        // After its reply this settles nothing; before it (a worker ended early, even with code 0) it does.
        worker.once('exit', (code) => fail(new Error(`render worker ${n} stopped with exit code ${code}`)));
      }),
    );
  }
  const done = Promise.allSettled(runs).then((settled): WorkerResults => {
    const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as Failure] : []));
    return {
      docs: new Map(settled.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))),
      // A broken worker first, else the document that comes first, as Jekyll would have met it.
      failure: firstFailure(failures),
    };
  });
  const send = (site: Site): void => {
    // One worker holds the posts it parsed: the site names them. Several: each holds only its own.
    const bytes = encodeModel(site, workers.length === 1 ? share.fromWorkers : undefined);
    // One worker takes the bytes themselves (no copy: 50 MB at 10,000 posts); several share one copy.
    const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    if (workers.length === 1 && whole) {
      const buffer = bytes.buffer as ArrayBuffer;
      return workers[0]!.postMessage({ site: buffer } satisfies ReadModel, [buffer]);
    }
    const model: ReadModel = { site: bytes && shareBytes(bytes) };
    for (const w of workers) w.postMessage(model);
  };
  const readMemo = (src: Source): ReadMemo => share.memo(src, (job) => workers.forEach((w) => w.postMessage(job)));
  return { done, cancel, stop: () => workers.forEach((w) => void w.terminate()), send, readMemo };
}

/** The failure Jekyll would report: the earliest document's (a broken worker's before any). */
export function firstFailure(failures: ReadonlyArray<Failure | undefined>): Failure | undefined {
  return failures.filter((f): f is Failure => f !== undefined).sort((a, b) => a.index - b.index)[0];
}

function reviveError(e: Extract<WorkerReply, { ok: false }>['error']): Error {
  if (e.code) return new KyllError(e.code, e.message, { file: e.file, line: e.line, column: e.column, frame: e.frame });
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
