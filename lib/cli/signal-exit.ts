// The exit codes of a command stopped by a signal under --trace (128 + its number), which main.ts
// turns back into the signal (interrupt.ts). Its own module: main.ts loads it with nothing else.

export const INTERRUPTED: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/** The signal an exit code stands for, if any. */
export function signalOf(code: number): 'SIGINT' | 'SIGTERM' | undefined {
  return code === INTERRUPTED.SIGINT ? 'SIGINT' : code === INTERRUPTED.SIGTERM ? 'SIGTERM' : undefined;
}
