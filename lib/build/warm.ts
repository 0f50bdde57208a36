// A warm `kyll build`: when nothing that can change the output changed since
// the last build (warm-key.ts) and the destination still holds exactly what
// that build wrote, the build is done without reading or rendering the site.
// The record lives in <cache_dir>/kyll/warm.json (cache-folder.ts), is written after
// every full build that may use it, and can be deleted at any time; any
// difference means a full build. `disable_disk_cache` (--disable-disk-cache)
// and `safe` turn it off, as they turn off Jekyll's own cache.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, OutputFile, RenderResult, Site, SiteConfig } from '../types.js';
import { saveCacheFile } from './save-cache-file.js';
import { warmRecordFile, warmRecordIn } from './warm-record-file.js';
import type { FileStamp } from './warm-key.js';
import type { SeenDestination } from './seen-destination.js';
import { sanitizedOutputPath } from '../write/sanitize.js';
import { isTextOutput, knownSize, writtenFolderTimes, writtenOutput, writtenStat } from '../write/written-output.js';

const FORMAT = 'kyll-warm-3';

/** What a destination entry looked like right after the build wrote it (a folder: its own time). */
type Entry = [path: string, kind: 'f' | 'b' | 'l' | 'd', size: number, diskSize: number, mtimeMs: number, url: string];

export interface WarmRecord {
  readonly format: string;
  readonly key: string;
  readonly stamps: Readonly<Record<string, FileStamp>>;
  readonly destination: string;
  readonly entries: readonly Entry[];
  readonly diagnostics: readonly Diagnostic[];
  /** The site's keep_files when it was written: what the destination held besides the entries. */
  readonly keep: unknown;
}

