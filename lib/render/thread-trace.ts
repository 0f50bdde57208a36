// NODE_DEBUG=kyll-threads: each thread's CPU and the wall clock at each step of a
// build (read, render, the workers' engine, decode, prepareBuild...), one line a step,
// so that what a render worker costs and saves can be measured in one run
// (parallel.ts keeps the numbers). CPU from /proc/thread-self/schedstat, and the
// thread's minor page faults from /proc/thread-self/stat (Linux): on this VM a fault
// costs ~10 µs, and a 1,000-post build makes ~33,000 of them.
import fs from 'node:fs';
import { debugLog } from '../entries/debug-log.js';
import { isMainThread, threadId } from 'node:worker_threads';

const log = debugLog('kyll-threads');

/** Notes `step` on this thread (nothing unless NODE_DEBUG names kyll-threads). */
export function traceThread(step: string): void {
  if (!log.enabled) return;
  const wall = performance.timeOrigin + performance.now();
  log(`${isMainThread ? 'main' : `worker ${threadId}`} ${step}: cpu ${threadCpuMs().toFixed(0)} ms, faults ${threadFaults()}, at ${(wall % 1e6).toFixed(0)}`);
}

function threadCpuMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

function threadFaults(): number {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt...
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return NaN;
  }
}
