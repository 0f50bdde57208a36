// What changed in a kept destination behind a long-lived build's back. Jekyll cleans the destination
// and writes every output on each rebuild (site.rb#process: cleaner.rb#cleanup!, then write), so a
// file put there by hand goes at the next save (keep_files stay) and an output deleted by hand comes
// back. Reading every folder on each save would cost more than the save itself on a big site; a
// folder's time changes when an entry is added to it, removed or renamed, so only the folders whose
// time moved since they were last seen as the site left them are read again.
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { foldersToRead, obsoleteEntries } from './in-place.js';
import { parentDirs } from './keep-files.js';
import { sanitizedOutputPath } from './sanitize.js';
import type { WriteFs } from './write-fs.js';

export interface Drift {
  /** Outputs the destination lacks (or holds a folder in place of). */
  readonly missing: OutputFile[];
  /** Entries cleaner.rb#obsolete_files removes: relative paths, a folder standing for its contents. */
  readonly strays: string[];
}

const timeOf = (wfs: WriteFs, p: string): number | undefined => {
  try {
    const st = wfs.lstatSync(p);
    return st.isDirectory() ? st.mtimeMs : undefined;
  } catch {
    return undefined;
  }
};

/** The times of a destination's folders as last seen holding just the site (and keep_files). */
export class FolderTimes {
  private readonly times = new Map<string, number>();
  /** The keep_files the times were seen with: other ones make strays of what was kept (or keep what was not). */
  private keptBy: string | undefined;

  constructor(
    private readonly wfs: WriteFs,
    private readonly destination: string,
  ) {}

  /** What the destination lacks and holds beyond `outputs` (output path → file). */
  drift(outputs: ReadonlyMap<string, OutputFile>, keepFiles: readonly string[]): Drift {
    const kept = JSON.stringify(keepFiles);
    if (kept !== this.keptBy) {
      this.times.clear();
      this.keptBy = kept;
    }
    const byRel = new Map([...outputs.values()].map((f) => [sanitizedOutputPath(f.path, this.destination), f] as const));
    const newFiles = new Set(byRel.keys());
    const existing = new Map<string, boolean>();
    // Folders that are gone (or are no folder now), and folders read now.
    const gone = new Set<string>();
    const read = new Set<string>();
    for (const dir of ['', ...foldersToRead(newFiles, keepFiles)]) {
      const abs = path.join(this.destination, dir);
      const time = timeOf(this.wfs, abs);
      if (time === undefined) {
        gone.add(dir);
        this.times.delete(dir);
        continue;
      }
      if (this.times.get(dir) === time) continue;
      try {
        for (const e of this.wfs.readdirSync(abs, { withFileTypes: true })) existing.set(dir ? `${dir}/${e.name}` : e.name, e.isDirectory());
      } catch {
        gone.add(dir);
        continue;
      }
      read.add(dir);
      // The time before the read: a change during it shows as a newer time next time.
      this.times.set(dir, time);
    }
    const missing: OutputFile[] = [];
    for (const [rel, f] of byRel) {
      const dir = parentDirs(rel).pop() ?? '';
      if (gone.has(dir) || (read.has(dir) && existing.get(rel) !== false)) missing.push(f);
    }
    return { missing, strays: obsoleteEntries(existing, newFiles, keepFiles) };
  }

  /**
   * After the build itself wrote or removed `paths` (relative to the destination, once `drift` had
   * been put right): their folders hold just the site again, at their new times.
   */
  wrote(paths: Iterable<string>): void {
    const dirs = new Set<string>(['']);
    for (const p of paths) for (const d of parentDirs(sanitizedOutputPath(p, this.destination))) dirs.add(d);
    for (const dir of dirs) {
      if (!this.times.has(dir)) continue;
      const time = timeOf(this.wfs, path.join(this.destination, dir));
      if (time === undefined) this.times.delete(dir);
      else this.times.set(dir, time);
    }
  }
}
