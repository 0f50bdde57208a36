// The file-system calls the writer makes, as a small interface: tests hand in
// one whose renames fail (EBUSY, EXDEV, EACCES, EROFS) to reach the fallbacks,
// which a test running as root could not reach with chmod.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { copiedFrom } from './copied-file.js';
import { linkIfCopied, linkIfUnchanged, type LinkFs } from './reuse.js';
import { copyStatic, staticSource, type CopyFs } from './static-copy.js';
import { sanitizedOutputPath } from './sanitize.js';

export type WriteFs = Pick<
  typeof fs,
  'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'readdirSync' | 'lstatSync' | 'statSync' | 'cpSync' | 'existsSync' | 'realpathSync' | 'symlinkSync'
>;

export const nodeFs: WriteFs = fs;

/** The errno code of a failed call (`EBUSY`), or ''. */
export function errnoOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes every file under `root` (which must exist), each path passed through
 * Jekyll.sanitized_path against `destination` so that nothing lands outside.
 * Returns how many files were written; on failure the error says how many.
 */
export function writeFilesUnder(wfs: WriteFs, root: string, destination: string, files: readonly OutputFile[]): number {
  const writer = new FilesWriter(wfs, root, destination);
  for (const file of files) writer.write(file);
  return writer.written;
}

/** What a FilesWriter may start from. */
export interface FilesWriterOptions {
  /** The current site (a staging folder's destination): an output it already holds byte for byte is linked from it (reuse.ts). */
  readonly previous?: string;
  /** The calls that reuse makes (default node:fs). */
  readonly linkFs?: LinkFs;
  /** The calls that copy a static file (default node:fs). */
  readonly copyFs?: CopyFs;
  /** Folders under `root` already made (by another writer of the same folder). */
  readonly made?: Iterable<string>;
  /** Told of each folder (absolute) that gets a new entry: a file written or linked in it, a folder made in it. */
  readonly entryAdded?: (folder: string) => void;
}

/**
 * Writes files under `root` one at a time, as a build renders them, keeping
 * the folders it made from one file to the next (writeFilesUnder's loop).
 */
export class FilesWriter {
  readonly #made: Set<string>;
  readonly #previous: string | undefined;
  readonly #linkFs: LinkFs;
  readonly #copyFs: CopyFs;
  readonly #entryAdded: ((folder: string) => void) | undefined;
  #written = 0;
  #linked = 0;

  constructor(
    readonly wfs: WriteFs,
    readonly root: string,
    readonly destination: string,
    options: FilesWriterOptions = {},
  ) {
    this.#made = new Set([root, ...(options.made ?? [])]);
    this.#previous = options.previous;
    this.#linkFs = options.linkFs ?? fs;
    this.#copyFs = options.copyFs ?? fs;
    this.#entryAdded = options.entryAdded;
  }

  /** Files written so far (linked ones included). */
  get written(): number {
    return this.#written;
  }

  /** Of those, the files linked from the previous site. */
  get linked(): number {
    return this.#linked;
  }

