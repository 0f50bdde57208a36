#!/usr/bin/env node
// The `kyll` command as installed (package.json "bin": dist/bundle/bin.cjs, a
// CommonJS bundle of this file made by scripts/bundle.mjs). `kyll --version`
// and `kyll help` print their text from here; every other command loads the
// CLI (bin.js, an ES module), which parses the arguments again. A CommonJS
// file spares those two answers Node's ES module loader and kyll's chunks
// (about 20 ms each on the 2-core bench machine).
import { parseArgs } from './args.js';
import { quickAnswer } from './quick.js';

let answer: string | undefined;
try {
  answer = quickAnswer(parseArgs(process.argv.slice(2)));
} catch {
  // A usage error: bin.js reports it.
}
if (answer === undefined) void import('./bin.js');
else process.stdout.write(`${answer}\n`);
