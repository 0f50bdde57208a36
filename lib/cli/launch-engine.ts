// How the `kyll` command (launch.ts, dist/bundle/bin.cjs) runs a command other
// than --version and help: the CLI inside the CommonJS engine beside it
// (dist/bundle/engine.cjs, through its V8 code cache: entries/engine-script.ts),
// so that neither Node's ES module loader nor kyll's ES module chunks load (the
// 20-post themed blog: ~11% fewer instructions on the main thread). A one-off
// build's Sass thread and read-ahead thread start first, while the engine loads
// (render/sass-thread.ts and read/read-ahead.ts park them for the build). Without engine.cjs (tsc's dist/cli), false.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliOptions } from './args.js';
import { loadCommonJs, readEngine } from '../entries/engine-script.js';
import { startSassThreadAhead } from '../render/sass-thread.js';
import { startReadAheadEarly } from '../read/read-ahead.js';
import { hasWarmRecord } from '../build/warm-record-file.js';
import { tierUpForBuild } from '../entries/tier-up.js';

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
    // (not where the last build left a warm record: the build is then likely taken from it, unread)
    if (!hasWarmRecord(opts.source)) startReadAheadEarly(opts.source, opts.destination);
    // before the engine is compiled: V8's interrupt budget for a small site (entries/tier-up.ts)
    tierUpForBuild(opts.source, opts.destination);
  }
  loadCommonJs(file, text).cliMain(argv);
  return true;
}
