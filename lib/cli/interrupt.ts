// Ctrl-C (SIGINT) or SIGTERM during `kyll build`: the build stops at its next turn of the event
// loop (render/yield-point.ts), its staging folder goes (write/site-writer.ts#abort; any of this
// process's left beside the destination too), the previous destination stays as it was, and the
// command ends by the signal, as a Ruby `jekyll build` ends on an uncaught Interrupt: bin.ts raises
// it again once the output is flushed (a shell sees 130 or 143).
import { removeStaleStaging } from '../write/staging.js';
import { resolveDestination } from '../write/write-site.js';
import { nodeFs } from '../write/write-fs.js';
import { INTERRUPTED } from './signal-exit.js';

/**
 * Runs `work` with a signal aborted on SIGINT or SIGTERM; once it settles, returns its exit
 * code, or after a signal, removes this process's staging folders beside `destination` and
 * returns INTERRUPTED's code. With `given` (a test, an embedding program) no handler is installed.
 */
export async function interruptible(destination: string, work: (signal: AbortSignal) => Promise<number>, given?: AbortSignal): Promise<number> {
  const controller = new AbortController();
  let caught: 'SIGINT' | 'SIGTERM' | undefined;
  const on = (sig: 'SIGINT' | 'SIGTERM'): void => {
    caught ??= sig;
    controller.abort(new Error(`interrupted (${sig})`));
  };
  const onGiven = (): void => on('SIGINT');
  if (given) {
    if (given.aborted) onGiven();
    else given.addEventListener('abort', onGiven, { once: true });
  } else {
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  }
  let code: number;
  try {
    code = await work(controller.signal);
  } finally {
    given?.removeEventListener('abort', onGiven);
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  }
  if (caught === undefined) return code;
  // A staging folder a render thread was still writing into when the build stopped (staging.ts names them by pid).
  removeStaleStaging(nodeFs, resolveDestination(nodeFs, destination));
  return INTERRUPTED[caught];
}
