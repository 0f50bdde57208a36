// The only stage that writes. The whole site goes into a fresh folder next to
// the destination, which then replaces it in two renames: a failed build never
// leaves a half-written destination in place of a good one. Where a swap is
// impossible (a mount point, a folder we may not create entries in, a rename
// refused) the site is written in place, as Jekyll always does, with a warning.
// Every error says what state the destination is in.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import type { Diagnostic, OutputFile } from '../types.js';
import { realPathOf } from './destination-guard.js';
import { writeInPlace } from './in-place.js';
import { removeLater } from './remove-later.js';
import { removeStaleStaging, stagingNames } from './staging.js';
import { carryKeptFiles } from './keep-files.js';
import { errnoOf, FilesWriter, makeFolders, messageOf, nodeFs, WriteProgressError, writeFilesUnder, type WriteFs } from './write-fs.js';

export interface WriteOptions {
  /** Paths (relative to the destination) kept from the old destination: Jekyll's keep_files. */
  keepFiles?: readonly string[];
  /** The file-system calls to use (tests inject failures); default node:fs. */
  fs?: WriteFs;
  /**
   * When to remove the previous site once the new one has taken its place:
   * `now` (default: writeSite returns after it is gone), or `background`
   * (removed by a detached process that neither the result nor the exit waits for:
   * remove-later.ts; stale staging folders too).
   */
  removePrevious?: 'now' | 'background';
  /** The site's source folder: never removed as a stale staging folder (staging.ts#removeStaleStaging). */
  source?: string;
}

export interface WriteReport {
  /** `swap`: written beside and renamed in; `in-place`: written into the destination. */
  readonly mode: 'swap' | 'in-place';
  /** The folder written: the destination, or the folder its symlink points to. */
  readonly folder: string;
  readonly diagnostics: Diagnostic[];
  /** With `removePrevious: 'background'`: settles once the previous site is gone (never rejects). */
  readonly removed?: Promise<void>;
  /** A swap that copied kept files (keep_files) into the new site: the folders they went into have changed since written. */
  readonly carried?: boolean;
}

/** Errors after which writing in place can still work where the swap could not. */
const SWAP_REFUSED = new Set(['EBUSY', 'EXDEV', 'EACCES', 'EPERM', 'EROFS', 'ENOTEMPTY', 'EEXIST', 'EINVAL']);

export function writeSite(destination: string, files: readonly OutputFile[], options: WriteOptions = {}): WriteReport {
  const start = startWrite(destination, files, options);
  if ('mode' in start) return start;
  try {
    writeFilesUnder(start.wfs, start.staging, start.dest, files);
  } catch (e) {
    throw stagingFailed(start, e);
  }
  return swapIn(start);
}

/**
 * writeSite for a build that a signal can stop (`kyll serve`'s first build): `pause` is called
 * between files (render/yield-point.ts) and rejects once the build is stopped; then the staging
 * folder goes and the destination stays as it was.
 */
export async function writeSiteInTurns(destination: string, files: readonly OutputFile[], options: WriteOptions, pause: () => Promise<void> | undefined): Promise<WriteReport> {
  const start = startWrite(destination, files, options);
  if ('mode' in start) return start;
  try {
    const writer = new FilesWriter(start.wfs, start.staging, start.dest);
    for (const file of files) {
      const turn = pause();
      if (turn) await turn;
      writer.write(file);
    }
  } catch (e) {
    throw stagingFailed(start, e);
  }
  return swapIn(start);
}

/** A failure while filling the staging folder: it goes, the destination is as it was (a stopped build's reason as it is). */
function stagingFailed(s: StagedSite, e: unknown): unknown {
  removeQuietly(s.wfs, s.staging);
  if (!(e instanceof WriteProgressError)) return e;
  return writeError(`Could not write the site to ${s.dest}: ${messageOf(e)}; the destination was left as it was.`, e);
}

/** Up to the staging folder, made: the site staged there next, or the report of a site written in place. */
function startWrite(destination: string, files: readonly OutputFile[], options: WriteOptions): StagedSite | WriteReport {
  const wfs = options.fs ?? nodeFs;
  const keep = options.keepFiles ?? [];
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string): void => void diagnostics.push({ level: 'warning', code: 'WRITE_IN_PLACE', message });
  const dest = resolveDestination(wfs, destination);
  const background = options.removePrevious === 'background';
  removeStaleStaging(wfs, dest, background ? removeLater : undefined, options.source);
  const existing = statOrUndefined(wfs, dest);
  if (existing && !existing.isDirectory()) {
    throw writeError(`Could not write the site to ${dest}: it is a file, not a folder; it was left as it was.`);
  }
  const parentStat = statOrUndefined(wfs, path.dirname(dest));
  if (existing && parentStat && existing.dev !== parentStat.dev) {
    warn(`${dest} is a mount point and cannot be replaced: the site was written in place.`);
    return inPlace(wfs, dest, files, keep, diagnostics);
  }

  const { staging, retired } = stagingNames(dest);
  try {
    makeFolders(wfs, staging);
  } catch (e) {
    if (!SWAP_REFUSED.has(errnoOf(e))) throw writeError(`Could not write the site to ${dest}: ${messageOf(e)}; the destination was left as it was.`, e);
    warn(`Could not create a staging folder beside ${dest} (${errnoOf(e)}): the site was written in place.`);
    return inPlace(wfs, dest, files, keep, diagnostics);
  }
  return { wfs, dest, staging, retired, keep, background, diagnostics, files: () => files };
}