  /** The folders made so far (and those given as made). */
  get folders(): readonly string[] {
    return [...this.#made];
  }

  /** Writes one file; returns its path relative to `root` (sanitized). */
  write(file: OutputFile): string {
    const rel = sanitizedOutputPath(file.path, this.destination);
    const unwritable = unwritablePath(rel, file.url, this.#written);
    if (unwritable) throw unwritable;
    this.writeAt(rel, file);
    return rel;
  }

  /** Writes `file` at `rel`, a path already sanitized (sanitizedOutputPath, not ''). */
  writeAt(rel: string, file: Pick<OutputFile, 'contents' | 'symlink'>): void {
    const from = file.symlink === undefined ? copiedFrom(file as OutputFile) : undefined;
    if (from !== undefined) return this.copyAt(rel, from);
    this.#place(rel, (target) => {
      if (file.symlink !== undefined) {
        // A static file kept as a link (StaticFile#copy_file outside safe mode and production).
        this.wfs.rmSync(target, { force: true });
        this.wfs.symlinkSync(file.symlink, target);
      } else if (this.#previous === undefined) this.wfs.writeFileSync(target, file.contents);
      else if (linkIfUnchanged(this.#linkFs, path.join(this.#previous, rel), target, file.contents)) this.#linked++;
      else writeNewInode(this.wfs, target, file.contents);
    });
  }

  /** Copies the static file `from` to `rel` (sanitized) as Jekyll does (static-copy.ts), or links the current site's copy. */
  copyAt(rel: string, from: string): void {
    this.#place(rel, (target) => {
      const source = staticSource(from, this.#copyFs);
      if (this.#previous !== undefined && linkIfCopied(this.#linkFs, path.join(this.#previous, rel), from, target, source)) this.#linked++;
      else copyStatic(from, target, source, this.#copyFs);
    });
  }

  /** Makes `rel`'s folders, then `put` makes the file at its absolute path; a failure names `rel`. */
  #place(rel: string, put: (target: string) => void): void {
    const target = path.join(this.root, rel);
    const dir = path.dirname(target);
    try {
      if (!this.#made.has(dir)) makeDir(this.wfs, dir, this.#made, this.#entryAdded);
      put(target);
    } catch (e) {
      throw new WriteProgressError(`${rel}: ${messageOf(e)}`, this.#written, e);
    }
    this.#entryAdded?.(dir);
    this.#written++;
  }
}

/**
 * Writes a file that shares no inode with the previous site: a file already at
 * `target` (an earlier output at the same path, perhaps linked from the
 * current site) is replaced, never written into.
 */
function writeNewInode(wfs: WriteFs, target: string, contents: string | Uint8Array): void {
  try {
    wfs.writeFileSync(target, contents, { flag: 'wx' });
  } catch (e) {
    if (errnoOf(e) !== 'EEXIST') throw e;
    wfs.rmSync(target, { force: true });
    wfs.writeFileSync(target, contents, { flag: 'wx' });
  }
}

/**
 * mkdir -p that knows which folders it made: each missing folder costs one
 * mkdir, where a recursive mkdirSync of a new a/b/c first fails on c and b.
 */
function makeDir(wfs: WriteFs, dir: string, made: Set<string>, entryAdded?: (folder: string) => void): void {
  const parent = path.dirname(dir);
  if (parent !== dir && !made.has(parent)) makeDir(wfs, parent, made, entryAdded);
  try {
    wfs.mkdirSync(dir);
  } catch {
    // There already (the root's parents, a folder writing in place keeps), or in
    // the way: makeFolders succeeds or fails as a recursive mkdir would.
    makeFolders(wfs, dir);
  }
  entryAdded?.(parent);
  made.add(dir);
}

/**
 * mkdir -p (FileUtils.mkdir_p, as Jekyll makes the destination's folders) that fails where node's
 * recursive mkdirSync never returns: on a folder whose parent is there but takes no new folder
 * with ENOENT (`-d /proc/x`: /proc says ENOENT, node's MKDirpSync makes the parent, which exists,
 * and tries again, for ever, deaf to Ctrl-C). Jekyll stops with "No such file or directory @
 * dir_s_mkdir - /proc/x"; here the ENOENT of the second try is thrown.
 */
export function makeFolders(wfs: Pick<WriteFs, 'mkdirSync' | 'statSync'>, dir: string): void {
  try {
    wfs.mkdirSync(dir);
    return;
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'EEXIST' && isFolder(wfs, dir)) return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw e;
    makeFolders(wfs, parent);
  }
  try {
    wfs.mkdirSync(dir);
  } catch (e) {
    if (!(errnoOf(e) === 'EEXIST' && isFolder(wfs, dir))) throw e;
  }
}

function isFolder(wfs: Pick<WriteFs, 'statSync'>, p: string): boolean {
  try {
    return wfs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why no file can be written at `rel` (a sanitized output path), or undefined: it would be the
 * destination folder itself, or it holds a NUL byte, which Ruby's File.expand_path refuses in
 * Jekyll.sanitized_path (in its words, where node's would name its own argument).
 */
export function unwritablePath(rel: string, url: string, written: number): WriteProgressError | undefined {
  if (rel === '') return new WriteProgressError(`the output for ${url} would be the destination folder itself`, written);
  if (rel.includes('\0')) return new WriteProgressError(`${rel.replace(/\0/g, '\\0')}: path name contains null byte`, written);
  return undefined;
}

/** A failure part way through writing: how many files were written before it. */
export class WriteProgressError extends Error {
  constructor(
    message: string,
    readonly written: number,
    readonly original?: unknown,
  ) {
    super(message);
    this.name = 'WriteProgressError';
  }
}
