// An output file that is on disk and no longer in memory: a build that writes
// each output as soon as it is rendered (site-writer.ts) drops the text, and a
// warm build (lib/build/warm.ts) never had it. `contents` is read from the
// file when asked for, each time (nothing is kept), from wherever the file is
// then: the staging folder while the build runs, the destination after it.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';

/** Where a written output is, for its `contents` getter (a symbol: not listed by Object.keys or JSON). */
const WHERE: unique symbol = Symbol('written output');

interface Where {
  readonly out: WrittenOutput;
  readonly folder: () => string;
}

type Written = OutputFile & { readonly [WHERE]: Where };

// One getter shared by every written output: an object literal with its own `get contents()`
// is made by a slow runtime path, a dictionary-mode object each time (~100x a plain object;
// 3% of a 1,000-post build's main thread), where defining this accessor keeps a fast shape.
const CONTENTS: PropertyDescriptor = {
  get(this: Written): string | Uint8Array {
    const { out, folder } = this[WHERE];
    const abs = path.join(folder(), out.path);
    return out.text ? fs.readFileSync(abs, 'utf8') : new Uint8Array(fs.readFileSync(abs));
  },
  enumerable: true,
  configurable: true,
};

export interface WrittenOutput {
  /** Relative to the destination (sanitized), forward slashes. */
  readonly path: string;
  readonly url: string;
  readonly size: number;
  /** Rendered text (read back as UTF-8), or a static file's bytes. */
  readonly text: boolean;
  readonly symlink?: string;
}

/** An OutputFile whose contents are read from `folder()`/`path` when asked for. */
export function writtenOutput(out: WrittenOutput, folder: () => string): OutputFile {
  const where: Where = { out, folder };
  const file = (
    out.symlink === undefined
      ? { path: out.path, url: out.url, size: out.size, [WHERE]: where }
      : { path: out.path, url: out.url, size: out.size, symlink: out.symlink, [WHERE]: where }
  ) as unknown as OutputFile;
  Object.defineProperty(file, 'contents', CONTENTS);
  return file;
}

/** Whether the file holds text (a page, a post) rather than bytes, without reading it from disk. */
export function isTextOutput(file: OutputFile): boolean {
  return (file as Partial<Written>)[WHERE]?.out.text ?? typeof file.contents === 'string';
}
