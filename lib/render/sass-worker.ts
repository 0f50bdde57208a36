// The Sass thread: instantiates libsass as soon as it starts, then compiles the jobs
// the main thread sends ({ id, job } → { id, result }). See sass-thread.ts.
import { parentPort } from 'node:worker_threads';
import { runLibsass, type SassJob } from './libsass.js';

// Compiling and instantiating libsass.wasm: before the first job arrives.
void runLibsass({ files: [], text: '', options: { style: 'compact' } });
parentPort?.on('message', ({ id, job }: { id: number; job: SassJob }) => {
  runLibsass(job).then(
    (result) => parentPort!.postMessage({ id, result }),
    (e: unknown) => parentPort!.postMessage({ id, result: { status: 1, message: String(e), formatted: `Error: ${String(e)}` } }),
  );
});
