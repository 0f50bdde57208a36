// Posts and documents rendered on several threads. Workers start with the
// build (loading the engine while the main thread reads the site), get the
// site it read (worker-model.ts) and prepare the same build from it, then all
// threads, the main one included, take documents from one shared counter
// until none is left, so that a thread that started late simply takes fewer.
// Workers send back the content and output of theirs; the main thread then
// renders pages, feeds and indexes, which need every document rendered.
// Only for folders: a memory Source or plugin objects cannot cross threads;
// plugins loaded by path are loaded again in each worker.
import { noteInvalidUtf8 } from '../values/invalid-utf8.js';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { KyllError, type ErrorCode } from '../errors/kyll-error.js';
import type { Data, Diagnostic, Site } from '../types.js';
import { encodeModel } from './worker-model.js';
import { autoThreads } from './thread-count.js';
import { ReadShare, shareBytes } from './parallel-read.js';
import type { ReadMemo } from '../site/read-memo.js';
import type { Source } from '../source/source.js';
import type { WriteTo } from './staged-outputs.js';
import type { IndexKey } from '../site/index-drops.js';
import { interruptBudgetRaised } from '../entries/tier-up.js';
import type { GeneratorMemo } from '../plugins/generator-memo.js';

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
  /** Its output is a UTF-8 String in a site of another `encoding:` (RenderContext#utf8Outputs). */
  readonly utf8?: true;
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
  /** What the generators memoized in the first build of the same Site (a copy: the workers only read it). */
  generatorMemo?: GeneratorMemo;
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
  /** Whether the main thread raised V8's interrupt budget (entries/tier-up.ts): the worker's engine takes the same code cache. */
  tierUp?: boolean;
}

/**
 * What a worker posts: a batch of rendered documents as it goes (so that it
 * holds few of them at a time, and the main thread's copies arrive while it
 * still renders), then `done` with the last ones, or the error that stopped it.
 */
export type WorkerReply =
  | { ok: true; docs: Array<[string, RenderedDocument]>; done: boolean; /** The worker made texts with bytes that are no UTF-8 (invalid-utf8.ts). */ invalidUtf8?: true }
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

/** Threads to use: as asked, else as autoThreads says; one when running from TypeScript sources (no compiled worker). */
export function workerCountFor(source: string, destination: string | undefined, requested?: number, cores?: number): number {
  if (!fs.existsSync(fileURLToPath(WORKER_URL))) return 1;
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return autoThreads(source, destination, cores);
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
    const task: WorkerTask = { inputs: { ...inputs, env: { ...inputs.env } }, queue: queue.buffer, slot: n, read, tierUp: interruptBudgetRaised(), ...(writeTo ? { writeTo } : {}) };
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
          // its outputs and excerpts may hold kept bytes that this thread writes
          if (reply.invalidUtf8) noteInvalidUtf8();
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
