// A render worker (parallel.ts): the engine, loaded as the main thread loads it
// (entries/engine-loader.ts: engine.cjs with the V8 code cache of earlier
// builds, so that this thread neither parses nor compiles again the functions
// those builds ran), then its task (worker-run.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine } from '../entries/engine-loader.js';
import { adoptInterruptBudget } from '../entries/tier-up.js';
import type { WorkerTask } from './parallel.js';
import { traceThread } from './thread-trace.js';

traceThread('started');

// The engine's code cache of the main thread's choice of interrupt budget (entries/tier-up.ts).
adoptInterruptBudget((workerData as WorkerTask).tierUp === true);
const engine = await loadEngine();
traceThread('engine');
parentPort?.postMessage(await engine.runRenderWorker(workerData as WorkerTask));
