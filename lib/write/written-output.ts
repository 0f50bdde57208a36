// An output file that is on disk and no longer in memory: a build that writes
// each output as soon as it is rendered (site-writer.ts) drops the text, and a
// warm build (lib/build/warm.ts) never had it. `contents` is read from the
// file when asked for, each time (nothing is kept), from wherever the file is
// then: the staging folder while the build runs, the destination after it.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';

/** Whether `contents` is text or bytes, for outputs read back on demand (no read to find out). */
const textOutputs = new WeakMap<OutputFile, boolean>();

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
  const read = (): string | Uint8Array => {
    const abs = path.join(folder(), out.path);
    return out.text ? fs.readFileSync(abs, 'utf8') : new Uint8Array(fs.readFileSync(abs));
  };
  const file: OutputFile = {
    path: out.path,
    url: out.url,
    size: out.size,
    ...(out.symlink !== undefined ? { symlink: out.symlink } : {}),
    get contents(): string | Uint8Array {
      return read();
    },
  };
  textOutputs.set(file, out.text);
  return file;
}

/** Whether the file holds text (a page, a post) rather than bytes, without reading it from disk. */
export function isTextOutput(file: OutputFile): boolean {
  return textOutputs.get(file) ?? typeof file.contents === 'string';
}
