// The outputs in the builder's disk cache (disk-cache.ts). A build that wrote its
// destination keeps, of each output, its path, size, a hash of its bytes and its
// stat signature once written (size, modification and change times in
// nanoseconds, inode: file-signature.ts), and looks at the file in the
// destination at the next start: one with that signature is as written (any
// write, and any touch that sets a time back, changes its change time), and is
// read only when asked for (a one-off build) or read without hashing; one with
// another signature is read back and hashed; a file that is missing or whose
// bytes differ (edited or deleted by hand) makes its unit render again. A build
// that did not write keeps the contents themselves.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { sanitizedOutputPath } from '../write/sanitize.js';
import { readWhenAsked } from '../write/written-output.js';
import { signature } from './file-signature.js';
import { noteSeen } from './seen-destination.js';
// node:crypto when first used: a build with no warm record or cache to key never loads it (entries/code-cache.ts).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

export interface StoredOutput {
  readonly path: string;
  readonly url: string;
  readonly size: number;
  /** The contents, when the destination does not hold them (or the output is a link). */
  readonly contents?: string | Uint8Array;
  readonly symlink?: string;
  /** The hash of its bytes as written (disk-cache.ts#contentHash's), and whether it is a text. */
  readonly hash?: string;
  readonly text?: boolean;
  /** With hash: the file's stat signature right after the build (file-signature.ts), '' when unknown. */
  readonly stat?: string;
}

/** The stat signature of an output in the destination, '' when it cannot be stat'ed. */
export function outputSignature(destination: string, p: string): string {
  try {
    return signature(fs.statSync(path.join(destination, sanitizedOutputPath(p, destination)), { bigint: true }));
  } catch {
    return '';
  }
}

/** Of a unit's outputs, what the cache keeps (`written`: whether the destination holds one as it is). */
export function storedOutputs(outputs: readonly OutputFile[], written: (f: OutputFile) => boolean, destination?: string): StoredOutput[] {
  return outputs.map((f) => {
    const { path: p, url, size, symlink } = f;
    if (symlink !== undefined || !written(f)) return { path: p, url, size, contents: f.contents, ...(symlink === undefined ? {} : { symlink }) };
    const c = f.contents;
    const stat = destination === undefined ? '' : outputSignature(destination, p);
    // A string hashes as its UTF-8 bytes, as written.
    return typeof c === 'string' ? { path: p, url, size, hash: crypto().hash('sha1', c, 'base64'), text: true, stat } : { path: p, url, size, hash: crypto().hash('sha1', c, 'base64'), stat };
  });
}

/** Whether a stored output is kept as the destination holds it (its hash), rather than as contents. */
export function keptInDestination(s: StoredOutput): boolean {
  return s.hash !== undefined;
}

/** Where a restored output's contents are read from (a symbol: not listed by Object.keys or JSON). */
const FROM: unique symbol = Symbol('restored output');
type Restored = OutputFile & { readonly [FROM]: () => string | Uint8Array };

// One getter shared by every restored output (a fast shape, as written-output.ts's).
const CONTENTS: PropertyDescriptor = {
  get(this: Restored): string | Uint8Array {
    return this[FROM]();
  },
  enumerable: true,
  configurable: true,
};

/**
 * The outputs as the destination holds them, or undefined when one is not there as written. `lazy`:
 * an output whose stat signature is the one noted is read when its contents are first asked for
 * (once: the texts of a one-off build's records share that read); else every output is read now.
 */
export function restoredOutputs(stored: readonly StoredOutput[], destination: string | undefined, lazy = false): OutputFile[] | undefined {
  const out: OutputFile[] = [];
  for (const s of stored) {
    const { path: p, url, size } = s;
    if (s.hash === undefined) {
      out.push({ path: p, url, size, contents: s.contents ?? '', ...(s.symlink === undefined ? {} : { symlink: s.symlink }) });
      continue;
    }
    if (destination === undefined) return undefined;
    const rel = sanitizedOutputPath(p, destination);
    const abs = path.join(destination, rel);
    let st: fs.BigIntStats;
    try {
      st = fs.statSync(abs, { bigint: true });
    } catch {
      return undefined;
    }
    const asWritten = s.stat !== undefined && s.stat !== '' && signature(st) === s.stat;
    if (asWritten && lazy) {
      let read: string | Uint8Array | undefined;
      const file = { path: p, url, size } as Restored;
      (file as { [FROM]?: () => string | Uint8Array })[FROM] = () => (read ??= s.text ? fs.readFileSync(abs, 'utf8') : new Uint8Array(fs.readFileSync(abs)));
      Object.defineProperty(file, 'contents', CONTENTS);
      readWhenAsked(file, s.text === true);
      // (its stat for the warm record: seen-destination.ts)
      if (rel === p) noteSeen(file, st.size, st.mtimeNs);
      out.push(file);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(abs);
    } catch {
      return undefined;
    }
    if (bytes.length !== size || (!asWritten && crypto().hash('sha1', bytes, 'base64') !== s.hash)) return undefined;
    out.push({ path: p, url, size, contents: s.text ? bytes.toString('utf8') : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return out;
}

/** Reads now the restored outputs at these paths (before the build writes there: lazy-text.ts's reads would see the new bytes). */
export function readNow(files: Iterable<OutputFile>, paths: ReadonlySet<string>): void {
  for (const f of files) if (paths.has(f.path) && (f as Partial<Restored>)[FROM]) void f.contents;
}