/** A staging folder holding the whole new site, ready to take the destination's place. */
export interface StagedSite {
  readonly wfs: WriteFs;
  /** The resolved destination (resolveDestination). */
  readonly dest: string;
  readonly staging: string;
  /** The name the previous site takes while the new one moves in. */
  readonly retired: string;
  readonly keep: readonly string[];
  /** Remove the previous site without blocking (remove-later.ts); WriteReport.removed settles when it is gone. */
  readonly background: boolean;
  readonly diagnostics: Diagnostic[];
  /** The site's files, for writing in place should the swap be refused (they may be read from the staging folder). */
  readonly files: () => readonly OutputFile[];
}

/** Carries keep_files over, then swaps the staging folder in; removes it whatever happens. */
export function swapIn(s: StagedSite): WriteReport {
  const { wfs, dest, staging, retired, keep, diagnostics } = s;
  const warn = (message: string): void => void diagnostics.push({ level: 'warning', code: 'WRITE_IN_PLACE', message });
  // The site is written in place from the staging folder's files, then that folder goes.
  const inPlaceFromStaging = (): WriteReport => {
    try {
      return inPlace(wfs, dest, s.files(), keep, diagnostics);
    } finally {
      removeQuietly(wfs, staging);
    }
  };
  const existing = statOrUndefined(wfs, dest);
  // A site with nothing to write makes no destination: Jekyll only makes folders for the files it
  // writes (Site#write), so an empty site leaves a missing destination missing (one there is emptied).
  if (!existing && s.files().length === 0) {
    removeQuietly(wfs, staging);
    return { mode: 'swap', folder: dest, diagnostics };
  }
  let carried = false;
  try {
    if (existing) carried = carryKeptFiles(wfs, dest, staging, keep);
  } catch (e) {
    removeQuietly(wfs, staging);
    throw writeError(`Could not write the site to ${dest}: ${messageOf(e)}; the destination was left as it was.`, e);
  }
  // Swap: the old destination (if any) steps aside, the new one takes its place.
  if (existing) {
    try {
      wfs.renameSync(dest, retired);
    } catch (e) {
      if (!SWAP_REFUSED.has(errnoOf(e))) {
        removeQuietly(wfs, staging);
        throw writeError(`Could not replace ${dest}: ${messageOf(e)}; the destination was left as it was.`, e);
      }
      warn(`Could not move ${dest} aside (${errnoOf(e)}): the site was written in place.`);
      return inPlaceFromStaging();
    }
  }
  try {
    wfs.renameSync(staging, dest);
  } catch (e) {
    if (existing) {
      try {
        wfs.renameSync(retired, dest);
      } catch (e2) {
        throw writeError(
          `Could not move the new site into ${dest} (${messageOf(e)}), nor put the old one back (${messageOf(e2)}): ` +
            `${dest} does not exist now; the old site is in ${retired} and the new one in ${staging}.`,
          e,
        );
      }
    }
    if (!SWAP_REFUSED.has(errnoOf(e))) {
      removeQuietly(wfs, staging);
      throw writeError(`Could not move the new site into ${dest}: ${messageOf(e)}; the destination was left as it was.`, e);
    }
    warn(`Could not move the new site into ${dest} (${errnoOf(e)}): the site was written in place.`);
    return inPlaceFromStaging();
  }
  if (existing && s.background) return { mode: 'swap', folder: dest, diagnostics, removed: removeLater(retired), carried };
  if (existing) {
    try {
      wfs.rmSync(retired, { recursive: true, force: true });
    } catch (e) {
      diagnostics.push({
        level: 'warning',
        code: 'WRITE_ERROR',
        message: `The new site is in ${dest}, but the previous one could not be removed (${messageOf(e)}): it is left in ${retired}.`,
      });
    }
  }
  return { mode: 'swap', folder: dest, diagnostics, carried };
}

/** The folder to write: a symlinked destination is written through, as Jekyll does. */
export function resolveDestination(wfs: WriteFs, destination: string): string {
  const dest = path.resolve(destination);
  try {
    if (wfs.lstatSync(dest).isSymbolicLink()) return realPathOf(dest);
  } catch {
    // Not there yet: it is created.
  }
  return dest;
}

function inPlace(wfs: WriteFs, dest: string, files: readonly OutputFile[], keep: readonly string[], diagnostics: Diagnostic[]): WriteReport {
  try {
    writeInPlace(wfs, dest, files, keep);
  } catch (e) {
    // in-place.ts's journal says whether the destination was put back as it was.
    throw writeError(`Could not write the site in place into ${dest}: ${messageOf(e)}.`, e);
  }
  return { mode: 'in-place', folder: dest, diagnostics };
}

export function statOrUndefined(wfs: WriteFs, p: string): ReturnType<WriteFs['statSync']> | undefined {
  try {
    return wfs.statSync(p);
  } catch {
    return undefined;
  }
}

export function removeQuietly(wfs: WriteFs, p: string): void {
  try {
    wfs.rmSync(p, { recursive: true, force: true });
  } catch {
    // The next build removes it (staging.ts).
  }
}

export function writeError(message: string, cause?: unknown): KyllError {
  const original = cause instanceof WriteProgressError ? (cause.original ?? cause) : cause;
  return new KyllError('WRITE_ERROR', message, {}, original === undefined ? {} : { cause: original });
}
