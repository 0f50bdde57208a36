// When a long-running command (`kyll serve`, `kyll build --watch`) stops: on its AbortSignal when
// the caller gives one (a test, an embedding program), else on SIGINT or SIGTERM, as Jekyll's
// commands trap INT and TERM. Both listeners go once either comes.

/** Resolves on abort, or on SIGINT/SIGTERM when no signal is given. */
export function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
