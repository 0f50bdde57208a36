// A static file that the writer copies from the source folder: this thread neither reads its
// bytes nor posts them to the writer thread, which reads the file itself (write-loop.ts).
// Jekyll's StaticFile#write copies it too (FileUtils.cp), at the end of the build.
// On a site with 55 MB of images (a beautiful-jekyll blog), reading them and posting them to the
// writer was a quarter of the main thread's time.
import type { OutputFile } from '../types.js';

/** Where a copied file is: a symbol, not listed by Object.keys or JSON. */
const FROM: unique symbol = Symbol('copied from');

interface From {
  /** The absolute path the writer copies from. */
  readonly path: string;
  /** The bytes, for whoever asks for `contents` (a write on this thread, a result in memory). */
  readonly read: () => Uint8Array;
}

type Copied = OutputFile & { readonly [FROM]: From };

// Shared accessors keep one fast object shape for every copied file (as written-output.ts's).
const CONTENTS: PropertyDescriptor = {
  get(this: Copied): Uint8Array {
    return this[FROM].read();
  },
  enumerable: true,
  configurable: true,
};
const SIZE: PropertyDescriptor = {
  get(this: Copied): number {
    return this[FROM].read().length;
  },
  enumerable: true,
  configurable: true,
};

/** An output whose bytes are the file at `from`, read only when asked for (`read`). */
export function copiedFile(outputPath: string, url: string, from: string, read: () => Uint8Array): OutputFile {
  const file = { path: outputPath, url, [FROM]: { path: from, read } as From };
  Object.defineProperty(file, 'size', SIZE);
  Object.defineProperty(file, 'contents', CONTENTS);
  return file as unknown as OutputFile;
}

/** The path a copied file's bytes come from; undefined for any other output. */
export function copiedFrom(file: OutputFile): string | undefined {
  return (file as Partial<Copied>)[FROM]?.path;
}
