// An output file that is on disk and no longer in memory: a build that writes
// each output as soon as it is rendered (site-writer.ts) drops the text, and a
// warm build (lib/build/warm.ts) never had it. `contents` is read from the
// file when asked for, each time (nothing is kept), from wherever the file is
// then: the staging folder while the build runs, the destination after it.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';
import type { WrittenStats } from './write-queue.js';

/** Where a written output is, for its `contents` getter (a symbol: not listed by Object.keys or JSON). */
const WHERE: unique symbol = Symbol('written output');

interface Where {
  readonly out: WrittenOutput;
  readonly folder: () => string;
  /** What the writer thread saw of the build's files and folders once they are in place: one box for all of a build's outputs. */
  readonly noted?: NotedStats;
}

/** Filled in once a build's site is in place (site-writer.ts), for its warm record. */
export interface NotedStats {
  stats?: WrittenStats;
}

type Written = OutputFile & { readonly [WHERE]: Where };

function onDisk(file: Written): string {
  const { out, folder } = file[WHERE];
  return path.join(folder(), out.path);
}

// One getter shared by every written output: an object literal with its own `get contents()`
// is made by a slow runtime path, a dictionary-mode object each time (~100x a plain object;
// 3% of a 1,000-post build's main thread), where defining this accessor keeps a fast shape.
const CONTENTS: PropertyDescriptor = {
  get(this: Written): string | Uint8Array {
    const abs = onDisk(this);
    return this[WHERE].out.text ? fs.readFileSync(abs, 'utf8') : new Uint8Array(fs.readFileSync(abs));
  },
  enumerable: true,
  configurable: true,
};

// The UTF-8 length of a rendered text is what the writer wrote: measuring the string on the
// main thread (Buffer.byteLength) cost 4% of a cold 1,000-post build, and few ask for it.
const SIZE: PropertyDescriptor = {
  get(this: Written): number {
    return fs.statSync(onDisk(this)).size;
  },
  enumerable: true,
  configurable: true,
};

export interface WrittenOutput {
  /** Relative to the destination (sanitized), forward slashes. */
  readonly path: string;
  readonly url: string;
  /** Undefined: the file's length on disk, read when asked for (a rendered text is not measured twice). */
  readonly size?: number;
  /** Rendered text (read back as UTF-8), or a static file's bytes. */
  readonly text: boolean;
  readonly symlink?: string;
}

/** An OutputFile whose contents are read from `folder()`/`path` when asked for. */
export function writtenOutput(out: WrittenOutput, folder: () => string, noted?: NotedStats): OutputFile {
  const where: Where = { out, folder, noted };
  let file: OutputFile;
  if (out.size === undefined) {
    file = { path: out.path, url: out.url } as OutputFile;
    Object.defineProperty(file, 'size', SIZE);
    if (out.symlink !== undefined) (file as { symlink?: string }).symlink = out.symlink;
  } else if (out.symlink === undefined) file = { path: out.path, url: out.url, size: out.size } as OutputFile;
  else file = { path: out.path, url: out.url, size: out.size, symlink: out.symlink } as OutputFile;
  // Set by assignment: a symbol as a computed key of the literal is defined by a runtime call
  // for every file, where a store keeps to the shapes the first file made.
  (file as { [WHERE]?: Where })[WHERE] = where;
  Object.defineProperty(file, 'contents', CONTENTS);
  return file;
}

/** The file's size when known without a stat: undefined for a written text measured on disk (see SIZE). */
export function knownSize(file: OutputFile): number | undefined {
  const where = (file as Partial<Written>)[WHERE];
  return where ? where.out.size : file.size;
}

// Outputs made elsewhere whose contents are read when first asked for (the builder's disk cache:
// build/cached-outputs.ts), and whether each holds text.
const readLater = new WeakMap<OutputFile, boolean>();

/** Notes that `file`'s contents are read when asked for, and whether they are text (isTextOutput answers without reading them). */
export function readWhenAsked(file: OutputFile, text: boolean): void {
  readLater.set(file, text);
}

/** Whether the file holds text (a page, a post) rather than bytes, without reading it from disk. */
export function isTextOutput(file: OutputFile): boolean {
  return (file as Partial<Written>)[WHERE]?.out.text ?? readLater.get(file) ?? typeof file.contents === 'string';
}

/** The size and modification time (ms) of the file as the writer thread saw it right after writing it, when it did. */
export function writtenStat(file: OutputFile): readonly [size: number, mtimeMs: number] | undefined {
  const where = (file as Partial<Written>)[WHERE];
  return where?.noted?.stats?.files.get(where.out.path);
}

/** The modification times (ms) of the folders the writer thread wrote into, by path, as noted with `files`. */
export function writtenFolderTimes(files: readonly OutputFile[]): ReadonlyMap<string, number> | undefined {
  for (const file of files) {
    const stats = (file as Partial<Written>)[WHERE]?.noted?.stats;
    if (stats) return stats.folders;
  }
  return undefined;
}
