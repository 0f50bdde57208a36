// The Sass thread: instantiates libsass when told to warm up, then compiles the jobs
// the main thread sends ({ id, job } → { id, result }). See sass-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { runLibsass, type SassJob } from './libsass.js';
import { keepWasmTiers } from './wasm-baseline.js';
import { arriveAtGate, type BootGate } from '../entries/boot-gate.js';

export type SassThreadMessage = { warm: true; keepTiers: boolean } | { id: number; job: SassJob };
/** What the thread is given when it starts. */
export interface SassThreadSetup {
  /** The one-off build's boot gate: the thread arrives once its code is loaded (entries/boot-gate.ts). */
  readonly gate?: BootGate;
}

arriveAtGate((workerData as SassThreadSetup | null)?.gate);

parentPort?.on('message', (message: SassThreadMessage) => {
  if ('warm' in message) {
    // Compiling and instantiating libsass.wasm before the first job arrives; sent once the
    // engine is loaded, since libsass's calls change V8's flags (wasm-baseline.ts).
    keepWasmTiers(message.keepTiers);
    void runLibsass({ files: [], text: '', options: { style: 'compact' } });
    return;
  }
  const { id, job } = message;
  runLibsass(job).then(
    (result) => parentPort!.postMessage({ id, result }),
    (e: unknown) => parentPort!.postMessage({ id, result: { status: 1, message: String(e), formatted: `Error: ${String(e)}` } }),
  );
});
