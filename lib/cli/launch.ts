#!/usr/bin/env node
// The `kyll` command as installed (package.json "bin": dist/bundle/bin.cjs, a
// CommonJS bundle of this file made by scripts/bundle.mjs). `kyll --version`
// and `kyll help` print their text from here; every other command runs the
// CLI, which parses the arguments again: from the CommonJS engine beside this
// file (launch-engine.ts), else as ES modules (bin.js). A CommonJS file spares
// those two answers Node's ES module loader and kyll's chunks (about 20 ms
// each on the 2-core bench machine).
import { parseArgs, type CliOptions } from './args.js';
import { quickAnswer } from './quick.js';
import { interruptWhileLoading } from './early-signals.js';

const argv = process.argv.slice(2);
let opts: CliOptions | undefined;
let answer: string | undefined;
try {
  opts = parseArgs(argv);
  answer = quickAnswer(opts);
} catch {
  // A usage error: the CLI reports it.
}
if (answer !== undefined) {
  process.stdout.write(`${answer}\n`);
  // no subcommand: the usage, then Jekyll's error and exit status 1 (as run.ts answers it)
  if (argv.length === 0) {
    process.stderr.write('A subcommand is required.\n');
    process.exitCode = 1;
  }
} else {
  // A signal before `build` or `serve` handles its own (interrupt.ts) ends the command with a word (early-signals.ts).
  if (opts?.command === 'build' || opts?.command === 'serve') interruptWhileLoading();
  void import('./launch-engine.js').then(({ launchEngine }) => {
    if (!launchEngine(argv, opts)) void import('./bin.js');
  });
}
