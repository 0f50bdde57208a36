// An output whose bytes the current site already has at the same path is
// hard-linked into the staging folder instead of written again.
//
// Why: on this machine's ext4 (no journal, mounted with `discard`) what a
// rebuild costs is not the syscalls but the inodes. Each new inode is looked
// for from the start of its block group, and every free inode deleted in the
// last 60 s (360 s while its inode-table block is dirty) is stepped over one by
// one (ialloc.c find_inode_bit → recently_deleted): right after the previous
// site was removed, that is ~2,600 lookups per new file or folder, ~0.3-1 ms of
// system time each (perf: 60% of the writer's time in recently_deleted and
// find_get_block_common). Removing a file also discards its blocks, one
// synchronous request each. A link makes no inode, writes nothing, and the
// removal of the previous site then frees nothing of it. Folders cannot be
// linked: they are still made (and freed) once per build.
//
// The safety rule holds: nothing is written into the current site, and a link
// in the staging folder goes with it on a failure or an abort. The linked file
// keeps its modification time (Jekyll would write it again): the bytes are the
// ones this build rendered, compared in full.
import fs from 'node:fs';
import { looksCopied, type StaticSource } from './static-copy.js';

/** The calls reuse needs (tests hand in failing ones). */
export type LinkFs = Pick<typeof fs, 'openSync' | 'fstatSync' | 'readSync' | 'closeSync' | 'linkSync'>;

const NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

/** Whether the regular file at `previous` holds exactly `bytes` (a link there is never taken as its target). */
export function holdsBytes(lfs: LinkFs, previous: string, bytes: Uint8Array): boolean {
  let fd: number;
  try {
    fd = lfs.openSync(previous, NO_FOLLOW);
  } catch {
    return false;
  }
  try {
    const st = lfs.fstatSync(fd);
    if (!st.isFile() || st.size !== bytes.length) return false;
    const old = Buffer.allocUnsafe(bytes.length);
    return readExactly(lfs, fd, old, old.length, 0) && old.equals(bytes);
  } catch {
    return false;
  } finally {
    lfs.closeSync(fd);
  }
}

/**
 * Links `previous` at `target` when it holds `contents`; returns false (and
 * `target` untouched) when it does not, or when the file system refuses the
 * link (EPERM, EMLINK, EXDEV...): the caller then writes the file.
 */
export function linkIfUnchanged(lfs: LinkFs, previous: string, target: string, contents: string | Uint8Array): boolean {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  if (bytes.length === 0 || !holdsBytes(lfs, previous, bytes)) return false;
  try {
    lfs.linkSync(previous, target);
    return true;
  } catch {
    return false;
  }
}

// Two files are compared a slice at a time, in buffers kept for the thread: an image is never read whole.
const SLICE = 1 << 16;
let slices: [Buffer, Buffer] | undefined;

/** Whether `fd`'s first `size` bytes are `other`'s (both read from offset 0). */
function sameBytes(lfs: LinkFs, fd: number, other: number, size: number): boolean {
  const [a, b] = (slices ??= [Buffer.allocUnsafe(SLICE), Buffer.allocUnsafe(SLICE)]);
  for (let at = 0; at < size; ) {
    const want = Math.min(SLICE, size - at);
    if (!readExactly(lfs, fd, a, want, at) || !readExactly(lfs, other, b, want, at)) return false;
    if (a.compare(b, 0, want, 0, want) !== 0) return false;
    at += want;
  }
  return true;
}

function readExactly(lfs: LinkFs, fd: number, into: Buffer, length: number, position: number): boolean {
  for (let got = 0; got < length; ) {
    const n = lfs.readSync(fd, into, got, length - got, position + got);
    if (n === 0) return false;
    got += n;
  }
  return true;
}

/**
 * Whether the regular file at `previous` is the copy Jekyll would make of the static file `from`
 * (static-copy.ts): its size, time and permissions, and its bytes compared in full.
 */
export function holdsCopy(lfs: LinkFs, previous: string, from: string, source: StaticSource): boolean {
  let fd: number;
  try {
    fd = lfs.openSync(previous, NO_FOLLOW);
  } catch {
    return false;
  }
  let other: number | undefined;
  try {
    if (!looksCopied(lfs.fstatSync(fd), source)) return false;
    other = lfs.openSync(from, fs.constants.O_RDONLY);
    return sameBytes(lfs, fd, other, source.size);
  } catch {
    return false;
  } finally {
    lfs.closeSync(fd);
    if (other !== undefined) lfs.closeSync(other);
  }
}

/** Links `previous` at `target` when it is already the copy of `from` (holdsCopy); false as linkIfUnchanged. */
export function linkIfCopied(lfs: LinkFs, previous: string, from: string, target: string, source: StaticSource): boolean {
  if (source.size === 0 || !holdsCopy(lfs, previous, from, source)) return false;
  try {
    lfs.linkSync(previous, target);
    return true;
  } catch {
    return false;
  }
}
