// What the main thread and the read-ahead thread (read-ahead.ts, read-ahead-thread.ts) say to each other.
import type { MessagePort } from 'node:worker_threads';
import type { ThreadSetup } from '../render/markdown-thread.js';

/** The shared cells: posts the main thread has asked for so far, whether to stop, whether the thread waits on CONSUMED. */
export const CONSUMED = 0;
export const STOP = 1;
export const WAITING = 2;
export const CELLS = 3;

/** What the thread gets at its start. */
export interface AheadSetup {
  readonly state: SharedArrayBuffer;
  readonly results: MessagePort;
  /** Where the thread says it has started (entries/boot-gate.ts), when the build waits for it to raise V8's budget. */
  readonly gate?: SharedArrayBuffer;
  /** Whether the build will ask for hashes (its module is then loaded before the thread arrives at the gate). */
  readonly hashes?: boolean;
  /** The Markdown thread's work, which this thread runs too (render/markdown-thread.ts#hostedMarkdownThread). */
  readonly markdown?: ThreadSetup;
}

/** What the thread gets to do: read these files (absolute paths), in order; `stamps`: with their contentHash. */
export interface AheadJob {
  readonly files: readonly string[];
  readonly stamps: boolean;
}

/**
 * Files `first`, `first + 1`... as the thread read them: their bytes one after the other in
 * `bytes` (file k ends at `ends[k]`; -1: it could not be read, left to the main thread), their
 * stats as four numbers each (size, mtimeNs, ctimeNs, ino), their hashes when asked.
 */
export interface AheadBatch {
  readonly first: number;
  readonly ends: readonly number[];
  readonly bytes: ArrayBuffer;
  readonly stats: readonly bigint[];
  readonly hashes?: readonly string[];
}
