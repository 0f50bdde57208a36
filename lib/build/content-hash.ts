// The hash a build keeps of a file's bytes (warm records, the incremental cache), in one place:
// the read-ahead thread (read/read-ahead-thread.ts) hashes the posts it reads with it too.
// node:crypto when first used: a build with no warm record or cache to key never loads it (entries/code-cache.ts).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

/**
 * SHA-1 of the bytes, base64. The one-shot crypto.hash: a Hash object per file (createHash) cost a
 * cold 1,000-post build's main thread 1.2% of its profile, most of it making the objects.
 */
export function contentHash(bytes: Uint8Array): string {
  return crypto().hash('sha1', bytes, 'base64');
}
