// Where a build's outputs go on their way into the staging folder: written at
// once on this thread (a few files, an injected WriteFs, the TypeScript
// sources), or handed to a writer thread (writer-thread.ts; for the `kyll`
// command, the read-ahead thread once the files are read: writeOnThread) that
// makes the folders and writes the files while this thread renders the next ones.
//
// Why a thread rather than libuv's pool (fs.mkdir/fs.writeFile with callbacks):
// the render loop is synchronous, so a callback chain (open → write → close)
// would advance only when it yields; and per file this thread pays ~30 µs to
// post a message against ~200 µs for the callbacks, ~1 ms for the syscalls
// themselves on this machine (1,010 files in 1,620 folders, main-thread CPU
// from /proc/self/task: sync 1.0-2.4 s, callbacks 0.20-0.37 s, thread 0.03-0.04 s).
//
// Each file put gets a ticket (1, 2, 3...); files are posted in batches, and
// the thread counts the files it has written in shared memory, so that reading
// a file back (written-output.ts) can wait for its own write, synchronously
// (its batch is posted first), and a failure is seen at the next file put
// without a round trip through the event loop.
import { once } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { OutputFile } from '../types.js';
import { copiedFrom } from './copied-file.js';
import { FilesWriter, type FilesWriterOptions, type WriteFs } from './write-fs.js';
import { processWide } from '../entries/shared-class.js';
import type { WriterSetupMessage } from './write-loop.js';

/** A file for the writer thread: its sanitized path, and its text, bytes, link or the file to copy (copied-file.ts). */
export interface WriteJob {
  readonly rel: string;
  readonly contents: string | Uint8Array;
  readonly symlink?: string;
  /** The absolute path of a static file whose bytes the thread reads itself (`contents` is then ''). */
  readonly copyFrom?: string;
}

/** What the writer thread is given. */
export interface WriterSetup {
  readonly root: string;
  readonly destination: string;
  /** Int32Array over it: [DONE] files written, [FAILED] 1 after a failure. */
  readonly state: SharedArrayBuffer;
  /** Where the thread sends its failure (read synchronously with receiveMessageOnPort). */
  readonly failures: MessagePort;
  /** The current site, to link unchanged outputs from (reuse.ts). */
  readonly previous?: string;
  /** Folders under `root` already made before the thread started. */
  readonly made?: readonly string[];
  /** Whether to note each file's size and time as written, and each folder's time (WrittenStats). */
  readonly stats?: boolean;
}

/** Where a queue's writer starts from: the FilesWriterOptions that cross to a thread. */
export type QueueOptions = Pick<FilesWriterOptions, 'previous'> & { readonly made?: readonly string[]; readonly stats?: boolean };

/**
 * What the writer thread saw with lstat, by path relative to its root: each file right after
 * writing it (size, mtimeMs), each folder (mtimeMs, the root left out) after the last entry the
 * thread added to it. A warm build's record (lib/build/warm.ts) takes them without a stat of
 * its own on the rendering thread.
 */
export interface WrittenStats {
  readonly files: ReadonlyMap<string, readonly [size: number, mtimeMs: number]>;
  readonly folders: ReadonlyMap<string, number>;
}

/** A write that failed: `message` names the file (`a/b.html: EACCES: ...`), `cause` the system error's fields. */
export interface WriteFailure {
  readonly message: string;
  readonly cause: { readonly message: string; readonly code?: string; readonly errno?: number; readonly syscall?: string; readonly path?: string };
}

export const DONE = 0;
export const FAILED = 1;
/** The message asking the thread to answer (with its WrittenStats, if asked for) once everything posted before it is written. */
export const FLUSH = 'flush';

/** The thread's answer to FLUSH. */
export interface Flushed {
  readonly stats?: WrittenStats;
}

export interface WriteQueue {
  /** Writes `file` at `rel` (now or later); returns its ticket. Throws the failure of an earlier write. */
  put(rel: string, file: OutputFile): number;
  /** Blocks until the file of `ticket` is written; throws if writing failed. */
  waitFor(ticket: number): void;
  /** Resolves once every file put is written; rejects with the first failure. */
  drain(): Promise<void>;
  /** Stops writing: once it resolves, nothing more is written (the file being written is finished). */
  close(): Promise<void>;
  /** After drain, with `stats` asked for: what the thread saw of the files it wrote; else undefined. */
  stats(): WrittenStats | undefined;
}

/** A failure of the writer thread (or of this thread's write), as thrown: the message names the file, `original` is the system error. */
export class QueuedWriteError extends Error {
  constructor(
    message: string,
    readonly original: unknown,
  ) {
    super(message);
    this.name = 'QueuedWriteError';
  }
}

// The thread's code: in the package, dist/bundle/writer-thread.cjs (scripts/bundle.mjs), a CommonJS
// file, so that the thread starts without Node's ES module loader (as the Sass thread does:
// render/sass-thread.ts); beside tsc's output, writer-thread.js.
const THREAD_URLS = [new URL('./writer-thread.cjs', import.meta.url), new URL('./writer-thread.js', import.meta.url)];
let threadUrl: URL | null | undefined;
const log = debugLog('kyll');
const threadFile = (): URL | null => (threadUrl ??= THREAD_URLS.find((u) => fs.existsSync(fileURLToPath(u))) ?? null);

