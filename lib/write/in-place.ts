// Writing straight into the destination, as Jekyll always does (site.rb#write
// after cleaner.rb#cleanup!): files the new site does not have are removed
// (keep_files excepted), then every file is written over. Used when the
// destination cannot be swapped: a mount point, a read-only parent folder.
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { sanitizedOutputPath } from './sanitize.js';
import { type WriteFs, WriteProgressError, messageOf, writeFilesUnder } from './write-fs.js';

/** Relative paths (forward slashes) of every file and folder under `root`, dot files included. */
function existingEntries(wfs: WriteFs, root: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const walk = (rel: string): void => {
    for (const e of wfs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      const isDir = e.isDirectory();
      out.set(child, isDir);
      if (isDir) walk(child);
    }
  };
  walk('');
  return out;
}

function parentDirs(rel: string): string[] {
  const out: string[] = [];
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) out.push(rel.slice(0, i));
  return out;
}

/**
 * cleaner.rb#obsolete_files: what is in the destination but not in the new
 * site, nor under a keep_files prefix (nor a parent folder of one), plus
 * anything standing where the new site needs a folder or a file.
 */
export function obsoleteEntries(existing: ReadonlyMap<string, boolean>, newFiles: ReadonlySet<string>, keepFiles: readonly string[]): string[] {
  const newDirs = new Set([...newFiles].flatMap(parentDirs));
  const keep = keepFiles.map((k) => k.replace(/^\/+/, '')).filter(Boolean);
  const keepDirs = new Set(keep.flatMap((k) => parentDirs(k)));
  const out: string[] = [];
  for (const [rel, isDir] of existing) {
    if (keep.some((k) => rel.startsWith(k)) || keepDirs.has(rel)) continue;
    if (newDirs.has(rel) ? !isDir : newFiles.has(rel) ? isDir : true) out.push(rel);
  }
  // A removed folder takes its contents with it.
  const removed = new Set(out);
  return out.filter((rel) => !parentDirs(rel).some((d) => removed.has(d)));
}

/**
 * What a destination holds that a site writing `files` there would not leave
 * (cleaner.rb#obsolete_files, keep_files kept): for a build that writes only
 * some files into a destination it did not just fill (a disk-cached build).
 */
export function strayEntries(wfs: WriteFs, destination: string, files: readonly OutputFile[], keepFiles: readonly string[]): string[] {
  let existing: Map<string, boolean>;
  try {
    existing = existingEntries(wfs, destination);
  } catch {
    return []; // no destination yet
  }
  return obsoleteEntries(existing, new Set(files.map((f) => sanitizedOutputPath(f.path, destination))), keepFiles);
}

export function writeInPlace(wfs: WriteFs, destination: string, files: readonly OutputFile[], keepFiles: readonly string[]): number {
  let obsolete: string[];
  try {
    wfs.mkdirSync(destination, { recursive: true });
    const newFiles = new Set(files.map((f) => sanitizedOutputPath(f.path, destination)));
    obsolete = obsoleteEntries(existingEntries(wfs, destination), newFiles, keepFiles);
  } catch (e) {
    throw new WriteProgressError(messageOf(e), 0, e, 'prepare');
  }
  for (const rel of obsolete) {
    try {
      wfs.rmSync(path.join(destination, rel), { recursive: true, force: true });
    } catch (e) {
      throw new WriteProgressError(`${rel}: ${messageOf(e)}`, 0, e, 'clean');
    }
  }
  return writeFilesUnder(wfs, destination, destination, files);
}
