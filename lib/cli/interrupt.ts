// Ctrl-C (SIGINT) and SIGTERM in `kyll build`, `build --watch` and `serve`, as Jekyll 4.3.1's
// commands end on them (each run against a 3,000-post site and an idle server):
// - during a build (`build`, the first build of `serve` and `--watch`), Ruby raises Interrupt or
//   SignalException, which Command#process_with_graceful_fail rescues: an error and exit status 1;
//   with --trace it raises it again and the process ends by the signal;
// - while serving or watching (a rebuild running or not), Serve#boot_or_detach and
//   Watcher#watch trap INT: exit status 0; TERM has no trap: as during a build.
// The build stops at its next turn of the event loop (render/yield-point.ts), its staging folder
// goes (write/site-writer.ts#abort, any of this process's beside the destination too) and the
// previous destination stays as it was. main.ts raises the signal again for 130 and 143.
import { removeStaleStaging } from '../write/staging.js';
import { resolveDestination } from '../write/write-site.js';
import { nodeFs } from '../write/write-fs.js';
import type { Printer } from './report.js';
import { INTERRUPTED } from './signal-exit.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The reason a command's AbortSignal carries once SIGINT or SIGTERM came. */
export class Interrupt extends Error {
  constructor(readonly signal: StopSignal) {
    super(`interrupted (${signal})`);
    this.name = 'Interrupt';
  }
}

/** The signal that stopped a command: an abort by an embedding program (a test) counts as Ctrl-C. */
export function stopSignalOf(signal: AbortSignal): StopSignal {
  return signal.reason instanceof Interrupt ? signal.reason.signal : 'SIGINT';
}

/**
 * Runs `work` with a signal that is aborted (an Interrupt its reason) on the first SIGINT or
 * SIGTERM; the listeners go once it settles. With `given` (a test, an embedding program) none is
 * installed: the signal follows it.
 */
export async function withInterrupts<T>(work: (signal: AbortSignal) => Promise<T>, given?: AbortSignal): Promise<T> {
  if (given) return work(given);
  const controller = new AbortController();
  // One listener per signal: a listener is not told which signal came when one is emitted (process.emit).
  const on = (sig: StopSignal) => (): void => {
    if (!controller.signal.aborted) controller.abort(new Interrupt(sig));
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}

/**
 * A build stopped by its signal: removes this process's staging folders beside `destination` (one
 * a render thread was still writing into; staging.ts names them by pid) and returns the exit
 * code: 1, or with --trace the signal's own (main.ts raises it again).
 */
export function interruptedBuild(destination: string, signal: AbortSignal, trace: boolean, source?: string): number {
  removeStaleStaging(nodeFs, resolveDestination(nodeFs, destination), undefined, source);
  return trace ? INTERRUPTED[stopSignalOf(signal)] : 1;
}

/** The exit code of a server or watcher stopped by `sig`: Ctrl-C is a clean stop, SIGTERM an error. */
export function stoppedServing(sig: StopSignal, trace: boolean, printer: Printer): number {
  if (sig === 'SIGINT') return 0;
  printer.err('kyll: stopped by SIGTERM.');
  return trace ? INTERRUPTED.SIGTERM : 1;
}
