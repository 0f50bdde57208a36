// The builder's map of output paths (builder.ts): which output Jekyll writes
// last at a shared path, and whether an output's bytes changed.
import type { OutputFile } from '../types.js';
import { WRITE_RANK, type WriteRank } from '../write/index.js';
import type { Unit } from './units.js';

/** `byPath` at `paths`: the output written last there (`files` is in write order), or none left. */
export function settlePaths(files: readonly OutputFile[], paths: ReadonlySet<string>, byPath: Map<string, OutputFile>): void {
  const last = new Map<string, OutputFile>();
  for (const f of files) if (paths.has(f.path)) last.set(f.path, f);
  for (const p of paths) {
    const f = last.get(p);
    if (f) byPath.set(p, f);
    else byPath.delete(p);
  }
}

export function sameContents(a: OutputFile | undefined, b: OutputFile): boolean {
  if (!a) return false;
  if (a.contents === b.contents) return true;
  if (typeof a.contents === 'string' || typeof b.contents === 'string') return false;
  return Buffer.from(a.contents.buffer, a.contents.byteOffset, a.contents.byteLength).equals(b.contents);
}

// Site#each_site_file: pages (generated ones too), static files, then documents.
export function writeRankOf(unit: Unit): WriteRank {
  return unit.kind === 'document' ? WRITE_RANK.document : unit.kind === 'static' ? WRITE_RANK.static : WRITE_RANK.page;
}
