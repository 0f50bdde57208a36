// What a rebuild changed, for live reload: output files whose bytes differ.
import type { OutputFile } from '../types.js';

/** Outputs of `after` that are new or whose contents differ from `before`, and paths `before` had that `after` lacks. */
export function diffOutputs(before: readonly OutputFile[], after: readonly OutputFile[]): { written: string[]; removed: string[] } {
  const old = new Map(before.map((f) => [f.path, f.contents]));
  const written = after.filter((f) => !sameBytes(old.get(f.path), f.contents)).map((f) => f.path);
  const now = new Set(after.map((f) => f.path));
  return { written, removed: before.filter((f) => !now.has(f.path)).map((f) => f.path) };
}

function sameBytes(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** Destination-relative output paths as the URL paths a browser shows them under the mount. */
export function changedUrlPaths(mount: string, outputPaths: readonly string[]): string[] {
  return outputPaths.map((p) => `${mount}/${p.split('/').map(encodeURIComponent).join('/')}`);
}
