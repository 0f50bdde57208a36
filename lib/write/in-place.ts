// Writing into the destination itself, where Jekyll always writes (site.rb#write
// after cleaner.rb#cleanup!): files the new site does not have are removed
// (keep_files excepted), and every file is written over. Used when the
// destination cannot be swapped: a mount point, a read-only parent folder.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { copiedFrom } from './copied-file.js';
import { holdsBytes, holdsCopy } from './reuse.js';
import { staticSource } from './static-copy.js';
import { sanitizedOutputPath } from './sanitize.js';
import { keepStrings, keptFolders, parentDirs } from './keep-files.js';
import { applyUpdate, type JournalFile, UpdateError } from './update-journal.js';
import { makeFolders, type WriteFs, WriteProgressError, messageOf } from './write-fs.js';

/**
 * Relative paths (forward slashes) of every file and folder under `root`, dot files included, with
 * whether each is a folder; with `into`, only the folders it names are looked into.
 */
function existingEntries(wfs: WriteFs, root: string, into?: ReadonlySet<string>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const walk = (rel: string): void => {
    for (const e of wfs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      const isDir = e.isDirectory();
      out.set(child, isDir);
      if (isDir && (!into || into.has(child))) walk(child);
    }
  };
  walk('');
  return out;
}

/**
 * The folders whose entries decide what cleaner.rb#obsolete_files removes: those of the new files and
 * the parents of keep_files. Any other folder goes whole or stays whole (kept, such as a `.git` of
 * thousands of files), so what is inside it need not be read.
 */
export function foldersToRead(newFiles: ReadonlySet<string>, keepFiles: readonly string[]): Set<string> {
  return new Set([...[...newFiles].flatMap(parentDirs), ...keptFolders(keepStrings(keepFiles))]);
}

/**
 * cleaner.rb#obsolete_files: what is in the destination but not in the new
 * site, nor under a keep_files prefix (nor a parent folder of one), plus
 * anything standing where the new site needs a folder or a file.
 */
export function obsoleteEntries(existing: ReadonlyMap<string, boolean>, newFiles: ReadonlySet<string>, keepFiles: readonly string[]): string[] {
  const newDirs = new Set([...newFiles].flatMap(parentDirs));
  const keep = keepStrings(keepFiles);
  const keepDirs = keptFolders(keep);
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
export function strayEntries(wfs: WriteFs, destination: string, files: readonly OutputFile[], keepFiles: readonly string[], listed?: ReadonlyMap<string, boolean>): string[] {
  const newFiles = new Set(files.map((f) => sanitizedOutputPath(f.path, destination)));
  let existing: ReadonlyMap<string, boolean>;
  try {
    // (`listed`: what it holds, known without reading it: build/warm.ts#recordedEntries)
    existing = listed ?? existingEntries(wfs, destination, foldersToRead(newFiles, keepFiles));
  } catch {
    return []; // no destination yet
  }
  return obsoleteEntries(existing, newFiles, keepFiles);
}

const bytesOf = (contents: string | Uint8Array): Uint8Array => (typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);

/**
 * The new site written over the destination all at once or not at all (update-journal.ts): every
 * file first under a temporary name beside its target, the old files the site no longer has moved
 * aside, then each file renamed in; a failure (ENOSPC, EACCES, a folder in the way) puts back what
 * was done, so the destination is the previous site, whole. Jekyll writes each file over the old
 * one in turn and leaves a half-written site; this needs room for the changed files twice.
 */
export function writeInPlace(wfs: WriteFs, destination: string, files: readonly OutputFile[], keepFiles: readonly string[]): number {
  let obsolete: string[];
  const written = new Map<string, JournalFile>();
  try {
    makeFolders(wfs, destination);
    for (const f of files) {
      const rel = sanitizedOutputPath(f.path, destination);
      if (rel === '') throw new Error(`the output for ${f.url} would be the destination folder itself`);
      // Two outputs at one path: the later one is what Jekyll leaves there.
      written.delete(rel);
      const from = f.symlink === undefined ? copiedFrom(f) : undefined;
      written.set(rel, from !== undefined ? { rel, contents: '', copyFrom: from } : { rel, contents: f.contents, ...(f.symlink === undefined ? {} : { symlink: f.symlink }) });
    }
    obsolete = obsoleteEntries(existingEntries(wfs, destination), new Set(written.keys()), keepFiles);
  } catch (e) {
    throw new WriteProgressError(`${messageOf(e)}; the destination was left as it was`, 0, e);
  }
  // A file already there byte for byte stays (and keeps its time, as the swap's links do): only changed files need room twice.
  // (a source gone since the read is a change: its copy then fails as the update's error)
  const unchanged = (f: JournalFile): boolean => {
    if (f.copyFrom === undefined) return f.symlink === undefined && holdsBytes(fs, path.join(destination, f.rel), bytesOf(f.contents));
    try {
      return holdsCopy(fs, path.join(destination, f.rel), f.copyFrom, staticSource(f.copyFrom));
    } catch {
      return false;
    }
  };
  const changed = [...written.values()].filter((f) => !unchanged(f));
  try {
    applyUpdate(destination, changed, obsolete, { linkSync: fs.linkSync, copyFileSync: fs.copyFileSync, ...wfs });
  } catch (e) {
    if (!(e instanceof UpdateError)) throw e;
    throw new WriteProgressError(e.message, 0, e.original);
  }
  return written.size;
}