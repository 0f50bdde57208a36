// A long render gives the event loop a turn every ~50 ms when its caller can stop it (an
// AbortSignal: the CLI's on SIGINT and SIGTERM), so that the signal is handled promptly and the
// build stops at the next turn: its staging folder is removed and the destination stays as it was
// (site-writer.ts#abort). Without a signal the render never waits (nothing could stop it).
// The read of the site pauses the same way between the files it reads (runStepsPausing).
import type { Steps } from '../site/steps.js';

/** How long the render runs between turns of the event loop. */
export const YIELD_EVERY_MS = 50;

/** Call at each step of a loop: undefined to go on at once, or a promise to await (a turn of the event loop) that rejects once aborted. */
export type YieldPoint = () => Promise<void> | undefined;

export function yieldPoint(signal: AbortSignal | undefined, everyMs = YIELD_EVERY_MS): YieldPoint {
  if (signal === undefined) return () => undefined;
  let last = performance.now();
  return () => {
    signal.throwIfAborted();
    const now = performance.now();
    if (now - last < everyMs) return undefined;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      last = performance.now();
      signal.throwIfAborted();
    });
  };
}

/** Runs work written as steps (site/steps.ts), pausing between them: rejects once aborted. */
export async function runStepsPausing<T>(steps: Steps<T>, pause: YieldPoint): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    const turn = pause();
    if (turn) await turn;
  }
}
