// The writer's work on its thread (write-queue.ts): makes the folders and writes the files
// this build's main thread posts (in batches), in the order posted, counting
// them in shared memory. After a failure it writes nothing more and says which file failed.
// Its setup comes with its start (writer-thread.ts), or as a message to the read-ahead thread
// once the build's files are read (read/read-ahead.ts#release).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { DONE, FAILED, FLUSH, type Flushed, type WriteFailure, type WriteJob, type WriterSetup } from './write-queue.js';
import { traceThread } from '../render/thread-trace.js';
import { FilesWriter, messageOf, nodeFs, WriteProgressError } from './write-fs.js';
import { utf8Bytes } from './utf8-bytes.js';

let setup: WriterSetup;
let state: Int32Array;
// With `stats`: each file's lstat right after its write, each folder's after the batch that last added to it.
const fileStats = new Map<string, readonly [number, number]>();
const folderTimes = new Map<string, number>();
const touched = new Set<string>();
let files: FilesWriter;
// The folders FilesWriter makes are path.join(root, ...): below the root, they start with it.
let rootPrefix: string;
let failed = false;

function begin(given: WriterSetup): void {
  setup = given;
  state = new Int32Array(setup.state);
  files = new FilesWriter(nodeFs, setup.root, setup.destination, {
    previous: setup.previous,
    made: setup.made,
    ...(setup.stats ? { entryAdded: (folder: string) => touched.add(folder) } : {}),
  });
  rootPrefix = path.join(setup.root, path.sep);
}

function failureOf(e: unknown): WriteFailure {
  const original = (e instanceof WriteProgressError ? (e.original ?? e) : e) as Record<string, unknown>;
  const cause: Record<string, unknown> = { message: messageOf(original) };
  for (const key of ['code', 'errno', 'syscall', 'path']) if (original?.[key] !== undefined) cause[key] = original[key];
  return { message: messageOf(e), cause: cause as WriteFailure['cause'] };
}

/** A writer's setup, as a message (see above). */
export interface WriterSetupMessage {
  readonly setup: WriterSetup;
}

/** Writes what this thread is posted from now on: with `given`, or from the setup that comes first. */
export function serveWrites(given?: WriterSetup): void {
  if (given) begin(given);
  parentPort!.on('message', (jobs: WriteJob[] | typeof FLUSH | WriterSetupMessage) => {
    if (jobs !== FLUSH && !Array.isArray(jobs)) return begin(jobs.setup);
    if (jobs === FLUSH) {
      traceThread('writer flushed');
      const answer: Flushed = setup.stats && !failed ? { stats: { files: fileStats, folders: folderTimes } } : {};
      parentPort!.postMessage(answer);
      return;
    }
    for (const job of jobs) write(job);
    if (setup.stats) statFolders();
  });
}

function statFolders(): void {
  for (const folder of touched) {
    if (!folder.startsWith(rootPrefix)) continue; // the root itself: looked at after the swap
    const rel = path.sep === '/' ? folder.slice(rootPrefix.length) : folder.slice(rootPrefix.length).split(path.sep).join('/');
    const st = fs.lstatSync(folder, { throwIfNoEntry: false });
    if (st) folderTimes.set(rel, st.mtimeMs);
    else folderTimes.delete(rel);
  }
  touched.clear();
}

function write(job: WriteJob): void {
  if (failed) return;
  try {
    // A static file (copied-file.ts) is copied here, off the rendering thread, in the kernel (static-copy.ts).
    if (job.copyFrom !== undefined) files.copyAt(job.rel, job.copyFrom);
    else {
      const contents = typeof job.contents === 'string' ? utf8Bytes(job.contents) : job.contents;
      files.writeAt(job.rel, job.symlink !== undefined ? { contents, symlink: job.symlink } : { contents });
    }
  } catch (e) {
    failed = true;
    setup.failures.postMessage(failureOf(e));
    Atomics.store(state, FAILED, 1);
    Atomics.notify(state, DONE);
    return;
  }
  if (setup.stats) {
    const st = fs.lstatSync(path.join(setup.root, job.rel), { throwIfNoEntry: false });
    if (st) fileStats.set(job.rel, [st.size, st.mtimeMs]);
    else fileStats.delete(job.rel);
  }
  Atomics.add(state, DONE, 1);
  Atomics.notify(state, DONE);
}
