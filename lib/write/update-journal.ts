// Applying a long-lived build's update to the destination all at once or not
// at all: every new file is first written under a temporary name beside its
// target, then each takes its target's place by a rename; each step is noted
// in a journal, and a step that fails undoes the ones before it, so that the
// destination is left as it was (what `kyll serve` keeps serving).
// (Jekyll's Site#write writes each file over the destination in turn: a failed
// write leaves part of the site written. A clean kyll build swaps a whole new
// folder in, write-site.ts; an update writes a few files, so it journals them.)
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from './write-fs.js';
import { copyStatic } from './static-copy.js';

/** The file-system calls an update makes (tests inject failures: as root, chmod blocks nothing). */
export type JournalFs = Pick<typeof fs, 'mkdirSync' | 'writeFileSync' | 'symlinkSync' | 'renameSync' | 'linkSync' | 'copyFileSync' | 'rmSync' | 'lstatSync' | 'readdirSync'>;

/** A file to put at `rel` (relative to the root, already sanitized). */
export interface JournalFile {
  readonly rel: string;
  readonly contents: string | Uint8Array;
  readonly symlink?: string;
  /** A static file copied from there (static-copy.ts), `contents` unused. */
  readonly copyFrom?: string;
}

/** A failed update: its message names the file; the destination was put back as it was. */
export class UpdateError extends Error {
  constructor(
    message: string,
    readonly original: unknown,
    /** Steps that could not be undone (their message): then the destination is not as it was. */
    readonly unrestored: readonly string[],
  ) {
    super(message);
    this.name = 'UpdateError';
  }
}

type Step =
  | { readonly kind: 'made'; readonly dir: string } // a folder made: removed again
  | { readonly kind: 'temp'; readonly file: string } // a new file under its temporary name: removed
  | { readonly kind: 'aside'; readonly target: string; readonly backup: string } // an old file moved aside: moved back
  | { readonly kind: 'kept'; readonly backup: string } // an old file's copy, its target replaced: restored by an 'in' step
  | { readonly kind: 'in'; readonly target: string; readonly backup: string | undefined }; // a new file in place: the old one back, or none

/**
 * Removes the files `removed` and writes the files `written` under `root`, all
 * or nothing. Throws an UpdateError naming the file that failed, once the
 * destination is back as it was.
 */
export function applyUpdate(root: string, written: readonly JournalFile[], removed: readonly string[], jfs: JournalFs = fs): void {
  const journal: Step[] = [];
  let n = 0;
  // A name beside `target` that no output has (dot files of this pid are ours: watch.ts ignores them).
  const beside = (target: string, what: string): string => path.join(path.dirname(target), `.${path.basename(target)}.kyll-${what}-${process.pid}-${(n++).toString(36)}`);
  let current = '';
  try {
    // The files the site no longer has step aside (deleted once all is in place).
    for (const rel of removed) {
      current = rel;
      const target = path.join(root, rel);
      if (!exists(jfs, target)) continue;
      const backup = beside(target, 'old');
      jfs.renameSync(target, backup);
      journal.push({ kind: 'aside', target, backup });
    }
    // Every new file under a temporary name, in the folders it needs.
    const temps: Array<[string, string]> = [];
    const folders = new Set<string>();
    for (const file of written) {
      current = file.rel;
      const target = path.join(root, file.rel);
      makeFolders(jfs, root, path.dirname(target), journal, beside, folders);
      const temp = beside(target, 'tmp');
      // Noted first: a write that fails part way (ENOSPC) leaves the file it created, which must go too.
      journal.push({ kind: 'temp', file: temp });
      if (file.symlink !== undefined) jfs.symlinkSync(file.symlink, temp);
      else if (file.copyFrom !== undefined) copyStatic(file.copyFrom, temp);
      else jfs.writeFileSync(temp, file.contents, { flag: 'wx' });
      temps.push([temp, target]);
    }
    // Then each takes its place, the old file kept (a link to it) until all are in. The last one
    // needs no copy: nothing after its rename can fail and call for the old file back (an update
    // of one file, a saved post, is then a write and a rename, with no link to make and remove).
    for (const [i, [temp, target]] of temps.entries()) {
      current = written[i]!.rel;
      const last = i === temps.length - 1;
      let backup: string | undefined;
      if (onlyAside(jfs, target, journal)) {
        // A folder of outputs this update removes (a permalink `/x.html/` now `/x.html`): it goes aside whole.
        const folder = beside(target, 'old');
        jfs.renameSync(target, folder);
        journal.push({ kind: 'aside', target, backup: folder });
      } else if (last) notAFolder(jfs, target);
      else if (exists(jfs, target)) {
        backup = beside(target, 'old');
        keepCopy(jfs, target, backup);
        journal.push({ kind: 'kept', backup });
      }
      jfs.renameSync(temp, target);
      // (the last one's step is never undone: it replaced its file, if any, for good)
      if (!last) journal.push({ kind: 'in', target, backup });
    }
  } catch (e) {
    const unrestored = undo(jfs, journal);
    const state = unrestored.length === 0 ? 'the destination was left as it was' : `and it could not be put back as it was (${unrestored.join('; ')})`;
    throw new UpdateError(`${current}: ${messageOf(e)}; ${state}`, e, unrestored);
  }
  // Done: the old files go, and the folders that removed outputs leave empty.
  for (const step of journal) {
    if (step.kind === 'aside' || step.kind === 'kept') removeQuietly(jfs, step.backup);
  }
  for (const step of journal) if (step.kind === 'aside') removeEmptyParents(root, path.dirname(step.target));
}

