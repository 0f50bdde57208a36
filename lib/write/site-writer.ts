// Writing a site while it renders: each output goes into the staging folder
// beside the destination as soon as it is rendered (by the main thread or by a
// render worker), so that neither the text of 100,000 pages nor a burst of
// 100,000 writes waits for the end of the build; the finished folder is then
// swapped in as writeSite swaps (write-site.ts). Nothing is written into the
// destination itself before every output is rendered: a failed build removes
// the staging folder (abort) and leaves the destination as it was.
// Where a swap is impossible from the start (a mount point, no staging folder
// can be made, the destination is a file) the outputs are kept in memory and
// writeSite handles them at the end, with its warnings and errors, as before.
//
// Why a whole new folder each build rather than writing over the destination
// only the files that changed (bench/write-strategies.mjs, the 10,000-post
// blog's 10,010 outputs over an identical destination, 5 alternating runs on
// this shared 2-core machine at load 20+, wall | CPU ms):
//   swap (this)      19,352-70,353 | 2,078-6,366
//   in place, all    11,863-57,717 | 1,387-2,850
//   in place, skip     3,799-8,168 |   479-536   (sha1 against the last run's manifest)
// Skipping identical files is 4-10x cheaper for a rebuild that changes little,
// but the safety rule (nothing of a failed build reaches the destination) then
// needs the changed files staged and moved in one by one at the end, and a build
// stopped during that move leaves a mixed destination: not done yet. Writing
// as the posts render already takes the write stage off the end of the build
// (10,000 posts: 11-32 s → 0.6 s after rendering, on this loaded machine).
import path from 'node:path';
import { KyllError, aboutAnotherOutput } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';
import { removeLater } from './remove-later.js';
import { removeStaleStaging, stagingNames } from './staging.js';
import { sanitizedOutputPath } from './sanitize.js';
import { copiedFrom } from './copied-file.js';
import { FilesWriter, makeFolders, messageOf, nodeFs, unwritablePath } from './write-fs.js';
import { inlineQueue, threadQueue, writerThreadAvailable, type WriteQueue } from './write-queue.js';
import { removeQuietly, resolveDestination, statOrUndefined, swapIn, writeSite, type WriteOptions, type WriteReport } from './write-site.js';
import { writtenOutput, type NotedStats, type WrittenOutput } from './written-output.js';

export interface SiteWriter {
  /** The destination, resolved (a symlinked destination: the folder it points to). */
  readonly destination: string;
  /** The folder outputs are written into as they come (render workers write there too); undefined when they wait in memory for finish. */
  readonly staging: string | undefined;
  /** The current site, which outputs it holds byte for byte are linked from (reuse.ts); undefined for a new destination. */
  readonly previous: string | undefined;
  /**
   * How many outputs the build will write, once it knows: a build of fewer than
   * SMALL_BUILD writes them all on this thread (no writer thread).
   */
  expect(outputs: number): void;
  /** Writes one output (or keeps it for finish); returns it as the result lists it: read back from disk on demand once written. */
  write(file: OutputFile): OutputFile;
  /** An output another thread wrote into the staging folder, as the result lists it. */
  written(out: WrittenOutput): OutputFile;
  /** Once every output is written: puts the site in place of the destination (keep_files carried over). */
  /**
   * `signal`: Ctrl-C while the last files are still being written stops the build there: finish
   * throws the signal's reason before the swap, and abort removes the staging folder.
   */
  finish(keepFiles: readonly string[], signal?: AbortSignal): Promise<WriteReport>;
  /** The build failed: writing stops, the staging folder goes, the destination stays as it was. Nothing after finish. */
  abort(): Promise<void>;
}

export interface SiteWriterOptions extends Omit<WriteOptions, 'keepFiles'> {
  /**
   * Outputs written on this thread before the others go to a writer thread
   * (write-queue.ts); default 32, so that a small site does not start a thread.
   * Never with an injected `fs` (a thread cannot call it) nor from the TypeScript sources.
   */
  threadAfter?: number;
  /** Have the writer thread note what it wrote (sizes and times, write-queue.ts#WrittenStats) for a warm record. */
  recordStats?: boolean;
}

/** Outputs written on this thread before a writer thread takes over. */
const THREAD_AFTER = 32;
/**
 * A build with fewer outputs than this writes them all on this thread: the
 * writer thread costs ~0.1 s of CPU to start (a Node worker, its bundle), ~0.1 s
 * of wall on a busy 2-core machine before it writes anything, and the build's
 * end waits for it. Measured with farm-bench, 9 pairs, `kyll build` of the
 * themed 100-post blog (136 outputs in 262 folders): CPU 0.61 → 0.48 s, wall
 * 0.46 → 0.42 s to /dev/shm, CPU 0.68 → 0.56 s to ext4; at 1,000 posts the
 * thread still pays in wall (1.1x).
 */
export const SMALL_BUILD = 256;

