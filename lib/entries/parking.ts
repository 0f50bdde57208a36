// A thread started ahead of a build of a site folder, before the engine is loaded, which that
// build takes over: one slot per kind and process, shared by the copies of the module that
// starts it (bin.cjs's, the loader's) and the engine's (engine.cjs) through processWide.
import path from 'node:path';
import { processWide } from './shared-class.js';

export interface Parking<T extends { stop(): void }> {
  /** What `start` gives for `source`, parked, unless something is parked already; what is parked. */
  park(source: string, start: () => T | undefined): T | undefined;
  /**
   * The thread parked for `source` ({ parked }, undefined inside when none was started for it),
   * or undefined when none was parked for it: one parked for another folder is stopped.
   */
  take(source: string): { readonly parked: T | undefined } | undefined;
}

export function parking<T extends { stop(): void }>(name: string): Parking<T> {
  const slot = processWide(name, (): { parked?: { readonly source: string; readonly thread: T | undefined } } => ({}));
  return {
    park(source, start) {
      slot.parked ??= { source: path.resolve(source), thread: start() };
      return slot.parked.thread;
    },
    take(source) {
      const parked = slot.parked;
      if (parked === undefined) return undefined;
      slot.parked = undefined;
      if (parked.source === path.resolve(source)) return { parked: parked.thread };
      parked.thread?.stop();
      return undefined;
    },
  };
}