/** The last build's record in kyll's cache folder `dir` (cache-folder.ts#kyllCacheDir), if any. */
export function readWarmRecord(dir: string): WarmRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(warmRecordFile(dir), 'utf8')) as WarmRecord;
    return record.format === FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the destination holds what the recorded build wrote, and nothing
 * else: every file with its size and time, every folder with its time (a
 * folder's time changes when an entry is added to it or removed from it).
 * keep_files are not the build's, and are not looked at.
 */
export function destinationAsRecorded(record: WarmRecord, destination: string): boolean {
  if (record.destination !== path.resolve(destination)) return false;
  try {
    for (const e of record.entries) {
      const st = fs.lstatSync(path.join(destination, e[0]));
      if (e[1] === 'd' ? !st.isDirectory() : (e[1] === 'l') !== st.isSymbolicLink() || st.size !== e[3]) return false;
      if (st.mtimeMs !== e[4]) return false;
    }
  } catch {
    return false;
  }
  return true;
}

/**
 * What the destination holds (each path relative to it, and whether it is a folder) as the recorded
 * build left it, without reading its folders: when each of the record's folders still has the time
 * noted (a folder's time changes when an entry is added to it or removed from it, a folder made or
 * removed changes its parent's) and keep_files are what they were then, the destination holds the
 * record's entries and, beside them, only what those keep_files kept, which they keep now too.
 * Undefined when that cannot be said (then the destination is read: write/in-place.ts#strayEntries).
 */
export function recordedEntries(record: WarmRecord, destination: string, keepFiles: unknown, seen?: SeenDestination): Map<string, boolean> | undefined {
  if (record.destination !== path.resolve(destination) || JSON.stringify(record.keep) !== JSON.stringify(keepFiles ?? null)) return undefined;
  const out = new Map<string, boolean>();
  try {
    for (const [p, kind, , , mtimeMs] of record.entries) {
      if (kind === 'd') {
        const st = fs.lstatSync(path.join(destination, p));
        if (!st.isDirectory() || st.mtimeMs !== mtimeMs) return undefined;
        seen?.folders.set(p, mtimeMs);
      } else if (sanitizedOutputPath(p, destination) !== p) return undefined;
      if (p !== '') out.set(p, kind === 'd');
    }
  } catch {
    return undefined;
  }
  return out;
}

/**
 * Notes what the build just wrote in kyll's cache folder `dir`, for the next build to compare with (`keepFiles`: the site's keep_files).
 * `seen`: what the build saw of the destination before it wrote, taken as it is where the build did not write (seen-destination.ts).
 */
export function saveWarmRecord(dir: string, key: string, stamps: Readonly<Record<string, FileStamp>>, destination: string, files: readonly OutputFile[], diagnostics: readonly Diagnostic[], keepFiles: unknown, seen?: SeenDestination): void {
  const entries: Entry[] = [];
  const dirs = new Set<string>(['']);
  // What the writer thread saw right after writing (written-output.ts#writtenStat) is taken as it
  // is; a file it did not write (this thread's first ones, a render worker's, one written twice)
  // is looked at here, and so is every folder above it, whose time that write may have changed.
  const folderTimes = writtenFolderTimes(files);
  const twice = folderTimes ? writtenTwice(files) : undefined;
  const statHere = new Set<string>(['']);
  const lstat = (p: string): fs.Stats => fs.lstatSync(path.join(destination, p));
  try {
    for (const f of files) {
      for (let d = path.posix.dirname(f.path); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
      const noted = twice?.has(f.path) ? undefined : (writtenStat(f) ?? seen?.file(f));
      if (!noted) for (let d = path.posix.dirname(f.path); d !== '.' && !statHere.has(d); d = path.posix.dirname(d)) statHere.add(d);
      const st = noted ? undefined : lstat(f.path);
      const size = noted ? noted[0] : st!.size;
      const kind = f.symlink !== undefined ? 'l' : isTextOutput(f) ? 'f' : 'b';
      // a text measured on disk is the file's size (knownSize: no second stat)
      entries.push([f.path, kind, knownSize(f) ?? size, size, noted ? noted[1] : st!.mtimeMs, f.url]);
    }
    for (const d of dirs) {
      const time = statHere.has(d) ? seen?.folder(d) : (folderTimes?.get(d) ?? seen?.folder(d));
      entries.push([d, 'd', 0, 0, time ?? lstat(d).mtimeMs, '']);
    }
  } catch {
    return; // the destination is not as written (a file replaced meanwhile): no record
  }
  const record: WarmRecord = { format: FORMAT, key, stamps, destination: path.resolve(destination), entries, diagnostics: diagnostics.map((d) => ({ ...d })), keep: keepFiles ?? null };
  saveCacheFile(dir, path.basename(warmRecordFile(dir)), () => JSON.stringify(record));
}

/** The paths listed more than once (the last write there may not be the one whose stat was noted). */
function writtenTwice(files: readonly OutputFile[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const f of files) (seen.has(f.path) ? twice : seen).add(f.path);
  return twice;
}

export { warmRecordIn };

/**
 * The result of a build taken from the cache: the files are those on disk
 * (read when asked for), and the site model is read when first asked for.
 */
export function warmResult(record: WarmRecord, destination: string, config: SiteConfig, readSite: () => Site, t0: number): RenderResult {
  const files: OutputFile[] = record.entries
    .filter((e) => e[1] !== 'd')
    .map(([p, kind, size, , , url]) => {
      const symlink = kind === 'l' ? fs.readlinkSync(path.join(destination, p)) : undefined;
      return writtenOutput({ path: p, url, size, text: kind === 'f', ...(symlink !== undefined ? { symlink } : {}) }, () => destination);
    });
  const total = performance.now() - t0;
  return {
    site: lazySite(config, readSite),
    files,
    diagnostics: [...record.diagnostics],
    destination,
    timings: { read: 0, generate: 0, render: 0, write: 0, total },
    threads: 1,
  };
}

/** A Site whose configuration is at hand and whose model is read on first use. */
function lazySite(config: SiteConfig, read: () => Site): Site {
  let site: Site | undefined;
  const get = (): Site => (site ??= read());
  const lazy = { config } as Record<string, unknown>;
  for (const key of ['time', 'posts', 'pages', 'collections', 'staticFiles', 'layouts', 'data', 'categories', 'tags', 'diagnostics'] as const) {
    Object.defineProperty(lazy, key, { enumerable: true, get: () => get()[key] });
  }
  return lazy as unknown as Site;
}
