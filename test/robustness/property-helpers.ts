// Shared settings of the fast-check property tests: a fixed seed (fast-check prints it,
// with the counterexample's path, on failure; FC_SEED=... replays another), bounded runs,
// and the two promises checked on every input: only KyllErrors, and a time linear in size.
import fs from 'node:fs';
import fc from 'fast-check';
import { KyllError } from '../../lib/errors/index.js';

export const SEED = Number(process.env.FC_SEED ?? 20261201);

export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: true };
}

/** Generous on purpose (a loaded 2-core machine): 50 ms per KB of input plus a second. */
export function timeBoundMs(text: string): number {
  return 1000 + (50 * Buffer.byteLength(text)) / 1024;
}

/**
 * This thread's CPU time in ms where Linux tells it (/proc/thread-self/schedstat), else the wall
 * clock: a run is bounded by the work it does, not by the seconds the machine's other load took
 * the core from it (a 0-char input once "took" 2.7 s of wall at load 14).
 */
function threadMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return performance.now();
  }
}

/** Runs `fn`; fails on any error that is not a KyllError, or when it takes longer than the bound. */
export function checkRun(input: string, fn: () => unknown): void {
  const t = threadMs();
  try {
    fn();
  } catch (e) {
    if (!(e instanceof KyllError)) throw new Error(`threw ${(e as Error)?.name}: ${(e as Error)?.message} for input ${JSON.stringify(input)}`, { cause: e });
  }
  const ms = threadMs() - t;
  if (ms > timeBoundMs(input)) throw new Error(`took ${Math.round(ms)} ms (bound ${Math.round(timeBoundMs(input))}) for input of ${input.length} chars: ${JSON.stringify(input.slice(0, 300))}`);
}

/** Text made of `pieces` (the syntax of a language) and arbitrary characters. */
export function textOf(pieces: readonly string[], maxLength: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pieces) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
  );
  return fc.array(piece, { maxLength }).map((a) => a.join(''));
}