// Files posted to the thread in one message: each message wakes the thread
// (an eventfd write, a futex, its event loop turning once), which cost more
// than the syscalls of a small file. A batch goes when it holds this many
// files or characters, and whenever a file is waited for (waitFor, drain).
// Session 14: what posting costs the main thread is per character, not per message: 1,000 of the
// bench's rendered pages (cons strings, mostly two-byte CJK) posted in batches of 1, 16 or 64 cost
// the same (~10 ms over flattening each string, which writing needs anyway), and copying them as
// UTF-16 into a SharedArrayBuffer read by the thread cost as much (node 20, CPU of this thread).
// In callgrind, 2% of a 300-post build's main thread is postMessage, 50M of its 55M flattening the
// strings (the allocation, and the scavenges it sets off).
const BATCH_FILES = 16;
const BATCH_CHARS = 1 << 19;

/** Whether the writer thread can run: only from the compiled package (the thread is a .cjs or .js file). */
export function writerThreadAvailable(): boolean {
  return threadFile() !== null;
}

/** A queue that writes on this thread; `files` is its writer (the folders it made, the files it linked). */
export interface InlineQueue extends WriteQueue {
  readonly files: FilesWriter;
}

/** Writes each file at once, on this thread, through `wfs`. */
export function inlineQueue(wfs: WriteFs, root: string, destination: string, options: QueueOptions = {}): InlineQueue {
  const files = new FilesWriter(wfs, root, destination, options);
  let tickets = 0;
  return {
    files,
    put(rel, file) {
      files.writeAt(rel, file);
      return ++tickets;
    },
    waitFor: () => undefined,
    drain: async () => undefined,
    close: async () => undefined,
    stats: () => undefined,
  };
}

// The files' texts arrive in the thread's young generation, batch after batch: a larger one
// than V8's default (3 x 16 MB), as render workers get (render/parallel.ts), spares it scavenges.
export const WRITER_YOUNG_GENERATION_MB = 192;

// A one-off build may provide the thread before the engine loads (entries/build-threads.ts; the
// engine, engine.cjs, has its own copy of this module): the read-ahead thread, once the files are read.
const provided = processWide('providedWriterThread', (): { take?: () => Worker | undefined } => ({}));

/**
 * The thread the next threadQueue writes on, instead of one of its own: `take` gives it (a thread
 * that takes a WriterSetupMessage next, write-loop.ts), or undefined.
 */
export function writeOnThread(take: () => Worker | undefined): void {
  provided.take = take;
}

/** The thread provided, when there is one still running. */
function takeProvided(): Worker | undefined {
  const take = provided.take;
  provided.take = undefined;
  return take?.();
}

/** Writes on a writer thread; started at once (call it when there are enough files to be worth a thread). */
export function threadQueue(root: string, destination: string, options: QueueOptions = {}): WriteQueue {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const setup: WriterSetup = { root, destination, state: state.buffer as SharedArrayBuffer, failures: port2, ...options };
  let worker = takeProvided();
  if (worker) {
    worker.postMessage({ setup } satisfies WriterSetupMessage, [port2]);
  } else {
    const url = threadFile()!;
    log('write: thread started from %s', fileURLToPath(url));
    worker = new Worker(url, { workerData: setup, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: WRITER_YOUNG_GENERATION_MB } });
    // The thread keeps the process alive only while drain waits for it (a build that throws
    // before its finish or abort must not hang its process).
    worker.unref();
  }
  let crashed: unknown;
  worker.on('error', (e) => {
    crashed = e;
    Atomics.store(state, FAILED, 1);
  });
  let posted = 0;
  // Jobs not posted yet: the thread gets them a batch at a time (one message, one wake-up each).
  let batch: WriteJob[] = [];
  let batchChars = 0;
  const post = (): void => {
    if (batch.length === 0) return;
    worker.postMessage(batch);
    batch = [];
    batchChars = 0;
  };
  let failure: QueuedWriteError | undefined;
  let stopped: Promise<unknown> | undefined;
  let stats: WrittenStats | undefined;
  const check = (): void => {
    if (Atomics.load(state, FAILED) === 0) return;
    if (!failure) {
      const sent = receiveMessageOnPort(port1)?.message as WriteFailure | undefined;
      failure = sent
        ? new QueuedWriteError(sent.message, Object.assign(new Error(sent.cause.message), sent.cause))
        : new QueuedWriteError(`the writer thread stopped: ${crashed instanceof Error ? crashed.message : String(crashed)}`, crashed);
    }
    throw failure;
  };
  return {
    put(rel, file) {
      check();
      const copyFrom = copiedFrom(file);
      const job: WriteJob =
        file.symlink !== undefined ? { rel, contents: '', symlink: file.symlink } : copyFrom !== undefined ? { rel, contents: '', copyFrom } : { rel, contents: file.contents };
      batch.push(job);
      batchChars += job.contents.length;
      if (batch.length >= BATCH_FILES || batchChars >= BATCH_CHARS) post();
      return ++posted;
    },
    waitFor(ticket) {
      post();
      for (let done = Atomics.load(state, DONE); done < ticket; done = Atomics.load(state, DONE)) {
        check();
        // Woken by each file written and by a failure; the timeout only guards against a thread that died.
        Atomics.wait(state, DONE, done, 1000);
      }
    },
    async drain() {
      check();
      post();
      // The stats come with the thread's answer, asked for even when every file is written.
      if (Atomics.load(state, DONE) < posted || options.stats) {
        worker.postMessage(FLUSH);
        worker.ref();
        const answer = await Promise.race([once(worker, 'message'), once(worker, 'exit').then(() => undefined)]).catch(() => undefined);
        worker.unref();
        stats = (answer?.[0] as Flushed | undefined)?.stats;
      }
      check();
      if (Atomics.load(state, DONE) < posted) throw new QueuedWriteError('the writer thread stopped before writing every file', undefined);
    },
    close() {
      // What was not posted is not written: nothing is written after close.
      batch = [];
      port1.close();
      stopped ??= worker.terminate();
      return stopped.then(() => undefined);
    },
    stats: () => stats,
  };
}
