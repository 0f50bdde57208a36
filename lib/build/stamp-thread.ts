// The background stamping thread (background-stamps.ts): hashes the files it is given, in
// order, as warm-key.ts#stampFile does (SHA-1 of the bytes, read in chunks through one buffer;
// whether they start with `---`), each only if its stat is still the one the build started
// with. It takes a file by moving its status from PENDING to HASHING, so that the main thread,
// which may come to the same files at the build's end, never hashes one twice.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import { signature } from './file-signature.js';
import { DONE, DONE_DASHES, HASH_BYTES, HASHING, HEADER_CELLS, PENDING, SKIPPED, STOP, type StampSetup } from './stamp-protocol.js';

const setup = workerData as StampSetup;
const header = new Int32Array(setup.state, 0, HEADER_CELLS);
const status = new Int32Array(setup.state, HEADER_CELLS * 4, setup.files.length);
const hashes = new Uint8Array(setup.hashes);
const CHUNK = 1 << 20;
const chunk = Buffer.allocUnsafeSlow(CHUNK);

/** The file's SHA-1 and whether it starts with `---`, or undefined: unreadable, or not the file the build started with. */
function hashFile(file: string, expected: string): { digest: Buffer; dashes: boolean } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    if (signature(fs.fstatSync(fd, { bigint: true })) !== expected) return undefined;
    const h = crypto.createHash('sha1');
    let dashes = false;
    for (let n: number, first = true; (n = fs.readSync(fd, chunk, 0, CHUNK, null)) > 0; first = false) {
      if (first) dashes = n >= 3 && chunk[0] === 0x2d && chunk[1] === 0x2d && chunk[2] === 0x2d;
      h.update(chunk.subarray(0, n));
    }
    return { digest: h.digest(), dashes };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

for (let i = 0; i < setup.files.length; i++) {
  if (Atomics.load(header, STOP) !== 0) break;
  if (Atomics.compareExchange(status, i, PENDING, HASHING) !== PENDING) continue;
  const hashed = hashFile(setup.files[i]!, setup.signatures[i]!);
  if (hashed) hashes.set(hashed.digest, i * HASH_BYTES);
  Atomics.store(status, i, hashed ? (hashed.dashes ? DONE_DASHES : DONE) : SKIPPED);
  Atomics.notify(status, i);
}
