// SIGINT or SIGTERM while the `kyll` command loads its engine (launch.ts), before the command has
// its own handling (interrupt.ts#withInterrupts). Jekyll 4.3.1 is then still requiring its gems,
// outside Command#process_with_graceful_fail: Ruby's uncaught Interrupt prints
// "<file>:<line>:in `require': Interrupt" and its backtrace, SIGTERM prints nothing, and the
// process ends by the signal (a shell's 130 or 143), having written nothing. kyll ends by the
// signal too, saying so: nothing has been written yet (the build's early threads only read).
import fs from 'node:fs';

type StopSignal = 'SIGINT' | 'SIGTERM';
const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

/**
 * Stops the process on SIGINT or SIGTERM with a line on stderr, then by the signal itself, until
 * another listener of either signal comes (the command's own): then these listeners go.
 */
export function interruptWhileLoading(): void {
  const stops = new Map<StopSignal, () => void>();
  const off = (): void => {
    for (const [sig, stop] of stops) process.off(sig, stop);
    process.off('newListener', onListener);
  };
  // ('newListener' comes before the listener is added: removing ours at once would leave the signal
  // with none for a moment, and Node would stop watching it, losing one that came meanwhile)
  function onListener(event: string | symbol): void {
    if (event === 'SIGINT' || event === 'SIGTERM') process.nextTick(off);
  }
  for (const sig of SIGNALS) {
    const stop = (): void => {
      // (the command's own listener came, and handles it)
      if (process.listenerCount(sig) > 1) return;
      off();
      // (synchronous: once the listeners are gone, the signal raised again ends the process at once)
      try {
        fs.writeSync(2, `kyll: interrupted by ${sig} while starting; nothing was built and the destination was left as it was.\n`);
      } catch {
        // stderr closed: the signal still ends the process
      }
      process.kill(process.pid, sig);
    };
    stops.set(sig, stop);
    process.on(sig, stop);
  }
  process.on('newListener', onListener);
}
