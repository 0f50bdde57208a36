// keep_files across a swap of the destination (cleaner.rb#keep_file_regex): a file of the old
// destination survives when its path below the destination starts with one of the keep_files
// strings (a prefix, not a name: `.git` keeps `.github/` and `.gitignore` too). Only what is
// inside the old destination is read and only the staging folder is written: an entry that
// climbs out (`../x`) matches no file in Jekyll, and carries nothing here.
import path from 'node:path';
import { isSameOrInside } from './destination-guard.js';
import type { WriteFs } from './write-fs.js';

/** Copies the old destination's kept files into `staging`, where the new site did not write the same path; returns whether it copied any. */
export function carryKeptFiles(wfs: WriteFs, oldDest: string, staging: string, keep: readonly string[]): boolean {
  let carried = false;
  for (const entry of keep) {
    const rel = entry.replace(/^\/+/, '');
    if (!rel) continue;
    // the folder the prefix's last part is looked up in, and that part (`assets/im` → assets, im)
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    const stem = rel.slice(slash + 1);
    const from = path.resolve(oldDest, dir);
    if (!inside(oldDest, from) || !isDirectory(wfs, from)) continue;
    for (const name of wfs.readdirSync(from)) {
      if (!name.startsWith(stem)) continue;
      const source = path.join(from, name);
      const target = path.join(staging, path.relative(oldDest, source));
      if (inside(staging, target)) carried = carry(wfs, source, target) || carried;
    }
  }
  return carried;
}

/** `source` copied to `target` unless the new site wrote it; a folder both have gets the missing entries. Whether it copied anything. */
function carry(wfs: WriteFs, source: string, target: string): boolean {
  if (!wfs.existsSync(target)) {
    wfs.mkdirSync(path.dirname(target), { recursive: true });
    wfs.cpSync(source, target, { recursive: true });
    return true;
  }
  let carried = false;
  if (isDirectory(wfs, source) && isDirectory(wfs, target)) {
    for (const name of wfs.readdirSync(source)) carried = carry(wfs, path.join(source, name), path.join(target, name)) || carried;
  }
  return carried;
}

function inside(root: string, p: string): boolean {
  return isSameOrInside(path.resolve(root), path.resolve(p));
}

function isDirectory(wfs: WriteFs, p: string): boolean {
  try {
    return wfs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
