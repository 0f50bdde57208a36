// How the `kyll` command (launch.ts, dist/bundle/bin.cjs) runs a command other
// than --version and help: the CLI inside the CommonJS engine beside it
// (dist/bundle/engine.cjs, through its V8 code cache: entries/engine-script.ts),
// so that neither Node's ES module loader nor kyll's ES module chunks load (the
// 20-post themed blog: ~11% fewer instructions on the main thread). A one-off
// build's Sass thread and read-ahead thread start first, while the engine loads
// (render/sass-thread.ts and read/read-ahead.ts park them for the build); when it
// raises V8's budget, its Markdown thread too (entries/boot-gate.ts); the read-ahead
// thread writes the build's files once they are read. Without engine.cjs (tsc's dist/cli), false.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliOptions } from './args.js';
import { loadCommonJs, readEngine } from '../entries/engine-script.js';
import { startSassThreadAhead } from '../render/sass-thread.js';
import { startReadAheadEarly } from '../read/read-ahead.js';
import { hasWarmRecord } from '../build/warm-record-file.js';
import { mainThreadStarted, tierUpAfterThreads } from '../entries/tier-up.js';
import { startMarkdownThreadEarly } from '../render/markdown-thread.js';
import { writeOnThread } from '../write/write-queue.js';

/**
 * Starts the read-ahead thread (if the site has enough posts), which then writes the build's
 * files (write/write-queue.ts takes it once the files are read): one Node thread less to start.
 */
function readAheadAndWrite(source: string, destination: string | undefined, gate?: SharedArrayBuffer): boolean {
  const ahead = startReadAheadEarly(source, destination, gate);
  if (ahead) writeOnThread(() => ahead.release());
  return ahead !== undefined;
}

export function launchEngine(argv: readonly string[], opts: CliOptions | undefined): boolean {
  const file = fileURLToPath(new URL('./engine.cjs', import.meta.url));
  let text: string;
  try {
    text = readEngine(file);
  } catch {
    return false;
  }
  if (opts?.command === 'build' && !opts.watch && !opts.incremental) {
    startSassThreadAhead(opts.source);
    // V8's interrupt budget for a small site (entries/tier-up.ts), raised once the build's threads
    // have started and the engine is compiled (entries/boot-gate.ts).
    const { source, destination } = opts;
    tierUpAfterThreads(source, destination, (gate) => {
      // (not where the last build left a warm record: the build is then likely taken from it, unread)
      if (hasWarmRecord(source) || !readAheadAndWrite(source, destination, gate)) return 0;
      // The site has enough posts for the read-ahead thread: for the Markdown thread too.
      return !opts.profile && startMarkdownThreadEarly(source, destination, gate) ? 2 : 1;
    });
    // (a build that does not raise it still reads ahead)
    if (!hasWarmRecord(source)) readAheadAndWrite(source, destination);
  }
  const engine = loadCommonJs(file, text);
  mainThreadStarted(() => {
    // What the build loads anyway: node:crypto hashes the files of a build that leaves a warm record
    // (one with SOURCE_DATE_EPOCH, build/warm-key.ts), fs.Dir lists folders.
    if (process.env.SOURCE_DATE_EPOCH) process.getBuiltinModule('node:crypto');
    void fs.Dir;
  });
  engine.cliMain(argv);
  return true;
}
