// The outputs in the builder's disk cache (disk-cache.ts). A build that wrote its
// destination keeps, of each output, its path, size and a hash of its bytes, and
// reads the file back from the destination at the next start: a file that is
// missing or whose bytes differ (edited or deleted by hand) makes its unit render
// again. A build that did not write keeps the contents themselves.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from '../types.js';
import { sanitizedOutputPath } from '../write/sanitize.js';
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
}

/** Of a unit's outputs, what the cache keeps (`written`: whether the destination holds one as it is). */
export function storedOutputs(outputs: readonly OutputFile[], written: (f: OutputFile) => boolean): StoredOutput[] {
  return outputs.map((f) => {
    const { path: p, url, size, symlink } = f;
    if (symlink !== undefined || !written(f)) return { path: p, url, size, contents: f.contents, ...(symlink === undefined ? {} : { symlink }) };
    const c = f.contents;
    // A string hashes as its UTF-8 bytes, as written.
    return typeof c === 'string' ? { path: p, url, size, hash: crypto().hash('sha1', c, 'base64'), text: true } : { path: p, url, size, hash: crypto().hash('sha1', c, 'base64') };
  });
}

/** The outputs as the destination holds them, or undefined when one is not there as written. */
export function restoredOutputs(stored: readonly StoredOutput[], destination: string | undefined): OutputFile[] | undefined {
  const out: OutputFile[] = [];
  for (const s of stored) {
    const { path: p, url, size } = s;
    if (s.hash === undefined) {
      out.push({ path: p, url, size, contents: s.contents ?? '', ...(s.symlink === undefined ? {} : { symlink: s.symlink }) });
      continue;
    }
    if (destination === undefined) return undefined;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(destination, sanitizedOutputPath(p, destination)));
    } catch {
      return undefined;
    }
    if (bytes.length !== size || crypto().hash('sha1', bytes, 'base64') !== s.hash) return undefined;
    out.push({ path: p, url, size, contents: s.text ? bytes.toString('utf8') : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return out;
}
