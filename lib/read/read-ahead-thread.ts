// The read-ahead thread (read-ahead.ts): reads the files it is given, in order,
// each as the fs source reads it (open, fstat, read to the end, close), and posts
// them in small batches. It skips the files the main thread has come to, and stays
// at most MAX_LEAD files ahead of it, so that a big site is never held in memory whole.
import fs from 'node:fs';
import { workerData, parentPort } from 'node:worker_threads';
import { debugLog } from '../entries/debug-log.js';
import { contentHash } from '../build/content-hash.js';
import { arriveAtGate } from '../entries/boot-gate.js';
import { serveWrites, type WriterSetupMessage } from '../write/write-loop.js';
import { CONSUMED, STOP, WAITING, type AheadBatch, type AheadJob, type AheadSetup } from './read-ahead-protocol.js';
import { cachedMarkdownWork, runCachedMarkdownWork } from '../render/markdown-work-cached.js';
import type { ThreadSetup } from '../render/markdown-thread.js';

const setup = workerData as AheadSetup;
const log = debugLog('kyll');
const state = new Int32Array(setup.state);
const MAX_LEAD = 256;
// A batch goes after this many files or bytes (a message, a wake-up of the main thread's port).
const BATCH_FILES = 8;
const BATCH_BYTES = 1 << 18;

let scratch = Buffer.allocUnsafeSlow(1 << 18);
let used = 0;

/** The file's bytes appended to `scratch` and its stat, or undefined when it cannot be read. */
function readInto(file: string): fs.BigIntStats | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  const start = used;
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    // Until a read comes back empty: the file may have grown since its stat.
    for (;;) {
      if (used === scratch.length) {
        const grown = Buffer.allocUnsafeSlow(scratch.length * 2);
        scratch.copy(grown, 0, 0, used);
        scratch = grown;
      }
      const got = fs.readSync(fd, scratch, used, scratch.length - used, null);
      if (got === 0) return stat;
      used += got;
    }
  } catch {
    used = start;
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function run(job: AheadJob): void {
  let first = 0;
  let ends: number[] = [];
  let stats: bigint[] = [];
  let hashes: string[] = [];
  const flush = (): void => {
    if (ends.length > 0) {
      const bytes = new ArrayBuffer(used);
      new Uint8Array(bytes).set(scratch.subarray(0, used));
      const batch: AheadBatch = { first, ends, bytes, stats, ...(job.stamps ? { hashes } : {}) };
      setup.results.postMessage(batch, [bytes]);
    }
    used = 0;
    ends = [];
    stats = [];
    hashes = [];
  };
  for (let i = 0; i < job.files.length; i++) {
    if (Atomics.load(state, STOP) !== 0) return;
    let consumed = Atomics.load(state, CONSUMED);
    if (i < consumed) {
      flush();
      i = consumed;
      if (i >= job.files.length) break;
    }
    while (i - consumed >= MAX_LEAD) {
      flush();
      Atomics.store(state, WAITING, 1);
      Atomics.wait(state, CONSUMED, consumed, 50);
      Atomics.store(state, WAITING, 0);
      if (Atomics.load(state, STOP) !== 0) return;
      consumed = Atomics.load(state, CONSUMED);
    }
    if (ends.length === 0) first = i;
    const start = used;
    const stat = readInto(job.files[i]!);
    if (stat === undefined) {
      ends.push(-1);
      stats.push(0n, 0n, 0n, 0n);
      hashes.push('');
    } else {
      ends.push(used);
      stats.push(stat.size, stat.mtimeNs, stat.ctimeNs, stat.ino);
      hashes.push(job.stamps ? contentHash(scratch.subarray(start, used)) : '');
    }
    if (ends.length >= BATCH_FILES || used >= BATCH_BYTES) flush();
  }
  flush();
}

// Its job first; then, where the build gives it the writer's work once its files are read
// (read-ahead.ts#release), the writer's setup: from then on it writes (write/write-loop.ts).
parentPort!.on('message', function role(message: AheadJob | WriterSetupMessage) {
  if ('setup' in message) {
    parentPort!.off('message', role);
    serveWrites(message.setup);
  } else run(message);
});
// Started: the module of its hashes loaded now, before the build raises V8's budget (entries/boot-gate.ts).
if (setup.gate && setup.hashes) process.getBuiltinModule('node:crypto');
// The Markdown thread's work, when this thread hosts it, arrives at the gate once its code is loaded.
if (setup.markdown) hostMarkdown(setup.markdown);
else arriveAtGate(setup.gate);

function hostMarkdown(markdown: ThreadSetup): void {
  // Arrived once, whatever happens: a failed load leaves every text to the main thread (none is claimed here).
  let arrived = false;
  const arrive = (): void => {
    if (!arrived) arriveAtGate(markdown.gate);
    arrived = true;
  };
  const failed = (e: unknown): void => {
    arrive();
    log('markdown: not converted on the read-ahead thread: %s', e instanceof Error ? e.message : String(e));
  };
  const file = cachedMarkdownWork();
  if (file !== undefined) {
    try {
      runCachedMarkdownWork(markdown, file, arrive);
    } catch (e) {
      failed(e);
    }
    return;
  }
  // tsc's output (no bundle beside it): the work's ES module.
  import(String(new URL('../render/markdown-work.js', import.meta.url))).then((work: typeof import('../render/markdown-work.js')) => {
    arrive();
    work.runMarkdownThread(markdown);
  }, failed);
}