/** Opens the writer of a build that writes to `destination` (removing stale staging folders of earlier builds first). */
export function openSiteWriter(destination: string, options: SiteWriterOptions = {}): SiteWriter {
  const wfs = options.fs ?? nodeFs;
  const dest = resolveDestination(wfs, destination);
  const background = options.removePrevious === 'background';
  const existing = statOrUndefined(wfs, dest);
  const parent = statOrUndefined(wfs, path.dirname(dest));
  // A file in the way, a mount point: writeSite says so, or writes in place, at the end.
  if (existing && (!existing.isDirectory() || (parent && existing.dev !== parent.dev))) return inMemory(destination, options);
  removeStaleStaging(wfs, dest, background ? removeLater : undefined, options.source);
  const { staging, retired } = stagingNames(dest);
  try {
    makeFolders(wfs, staging);
  } catch {
    return inMemory(destination, options);
  }
  let threadAfter = options.fs === undefined && writerThreadAvailable() ? (options.threadAfter ?? THREAD_AFTER) : Infinity;
  // Unchanged outputs are linked from the current site (not through an injected fs: its tests count the writes).
  const previous = existing && options.fs === undefined ? dest : undefined;
  const inline = inlineQueue(wfs, staging, dest, { previous });
  let queue: WriteQueue = inline;
  let threaded = false;
  let inlineCount = 0;
  const all: OutputFile[] = [];
  let folder = staging;
  let open = true;
  const noted: NotedStats = {};
  const written = (out: WrittenOutput, ready?: () => void): OutputFile => {
    const file = writtenOutput(out, ready ? () => (ready(), folder) : () => folder, noted);
    all.push(file);
    return file;
  };
  return {
    destination: dest,
    staging,
    previous,
    expect(outputs) {
      if (outputs < SMALL_BUILD && options.threadAfter === undefined) threadAfter = Infinity;
    },
    write(file) {
      const rel = sanitizedOutputPath(file.path, dest);
      const unwritable = unwritablePath(rel, file.url, all.length);
      if (unwritable) throw writeErrorOf(unwritable, dest);
      if (!threaded && inlineCount >= threadAfter) {
        queue = threadQueue(staging, dest, { previous, made: inline.files.folders, stats: options.recordStats === true });
        threaded = true;
      }
      let ticket: number;
      try {
        ticket = queue.put(rel, file);
      } catch (e) {
        // (the writer thread's failure is an earlier file's, which its message names)
        throw threaded ? aboutAnotherOutput(writeErrorOf(e, dest)) : writeErrorOf(e, dest);
      }
      if (!threaded) inlineCount++;
      const q = queue;
      // An unmeasured text (NaN, outputs.ts#unmeasuredTextFile) is measured on disk when asked, as is a copied file (unread here).
      const copied = copiedFrom(file) !== undefined;
      const size = copied || Number.isNaN(file.size) ? undefined : file.size;
      const out = { path: rel, url: file.url, size, text: !copied && typeof file.contents === 'string', ...(file.symlink !== undefined ? { symlink: file.symlink } : {}) };
      // Read back before the writer thread wrote it: wait for its write (or its failure).
      return written(out, threaded ? () => waitOrThrow(q, ticket, dest) : undefined);
    },
    written: (out) => written(out),
    async finish(keepFiles, signal) {
      try {
        await untilAborted(queue.drain(), signal);
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        throw writeErrorOf(e, dest);
      }
      signal?.throwIfAborted();
      await queue.close();
      open = false;
      const report = swapIn({ wfs, dest, staging, retired, keep: keepFiles, background, diagnostics: [], files: () => all });
      folder = report.folder;
      // Written in place instead, the thread's stats are not those of the files in place.
      const stats = report.mode === 'swap' ? queue.stats() : undefined;
      if (stats) noted.stats = report.carried ? { files: stats.files, folders: new Map() } : stats;
      return report;
    },
    async abort() {
      if (!open) return;
      open = false;
      // Nothing is written after this (the file being written is finished), then the folder goes.
      await queue.close();
      removeQuietly(wfs, staging);
    },
  };
}

/** `work`, or the signal's reason as soon as it is aborted (the work goes on; abort stops it). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  work.catch(() => undefined);
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

function waitOrThrow(queue: WriteQueue, ticket: number, dest: string): void {
  try {
    queue.waitFor(ticket);
  } catch (e) {
    throw aboutAnotherOutput(writeErrorOf(e, dest));
  }
}

/** The outputs wait in memory and writeSite writes them at the end (in place, or the error it reports). */
function inMemory(destination: string, options: SiteWriterOptions): SiteWriter {
  const all: OutputFile[] = [];
  return {
    destination: path.resolve(destination),
    staging: undefined,
    previous: undefined,
    expect: () => undefined,
    write(file) {
      all.push(file);
      return file;
    },
    written() {
      throw new Error('internal: no staging folder to write into');
    },
    finish: async (keepFiles) => writeSite(destination, all, { ...options, keepFiles }),
    abort: async () => undefined,
  };
}

/** Writes `file` under a staging folder (main thread or render worker); a failure is a WRITE_ERROR that leaves the destination alone. */
export function writeOrThrow(files: FilesWriter, file: OutputFile, dest: string): string {
  try {
    return files.write(file);
  } catch (e) {
    throw writeErrorOf(e, dest);
  }
}

/** A failed write into the staging folder (its message names the file), as the build reports it. */
function writeErrorOf(e: unknown, dest: string): KyllError {
  const cause = (e as { original?: unknown }).original ?? e;
  return new KyllError('WRITE_ERROR', `Could not write the site to ${dest}: ${messageOf(e)}; the destination was left as it was.`, {}, { cause });
}
