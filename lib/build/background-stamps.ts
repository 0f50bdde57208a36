// A cold build that leaves a warm record stamps, at its end, every file it did not read whole:
// the static files the writer copied (a blog's images) and the files of excluded folders. On a
// blog with 177 MB of such files that was ~0.45 s of hashing on the rendering thread after
// everything else (thoughtram: 2.18 s against 1.73 s with the cache off). Those files are known,
// with their signatures, when the build starts (warm-start.ts#warmAfterBuild), and nothing in
// the build changes them: a thread of their own hashes the big ones on the second core while
// the site is read and rendered. At the end warmKey takes each file's stamp from the thread
// (a file it already hashed), or takes the file from it and hashes it itself (one it has not
// come to), so that neither waits for the other but on the one file the thread is hashing.
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import { Worker } from 'node:worker_threads';
import { signatureSize } from './file-signature.js';
import type { Source } from '../source/source.js';
import type { FileStamp } from './warm-key.js';
import { DONE, DONE_DASHES, HASH_BYTES, HASHING, HEADER_CELLS, MAIN, PENDING, SKIPPED, STOP, type StampSetup } from './stamp-protocol.js';

/** Files from this size up are hashed on the thread (smaller ones cost more to hand over than to hash). */
export const BACKGROUND_MIN_FILE = 64 * 1024;
/** The thread starts when the files it would hash add up to this many bytes (a thread costs ~30 ms of CPU to start). */
export const BACKGROUND_MIN_TOTAL = 8 * 1024 * 1024;
// How long the main thread waits for the one file the thread is hashing before hashing it itself.
const WAIT_MS = 5000;

// The thread's code: dist/bundle/stamp-thread.cjs (scripts/bundle.mjs), beside tsc's output stamp-thread.js.
const THREAD_URLS = [new URL('./stamp-thread.cjs', import.meta.url), new URL('./stamp-thread.js', import.meta.url)];
const log = debugLog('kyll');

/** A file a build may have to stamp: its warm-record id, absolute path and signature when the build started. */
export interface StampCandidate {
  readonly id: string;
  readonly path: string;
  readonly signature: string;
}

export interface BackgroundStamps {
  /**
   * The file's stamp as the thread took it, when the thread hashed it and `signature` is the one it
   * had when the build started; undefined (the caller hashes it) otherwise. A file the thread has
   * not come to yet is taken from it.
   */
  stamp(id: string, signature: string): FileStamp | undefined;
  /** Files the thread is through with so far, hashed or skipped (for tests). */
  settled(): number;
  /** Ends the thread (the build is over, or failed). */
  stop(): void;
}

/** Files of a source with their signatures when the build started, by warm-record id (`label:path`). */
export interface SignedFiles {
  readonly label: string;
  readonly source: Pick<Source, 'absolute'>;
  readonly signatures: Readonly<Record<string, string>>;
}

/** The big files among these, when they are worth a thread (none otherwise). */
export function backgroundCandidates(groups: readonly SignedFiles[]): StampCandidate[] {
  const out: StampCandidate[] = [];
  let total = 0;
  for (const { label, source, signatures } of groups) {
    for (const [id, sig] of Object.entries(signatures)) {
      const size = signatureSize(sig);
      if (size < BACKGROUND_MIN_FILE) continue;
      const abs = source.absolute?.(id.slice(label.length + 1));
      if (abs === undefined) continue;
      out.push({ id, path: abs, signature: sig });
      total += size;
    }
  }
  return total >= BACKGROUND_MIN_TOTAL ? out : [];
}

/** Starts hashing `files` on a thread of their own: undefined with none, on one core, or without the compiled thread code. */
export function startBackgroundStamps(files: readonly StampCandidate[], cores = os.availableParallelism()): BackgroundStamps | undefined {
  if (files.length === 0 || cores < 2) return undefined;
  const url = THREAD_URLS.find((u) => fs.existsSync(fileURLToPath(u)));
  if (url === undefined) return undefined;
  const state = new SharedArrayBuffer((HEADER_CELLS + files.length) * 4);
  const hashes = new SharedArrayBuffer(files.length * HASH_BYTES);
  const setup: StampSetup = { files: files.map((f) => f.path), signatures: files.map((f) => f.signature), state, hashes };
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: setup });
  } catch {
    return undefined;
  }
  log('stamps: thread started from %s for %d files', fileURLToPath(url), files.length);
  // It never keeps the process alive; should it fail, every file it did not finish is hashed here.
  worker.unref();
  worker.on('error', () => undefined);
  const header = new Int32Array(state, 0, HEADER_CELLS);
  const status = new Int32Array(state, HEADER_CELLS * 4, files.length);
  const bytes = new Uint8Array(hashes);
  const index = new Map(files.map((f, i) => [f.id, i]));
  let stopped = false;
  const done = (s: number): boolean => s === DONE || s === DONE_DASHES;
  return {
    stamp(id, signature) {
      const i = index.get(id);
      if (i === undefined || files[i]!.signature !== signature) return undefined;
      let s = Atomics.compareExchange(status, i, PENDING, MAIN);
      if (s === HASHING) {
        Atomics.wait(status, i, HASHING, WAIT_MS);
        s = Atomics.load(status, i);
      }
      if (!done(s)) return undefined;
      return [signature, Buffer.from(bytes.buffer, i * HASH_BYTES, HASH_BYTES).toString('base64'), s === DONE_DASHES];
    },
    settled() {
      let n = 0;
      for (let i = 0; i < files.length; i++) {
        const s = Atomics.load(status, i);
        if (done(s) || s === SKIPPED) n++;
      }
      return n;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      Atomics.store(header, STOP, 1);
      void worker.terminate();
    },
  };
}
