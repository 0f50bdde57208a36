// How the `kyll` command (launch.ts, dist/bundle/bin.cjs) runs a command other
// than --version and help: the CLI inside the CommonJS engine beside it
// (dist/bundle/engine.cjs, through its V8 code cache: entries/engine-script.ts),
// so that neither Node's ES module loader nor kyll's ES module chunks load (the
// 20-post themed blog: ~11% fewer instructions on the main thread). A one-off
// build's threads (Sass, read ahead, Markdown) start first, while the engine loads
// (render/sass-thread.ts, entries/build-threads.ts park them for the build). Without engine.cjs (tsc's dist/cli), false.
import { fileURLToPath } from 'node:url';
import type { CliOptions } from './args.js';
import { loadCommonJs, readEngine } from '../entries/engine-script.js';
import { startSassThreadAhead } from '../render/sass-thread.js';
import { engineStarted, startBuildThreads, type EarlyBuild } from '../entries/build-threads.js';
import { autoThreads } from '../render/thread-count.js';

export function launchEngine(argv: readonly string[], opts: CliOptions | undefined): boolean {
  const file = fileURLToPath(new URL('./engine.cjs', import.meta.url));
  let text: string;
  try {
    text = readEngine(file);
  } catch {
    return false;
  }
  // A one-off build's threads start first, while the engine loads (entries/build-threads.ts).
  // Its young generation is held where the start-up leaves it when it renders on one thread (render
  // workers get theirs from resourceLimits, and grow it: render/parallel.ts).
  const early: EarlyBuild | undefined =
    opts?.command === 'build' && !opts.watch && !opts.incremental
      ? {
          source: opts.source,
          destination: opts.destination,
          markdown: !opts.profile,
          writes: true,
          hashes: Boolean(process.env.SOURCE_DATE_EPOCH),
          holdYoung: autoThreads(opts.source, opts.destination) === 1,
        }
      : undefined;
  if (early) startBuildThreads(early, (gate) => startSassThreadAhead(early.source, gate));
  const engine = loadCommonJs(file, text);
  if (early) engineStarted(early);
  engine.cliMain(argv);
  return true;
}
