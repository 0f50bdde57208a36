// Long synchronous work (the read of a site) written as a generator that yields at cheap points,
// after each file: run to the end at once (runSteps), or by a build that a signal can stop, with
// a turn of the event loop now and then (render/yield-point.ts#runStepsPausing). A synchronous
// loop cannot see a signal: Node runs its handler only once the loop has ended.

/** Work that yields between its steps and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
