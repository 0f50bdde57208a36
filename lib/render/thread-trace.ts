// NODE_DEBUG=kyll-threads: each thread's CPU and the wall clock at each step of a
// build (read, render, the workers' engine, decode, prepareBuild...), one line a step,
// so that what a render worker costs and saves can be measured in one run
// (parallel.ts keeps the numbers). CPU from /proc/thread-self/schedstat (Linux).
import fs from 'node:fs';
import { debuglog } from 'node:util';
import { isMainThread, threadId } from 'node:worker_threads';

const log = debuglog('kyll-threads');

/** Notes `step` on this thread (nothing unless NODE_DEBUG names kyll-threads). */
export function traceThread(step: string): void {
  if (!log.enabled) return;
  const wall = performance.timeOrigin + performance.now();
  log(`${isMainThread ? 'main' : `worker ${threadId}`} ${step}: cpu ${threadCpuMs().toFixed(0)} ms, at ${(wall % 1e6).toFixed(0)}`);
}

function threadCpuMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
