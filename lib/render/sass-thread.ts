// libsass on its own thread, started as soon as a build knows it has Sass to
// compile: instantiating libsass.wasm and compiling then happen while this
// thread renders posts and pages, instead of after them. Only from
// the compiled package (the worker is a .js file) and when the Sass cache
// cannot already answer; otherwise libsass runs on the main thread, lazily.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import { Worker } from 'node:worker_threads';
import type { SassJob, SassResult, SassRunner } from './libsass.js';
import type { SassThreadMessage, SassThreadSetup } from './sass-worker.js';
import type { BootGate } from '../entries/boot-gate.js';
import { sassDiskCache } from './sass-cache.js';
import { processWide } from '../entries/shared-class.js';

// The thread's code: in the package, dist/bundle/sass-worker.cjs (scripts/bundle.mjs), a CommonJS
// file, so that the thread starts without Node's ES module loader (about 8 ms of CPU less);
// beside tsc's output, sass-worker.js.
const WORKER_URLS = [new URL('./sass-worker.cjs', import.meta.url), new URL('./sass-worker.js', import.meta.url)];
const log = debugLog('kyll');

export interface SassThread {
  readonly run: SassRunner;
  /**
   * Loads libsass now. Called once the engine is loaded in this thread: libsass's calls set V8
   * flags for the whole process, and an engine loaded meanwhile would reject its code cache.
   * With render workers (which load the engine as they start), libsass keeps V8's tiers.
   */
  warm(renderWorkers: boolean): void;
  /** Ends the thread (after the build's last page). */
  stop(): void;
}

/**
 * Starts the Sass thread. With `gate` (a one-off build raising V8's budget, entries/boot-gate.ts),
 * the thread is one of the parties the raise waits for: started before it, the thread's own
 * start-up (Node's built-in modules) loads from Node's code cache instead of being compiled anew.
 */
export function startSassThread(gate?: BootGate): SassThread | undefined {
  const url = WORKER_URLS.find((u) => fs.existsSync(fileURLToPath(u)));
  if (url === undefined) return undefined;
  log('sass: thread started from %s', fileURLToPath(url));
  const worker = new Worker(url, { workerData: { gate } satisfies SassThreadSetup });
  // A build that never asks (all its Sass failed Liquid first) must not wait for the thread.
  worker.unref();
  const pending = new Map<number, { resolve: (r: SassResult) => void; reject: (e: unknown) => void }>();
  let next = 0;
  let warmed = false;
  let failure: unknown;
  const fail = (e: unknown): void => {
    failure = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', ({ id, result }: { id: number; result: SassResult }) => {
    pending.get(id)?.resolve(result);
    pending.delete(id);
  });
  worker.on('error', fail);
  // A thread that dies of an error (libsass.wasm missing) exits next: keep that error, the cause.
  worker.on('exit', (code) => fail(failure ?? new Error(`the Sass thread stopped with exit code ${code}`)));
  return {
    run: (job: SassJob) =>
      new Promise<SassResult>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, job } satisfies SassThreadMessage);
      }).finally(() => {
        if (pending.size === 0) worker.unref();
      }),
    warm: (renderWorkers: boolean) => {
      if (warmed) return;
      warmed = true;
      worker.postMessage({ warm: true, keepTiers: renderWorkers } satisfies SassThreadMessage);
    },
    stop: () => void worker.terminate(),
  };
}

/**
 * The property under which the library's renderSite (entries/engine.ts) hands
 * the engine's renderSite a Sass thread it started before loading the engine
 * (two bundles, one symbol). Not part of the options' type.
 */
export const EARLY_SASS: unique symbol = Symbol.for('kyll.earlySassThread') as never;

/**
 * A Sass thread started before the site is read, when the site folder seems to
 * have Sass that the cache (in its default folder) cannot answer yet; the build
 * decides later from what it read and ends the thread if it has no use for it.
 */
export function startEarlySassThread(source: string, gate?: BootGate): SassThread | undefined {
  const taken = parking.parked;
  if (taken !== undefined && taken.source === path.resolve(source)) {
    parking.parked = undefined;
    return taken.thread;
  }
  return sassDiskCache(source, {})?.empty() !== false && looksLikeSassSite(source) ? startSassThread(gate) : undefined;
}

// One for the process: the `kyll` command (cli/launch-engine.ts, in bin.cjs) parks the thread before it
// loads the engine (engine.cjs, with its own copy of this module), whose build takes it over.
const parking = processWide('parkedSassThread', (): { parked?: { readonly source: string; readonly thread: SassThread | undefined } } => ({}));

/**
 * Starts the early Sass thread for a build of `source` that is about to be
 * asked for, before anything else loads (the CLI without `-d` loads the engine
 * first to read the configured destination); that build's startEarlySassThread
 * takes it over. Unused, it does not keep the process alive (the thread is unref'd).
 */
export function startSassThreadAhead(source: string, gate?: BootGate): boolean {
  parking.parked ??= { source: path.resolve(source), thread: startEarlySassThread(source, gate) };
  return parking.parked.thread !== undefined;
}

/**
 * Whether a site folder looks like it has a Sass page to compile: a .scss or
 * .sass file that starts with front matter, outside the folders Jekyll reads
 * no pages from (`_*`, `.*`, node_modules, vendor). A bounded look (a few
 * thousand entries), made before the site is read so that libsass can start
 * loading at once; the build decides later from what it read
 * (render-site.ts#prepareSass) and ends the thread if it has no use for it.
 */
export function looksLikeSassSite(root: string, budget = 4000): boolean {
  const pending = [root];
  while (pending.length > 0 && budget > 0) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (--budget < 0) return false;
      if (e.isDirectory()) {
        if (!/^[_.]/.test(e.name) && e.name !== 'node_modules' && e.name !== 'vendor') pending.push(path.join(dir, e.name));
      } else if (/\.s[ac]ss$/.test(e.name) && startsWithFrontMatter(path.join(dir, e.name))) {
        return true;
      }
    }
  }
  return false;
}

function startsWithFrontMatter(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(3);
    return fs.readSync(fd, head, 0, 3, 0) === 3 && head.toString('latin1') === '---';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
