// When a long-running command (`kyll serve`, `kyll build --watch`) stops: on its AbortSignal when
// the caller gives one (the CLI's, aborted on SIGINT and SIGTERM: interrupt.ts; a test's, an
// embedding program's), else on SIGINT or SIGTERM, as Jekyll's commands trap INT and TERM. Both
// listeners go once either comes.
import { stopSignalOf, type StopSignal } from './interrupt.js';

/** Resolves with the signal that stopped it: on abort, or on SIGINT/SIGTERM when no signal is given. */
export function stopped(signal: AbortSignal | undefined): Promise<StopSignal> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve(stopSignalOf(signal));
      else signal.addEventListener('abort', () => resolve(stopSignalOf(signal)), { once: true });
      return;
    }
    const stop = (sig: StopSignal) => (): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(sig);
    };
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}
