// The writer thread (write-queue.ts): makes the folders and writes the files
// this build's main thread posts (in batches), in the order posted, counting
// them in shared memory. After a failure it writes nothing more and says which file failed.
import { parentPort, workerData } from 'node:worker_threads';
import { DONE, FAILED, FLUSH, type WriteFailure, type WriteJob, type WriterSetup } from './write-queue.js';
import { FilesWriter, messageOf, nodeFs, WriteProgressError } from './write-fs.js';

const setup = workerData as WriterSetup;
const state = new Int32Array(setup.state);
const files = new FilesWriter(nodeFs, setup.root, setup.destination, { previous: setup.previous, made: setup.made });
let failed = false;

function failureOf(e: unknown): WriteFailure {
  const original = (e instanceof WriteProgressError ? (e.original ?? e) : e) as Record<string, unknown>;
  const cause: Record<string, unknown> = { message: messageOf(original) };
  for (const key of ['code', 'errno', 'syscall', 'path']) if (original?.[key] !== undefined) cause[key] = original[key];
  return { message: messageOf(e), cause: cause as WriteFailure['cause'] };
}

parentPort!.on('message', (jobs: WriteJob[] | typeof FLUSH) => {
  if (jobs === FLUSH) {
    parentPort!.postMessage(FLUSH);
    return;
  }
  for (const job of jobs) write(job);
});

function write(job: WriteJob): void {
  if (failed) return;
  try {
    files.writeAt(job.rel, job.symlink !== undefined ? { contents: job.contents, symlink: job.symlink } : job);
  } catch (e) {
    failed = true;
    setup.failures.postMessage(failureOf(e));
    Atomics.store(state, FAILED, 1);
    Atomics.notify(state, DONE);
    return;
  }
  Atomics.add(state, DONE, 1);
  Atomics.notify(state, DONE);
}