/** Puts every step back, last first; returns what could not be put back. */
function undo(jfs: JournalFs, journal: readonly Step[]): string[] {
  const failed: string[] = [];
  const attempt = (what: string, f: () => void): void => {
    try {
      f();
    } catch (e) {
      failed.push(`${what}: ${messageOf(e)}`);
    }
  };
  for (const step of [...journal].reverse()) {
    switch (step.kind) {
      case 'in':
        // The old file back over the new one (a rename replaces it), or the new one removed.
        if (step.backup !== undefined) attempt(step.target, () => jfs.renameSync(step.backup!, step.target));
        else attempt(step.target, () => jfs.rmSync(step.target, { force: true }));
        break;
      case 'kept':
        // Its target was never replaced: the copy goes (a restored one was renamed away already).
        attempt(step.backup, () => jfs.rmSync(step.backup, { force: true }));
        break;
      case 'temp':
        attempt(step.file, () => jfs.rmSync(step.file, { force: true }));
        break;
      case 'aside':
        attempt(step.target, () => jfs.renameSync(step.backup, step.target));
        break;
      case 'made':
        attempt(step.dir, () => jfs.rmSync(step.dir, { recursive: true, force: true }));
        break;
    }
  }
  return failed;
}

/** A second name for the file at `target` (a hard link; a copy where links are refused), which stays there while a new file replaces it. */
function keepCopy(jfs: JournalFs, target: string, backup: string): void {
  if (jfs.lstatSync(target).isDirectory()) throw folderInTheWay(target);
  try {
    jfs.linkSync(target, backup);
  } catch {
    jfs.copyFileSync(target, backup, fs.constants.COPYFILE_EXCL);
  }
}

function folderInTheWay(target: string): Error {
  return Object.assign(new Error(`a folder is in the way of the file ${target}`), { code: 'EISDIR' });
}

/** Throws keepCopy's error when a folder stands at `target` (the rename of a file over it would fail, less clearly). */
function notAFolder(jfs: JournalFs, target: string): void {
  let folder = false;
  try {
    folder = jfs.lstatSync(target).isDirectory();
  } catch {
    // nothing there: the file comes new
  }
  if (folder) throw folderInTheWay(target);
}

/** Whether `target` is a folder holding nothing but the removed outputs this update moved aside (and folders). */
function onlyAside(jfs: JournalFs, target: string, journal: readonly Step[]): boolean {
  if (!exists(jfs, target) || !jfs.lstatSync(target).isDirectory()) return false;
  const aside = new Set(journal.flatMap((s) => (s.kind === 'aside' ? [s.backup] : [])));
  const holdsOnlyAside = (dir: string): boolean =>
    jfs.readdirSync(dir, { withFileTypes: true }).every((e) => (e.isDirectory() ? holdsOnlyAside(path.join(dir, e.name)) : aside.has(path.join(dir, e.name))));
  return holdsOnlyAside(target);
}

/**
 * Makes the missing folders from `root` down to `dir`, each noted in the journal. A link where
 * an output's folder goes (put in the destination by hand: `_site/assets -> /srv/assets`) is
 * never written through: it steps aside as a removed file does and a folder takes its place, as
 * in the folder a clean build swaps in. (Jekyll's Site#write follows it, and replaces the files
 * of the folder it points to: outside the destination.)
 */
function makeFolders(jfs: JournalFs, root: string, dir: string, journal: Step[], beside: (target: string, what: string) => string, done: Set<string>): void {
  if (dir === root || !dir.startsWith(`${root}${path.sep}`) || done.has(dir)) return;
  makeFolders(jfs, root, path.dirname(dir), journal, beside, done);
  done.add(dir);
  let st: fs.Stats | undefined;
  try {
    st = jfs.lstatSync(dir);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) return;
  if (st?.isSymbolicLink()) {
    const backup = beside(dir, 'old');
    jfs.renameSync(dir, backup);
    journal.push({ kind: 'aside', target: dir, backup });
  } else if (st) return; // a file in the way: writing into it fails (ENOTDIR), and the update is undone
  jfs.mkdirSync(dir);
  journal.push({ kind: 'made', dir });
}

function exists(jfs: JournalFs, p: string): boolean {
  try {
    jfs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function removeQuietly(jfs: JournalFs, p: string): void {
  try {
    jfs.rmSync(p, { recursive: true, force: true });
  } catch {
    // A leftover dot file of ours; the next clean build replaces the folder.
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
