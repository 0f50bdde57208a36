// The `kyll` command: runs its arguments, then exits. Called by bin.ts (the ES
// module CLI) and, in the package, from the CommonJS engine (engine.cjs, by
// launch-engine.ts), where it runs without Node's ES module loader.
import { signalOf } from './signal-exit.js';
import { run } from './run.js';

// A finished command exits at once, once its output is flushed: the process
// does not wait for Node's teardown of the engine's heap and threads (the
// themed blog's `kyll build`: the exit came ~37 ms after the summary line, ~27
// ms so). 'exit' handlers still run (the code cache is written there); the
// removal of an old site runs detached (write/remove-later.ts).
// A command stopped by SIGINT or SIGTERM under --trace (interrupt.ts) ends by that signal, raised
// again with Node's own handling (no listener is left): the parent sees the signal, a shell 130 or 143.
const exit = (code: number): void => {
  const signal = signalOf(code);
  process.stdout.write('', () =>
    process.stderr.write('', () => {
      if (!signal) return process.exit(code);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(code), 1000);
    }),
  );
};

export function main(argv: readonly string[]): void {
  run(argv).then(exit, (e: unknown) => {
    process.stderr.write(`kyll: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    exit(70);
  });
}
