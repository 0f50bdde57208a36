// The threads of a one-off build, started before the engine is compiled, and V8's interrupt
// budget raised once they and the engine have started (boot-gate.ts, tier-up.ts): for the
// `kyll` command's build (cli/launch-engine.ts) and the library's renderSite (entries/engine.ts).
// The read-ahead thread (when the site has enough posts) reads the posts, converts their
// Markdown ahead of the render (render/markdown-thread.ts#hostedMarkdownThread), then writes the
// build's files (write/write-queue.ts takes it once they are read): one Node thread for the three
// works, each thread started costing its own start-up. Each is parked for the build, which takes it over.
import fs from 'node:fs';
import { hasWarmRecord } from '../build/warm-record-file.js';
import { startReadAheadEarly } from '../read/read-ahead.js';
import { parkMarkdownThread } from '../render/markdown-thread.js';
import { writeOnThread } from '../write/write-queue.js';
import { mainThreadStarted, tierUpAfterThreads } from './tier-up.js';
import type { BootGate } from './boot-gate.js';

export interface EarlyBuild {
  readonly source: string;
  readonly destination: string | undefined;
  /** Whether the build converts Markdown on its thread (not a profiled build). */
  readonly markdown: boolean;
  /** Whether the build writes to disk (its Markdown thread may then write its code cache). */
  readonly writes: boolean;
  /** Whether the build hashes its files (it leaves a warm record: SOURCE_DATE_EPOCH is set). */
  readonly hashes: boolean;
  /**
   * Whether V8's young generation is held at its start-up size once the threads have started
   * (boot-gate.ts): for the `kyll` command's build on one render thread, a process of kyll's own.
   * Not in the library's renderSite, whose process is its caller's.
   */
  readonly holdYoung?: boolean;
}

/**
 * Starts the build's threads before the engine loads (not where the last build left a warm record: it
 * is then likely taken from it, unread). `startSass` starts the Sass thread, if the site needs one,
 * first of all: with the gate when the budget is to be raised, so that the raise waits for it too
 * (the themed 100-post blog raised at once, before that thread had loaded Node's built-in modules:
 * it then compiled them from source, ~150M instructions more for that thread, callgrind).
 */
export function startBuildThreads(build: EarlyBuild, startSass: (gate?: BootGate) => boolean = () => false): void {
  let started = false;
  tierUpAfterThreads(build, (gate) => {
    started = true;
    const sass = startSass(gate) ? 1 : 0;
    // The site has enough posts for the read-ahead thread: it converts the Markdown too.
    return sass + (hasWarmRecord(build.source) || !readAheadAndWrite(build, gate) ? 0 : 1);
  });
  // (a build that does not raise the budget still starts its Sass thread and reads ahead)
  if (started) return;
  startSass();
  if (!hasWarmRecord(build.source)) readAheadAndWrite(build);
}

/** The engine is compiled: the main thread's arrival at the gate, after the built-ins the build loads anyway. */
export function engineStarted(build: EarlyBuild): void {
  mainThreadStarted(() => {
    // node:crypto hashes the files of a build that leaves a warm record; fs.Dir lists folders.
    if (build.hashes) process.getBuiltinModule('node:crypto');
    void fs.Dir;
  });
}

function readAheadAndWrite(build: EarlyBuild, gate?: SharedArrayBuffer): boolean {
  const ahead = startReadAheadEarly(build.source, build.destination, gate, build.hashes, build.markdown ? { writeCache: build.writes } : undefined);
  if (ahead) writeOnThread(() => ahead.release());
  if (ahead?.markdown) parkMarkdownThread(build.source, ahead.markdown);
  return ahead !== undefined;
}
