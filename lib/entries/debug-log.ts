// NODE_DEBUG lines (`kyll`, `kyll-threads`) that reach stderr from whichever thread logs them.
// A worker's process.stderr is a stream to the main thread with flow control: a line waits in
// the worker until the main thread's event loop has taken the one before, and the worker's own
// loop has seen that. The build's threads are busy in synchronous work and terminated at its end,
// so their lines were lost: a worker that logged two lines while the main thread was busy, then
// was terminated, printed none in two runs of three (Node 20). The boot gate's raise, logged by
// the last party to arrive, went missing so in CI (test/bundle/boot-gate.test.ts).
// In a worker each line is written to fd 2 at once, whole, as node's debuglog formats it.
import { debuglog, format } from 'node:util';

/** A debug logger for `section`, as util.debuglog, whose lines are not lost when a worker ends. */
export interface DebugLog {
  (message: string, ...args: unknown[]): void;
  readonly enabled: boolean;
}

export function debugLog(section: string): DebugLog {
  const log = debuglog(section);
  // (node:worker_threads and node:fs looked up on the first line, not at import('kyll'))
  let direct: ((line: string) => void) | null | undefined;
  const write = (message: string, ...args: unknown[]): void => {
    if (!log.enabled) return;
    direct ??= process.getBuiltinModule('node:worker_threads').isMainThread ? null : toStandardError;
    if (direct === null) log(message, ...args);
    else direct(`${section.toUpperCase()} ${process.pid}: ${format(message, ...args)}\n`);
  };
  return Object.defineProperty(write, 'enabled', { get: () => log.enabled }) as DebugLog;
}

function toStandardError(line: string): void {
  try {
    process.getBuiltinModule('node:fs').writeSync(2, line);
  } catch {
    // (a closed stderr: the line is dropped, as node's stream would)
  }
}
