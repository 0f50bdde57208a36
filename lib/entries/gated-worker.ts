// A thread that takes turns at the build's boot gate (boot-gate.ts#underStartFlags: the Markdown
// work's code cache is made in such a turn). Terminated, a thread runs no `finally`: a turn it
// held would stay taken, and the main thread's own turn at exit (the engine's code cache, a first
// build) would wait for it. So its termination gives the turn up first (forfeitTurn).
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { forfeitTurn, type BootGate } from './boot-gate.js';

export class GatedWorker extends Worker {
  readonly #gate: BootGate | undefined;
  readonly #id: number;

  constructor(url: string | URL, options: WorkerOptions, gate: BootGate | undefined) {
    super(url, options);
    this.#gate = gate;
    // (read now: a Worker's threadId is -1 once its thread has stopped)
    this.#id = this.threadId;
  }

  override terminate(): Promise<number> {
    forfeitTurn(this.#gate, this.#id);
    return super.terminate();
  }
}
