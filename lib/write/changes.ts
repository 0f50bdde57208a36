// Writing what a long-lived build changed, in place: the files whose bytes
// differ, and removing outputs the site no longer has (with the folders they
// leave empty), as a clean build would leave the destination. All or nothing
// (update-journal.ts): a write that fails leaves the destination as it was.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';
import { sanitizedOutputPath } from './sanitize.js';
import { applyUpdate, UpdateError, type JournalFs } from './update-journal.js';
import { makeFolders, messageOf } from './write-fs.js';

export function writeChanges(destination: string, written: readonly OutputFile[], removed: readonly string[], jfs?: JournalFs): void {
  const dest = path.resolve(destination);
  try {
    const files = written.map((f) => {
      const rel = sanitizedOutputPath(f.path, dest);
      if (rel === '') throw new Error(`the output for ${f.url} would be the destination folder itself`);
      return { rel, contents: f.contents, symlink: f.symlink };
    });
    makeFolders(fs, dest);
    applyUpdate(dest, files, removed.map((rel) => sanitizedOutputPath(rel, dest)).filter((rel) => rel !== ''), jfs);
  } catch (e) {
    const restored = e instanceof UpdateError ? e.unrestored.length === 0 : true;
    throw new KyllError(
      'WRITE_ERROR',
      `Could not update the site in ${dest}: ${messageOf(e)}${restored && !(e instanceof UpdateError) ? '; the destination was left as it was' : ''}.`,
      {},
      { cause: e instanceof UpdateError ? e.original : e },
    );
  }
}

/** The files the destination does not hold with that size (a kept destination checked cheaply). */
export function missingOrChanged(destination: string, files: readonly OutputFile[]): OutputFile[] {
  const dest = path.resolve(destination);
  return files.filter((f) => {
    try {
      return fs.statSync(path.join(dest, sanitizedOutputPath(f.path, dest))).size !== f.size;
    } catch {
      return true;
    }
  });
}
