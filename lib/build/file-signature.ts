// A file's stat signature as warm records keep it (warm-key.ts): size, modification and change
// times in nanoseconds, inode. Shared with the background stamping thread (stamp-thread.ts).
import type { FileSignatureStat } from '../source/source.js';

/** The signature of a stat, '' for a file that could not be stat'ed. */
export function signature(st: FileSignatureStat | undefined): string {
  return st ? `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : '';
}

/** The size a signature holds (its first field), 0 for ''. */
export function signatureSize(sig: string): number {
  const colon = sig.indexOf(':');
  return colon > 0 ? Number(sig.slice(0, colon)) : 0;
}
