// A static file is copied as Jekyll's StaticFile#copy_file copies it: FileUtils.cp opens the copy
// with the source's permissions (less the umask), then File.utime gives it the source's
// modification time in whole seconds (StaticFile#mtime is File.stat(path).mtime.to_i), so a
// deploy that syncs by size and time (rsync -t) sees an unchanged image as unchanged. The bytes
// move inside the kernel (copyFileSync: copy_file_range or sendfile), never through this thread:
// on a blog with 400 MB of images, reading and writing them was most of the writer's CPU time.
import fs from 'node:fs';

/** The calls a copy makes (tests hand in failing ones). */
export type CopyFs = Pick<typeof fs, 'statSync' | 'copyFileSync' | 'chmodSync' | 'utimesSync' | 'rmSync'>;

/** What Jekyll's copy of a source file is given besides its bytes. */
export interface StaticSource {
  /** Permission bits: the source's, less the umask. */
  readonly mode: number;
  /** Modification (and access) time, in whole seconds since the epoch. */
  readonly seconds: number;
  readonly size: number;
}

let mask: number | undefined;
// Read once per thread (reading it is allowed in worker threads; only setting it is not).
const umask = (): number => (mask ??= process.umask());

/** The permissions, time and size that the copy of `from` gets. */
export function staticSource(from: string, cfs: Pick<CopyFs, 'statSync'> = fs): StaticSource {
  const st = cfs.statSync(from);
  return { mode: st.mode & 0o7777 & ~umask(), seconds: Math.floor(st.mtimeMs / 1000), size: st.size };
}

/**
 * Copies `from` to a new file at `target` with Jekyll's permissions and time. A file already at
 * `target` is replaced, never written into: it may be a link to the current site's file.
 */
export function copyStatic(from: string, target: string, source: StaticSource = staticSource(from), cfs: CopyFs = fs): void {
  try {
    cfs.copyFileSync(from, target, fs.constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'EEXIST') throw e;
    cfs.rmSync(target, { force: true });
    cfs.copyFileSync(from, target, fs.constants.COPYFILE_EXCL);
  }
  // copyFileSync gives the copy the source's mode as it is (libuv's fchmod): the umask is not applied.
  cfs.chmodSync(target, source.mode);
  cfs.utimesSync(target, source.seconds, source.seconds);
}

/** Whether a stat describes the copy Jekyll would make of `source` (bytes aside). */
export function looksCopied(st: fs.Stats, source: StaticSource): boolean {
  return st.isFile() && st.size === source.size && Math.floor(st.mtimeMs / 1000) === source.seconds && (st.mode & 0o7777) === source.mode;
}
