// Writing what a long-lived build changed, in place: the files whose bytes
// differ, and removing outputs the site no longer has (with the folders they
// leave empty), as a clean build would leave the destination.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';
import { sanitizedOutputPath } from './sanitize.js';
import { messageOf, nodeFs, writeFilesUnder } from './write-fs.js';

export function writeChanges(destination: string, written: readonly OutputFile[], removed: readonly string[]): void {
  const dest = path.resolve(destination);
  try {
    for (const rel of removed) {
      const target = path.join(dest, sanitizedOutputPath(rel, dest));
      fs.rmSync(target, { force: true });
      removeEmptyParents(dest, path.dirname(target));
    }
    writeFilesUnder(nodeFs, dest, dest, written);
  } catch (e) {
    throw new KyllError('WRITE_ERROR', `Could not update the site in ${dest}: ${messageOf(e)}; it holds part of the update, the next build rewrites it.`, {}, { cause: e });
  }
}

function removeEmptyParents(root: string, dir: string): void {
  for (let d = dir; d.startsWith(`${root}${path.sep}`); d = path.dirname(d)) {
    try {
      if (fs.readdirSync(d).length > 0) return;
      fs.rmdirSync(d);
    } catch {
      return;
    }
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
