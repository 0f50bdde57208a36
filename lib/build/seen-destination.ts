// What a one-off `kyll build -I` saw of its destination before it wrote: each
// output the disk cache found as the last build wrote it (cached-outputs.ts,
// its stat signature unchanged), and each folder's time (warm.ts#recordedEntries).
// Its warm record (warm.ts#saveWarmRecord) takes those as they were seen instead
// of looking at each entry again once the build is over (on 1,000 posts, ~2,600
// lstats of ~2,700 entries where one post changed): all but the paths this build
// wrote or removed and the folders above them, whose times those writes moved.
import path from 'node:path';
import type { OutputFile } from '../types.js';

/** A file's size and modification time (ms) as fs.lstatSync gives them (warm.ts's entries). */
export type SeenStat = readonly [size: number, mtimeMs: number];

// The outputs found as written, each with its size and time then (a WeakMap: the files are the cache's).
const seenAsWritten = new WeakMap<OutputFile, SeenStat>();

/** Notes that `file` was found in the destination as written, with this stat (size and mtimeNs from a BigIntStats). */
export function noteSeen(file: OutputFile, size: bigint, mtimeNs: bigint): void {
  const mtimeMs = msOf(mtimeNs);
  if (mtimeMs !== undefined) seenAsWritten.set(file, [Number(size), mtimeMs]);
}

/**
 * Node's Stats#mtimeMs for a time in nanoseconds: seconds * 1e3 + nanoseconds / 1e6 (fs/utils.js#msFromTimeSpec),
 * the same doubles, so the same number fs.lstatSync gives. Undefined before 1970 (not worth the care).
 */
function msOf(ns: bigint): number | undefined {
  if (ns < 0n) return undefined;
  return Number(ns / 1_000_000_000n) * 1e3 + Number(ns % 1_000_000_000n) / 1e6;
}

/**
 * Whether the disk cache found `file` in the destination as the last build wrote it, with its size
 * (cached-outputs.ts#restoredOutputs, the stat signature noted then): a build that did not write it
 * need not look at it again.
 */
export function foundAsWritten(file: OutputFile): boolean {
  return seenAsWritten.get(file)?.[0] === file.size;
}

export class SeenDestination {
  /** Folder (relative, '' for the destination) → its time (ms) when seen. */
  readonly folders = new Map<string, number>();
  private readonly changedFiles = new Set<string>();
  private readonly changedFolders = new Set<string>();

  /** This build wrote or removed these paths (relative to the destination): they and the folders above them are not as seen. */
  changed(paths: Iterable<string>): void {
    for (const p of paths) {
      this.changedFiles.add(p);
      for (let d = path.posix.dirname(p); ; d = path.posix.dirname(d)) {
        const dir = d === '.' ? '' : d;
        this.changedFolders.add(dir);
        if (dir === '') break;
      }
    }
  }

  /** The output's size and time as seen, if it was found as written and not written or removed since. */
  file(f: OutputFile): SeenStat | undefined {
    return this.changedFiles.has(f.path) ? undefined : seenAsWritten.get(f);
  }

  /** The folder's time as seen, unless this build wrote or removed something below it. */
  folder(dir: string): number | undefined {
    return this.changedFolders.has(dir) ? undefined : this.folders.get(dir);
  }
}
