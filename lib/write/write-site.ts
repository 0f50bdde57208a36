// The only stage that writes. The whole site goes into a fresh folder next to
// the destination, which then replaces it in two renames: a failed build
// never leaves a half-written destination in place of a good one.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';

export interface WriteOptions {
  /** Paths (relative to the destination) kept from the old destination: Jekyll's keep_files. */
  keepFiles?: readonly string[];
}

export function writeSite(destination: string, files: readonly OutputFile[], options: WriteOptions = {}): void {
  const dest = path.resolve(destination);
  const parent = path.dirname(dest);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(parent, `.${path.basename(dest)}.kyll-new-${stamp}`);
  const retired = path.join(parent, `.${path.basename(dest)}.kyll-old-${stamp}`);
  try {
    fs.mkdirSync(staging, { recursive: true });
    const madeDirs = new Set<string>();
    for (const file of files) {
      const target = path.join(staging, file.path);
      const dir = path.dirname(target);
      if (!madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      if (file.symlink !== undefined) fs.symlinkSync(file.symlink, target);
      else fs.writeFileSync(target, file.contents);
    }
    if (fs.existsSync(dest)) carryKeptFiles(dest, staging, options.keepFiles ?? []);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new KyllError('WRITE_ERROR', `Could not write the site to ${dest}: ${(e as Error).message}`, {}, { cause: e });
  }
  // Swap: the old destination (if any) steps aside, the new one takes its place.
  const hadOld = fs.existsSync(dest);
  if (hadOld) fs.renameSync(dest, retired);
  try {
    fs.renameSync(staging, dest);
  } catch (e) {
    if (hadOld) fs.renameSync(retired, dest);
    fs.rmSync(staging, { recursive: true, force: true });
    throw new KyllError('WRITE_ERROR', `Could not move the new site into ${dest}: ${(e as Error).message}`, {}, { cause: e });
  }
  if (hadOld) fs.rmSync(retired, { recursive: true, force: true });
}

// cleaner.rb#keep_file?: files under a keep_files prefix survive the rebuild.
function carryKeptFiles(oldDest: string, staging: string, keep: readonly string[]): void {
  for (const entry of keep) {
    const rel = entry.replace(/^\/+|\/+$/g, '');
    if (!rel) continue;
    const from = path.join(oldDest, rel);
    const to = path.join(staging, rel);
    if (fs.existsSync(from) && !fs.existsSync(to)) {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.cpSync(from, to, { recursive: true });
    }
  }
}
