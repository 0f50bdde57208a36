// What the main thread and the background stamping thread (background-stamps.ts,
// stamp-thread.ts) share: one Int32 cell to stop, one status cell a file, 20 bytes a file for
// its SHA-1. A status moves from PENDING to HASHING (the thread took the file) or MAIN (the
// main thread took it), then to DONE, DONE_DASHES (the file starts with `---`) or SKIPPED (not
// the file the main thread saw when the build started). The hash bytes are written before the
// status, which publishes them (Atomics).

export const STOP = 0;
export const HEADER_CELLS = 1;

export const PENDING = 0;
export const HASHING = 1;
export const MAIN = 2;
export const DONE = 3;
export const DONE_DASHES = 4;
export const SKIPPED = 5;

export const HASH_BYTES = 20;

/** What the thread gets at its start. */
export interface StampSetup {
  /** The files to hash, absolute paths, in order. */
  readonly files: readonly string[];
  /** Their signatures when the build started (file-signature.ts): a file that no longer has it is skipped. */
  readonly signatures: readonly string[];
  /** HEADER_CELLS then one Int32 status a file. */
  readonly state: SharedArrayBuffer;
  /** HASH_BYTES a file. */
  readonly hashes: SharedArrayBuffer;
}
