// The root entry's synchronous functions (parsePost, buildCollections) as one
// CommonJS text: scripts/bundle.mjs bundles this file and keeps the result as a
// string in kyll.js, compiled on the first call (in place of entries/sync-modules.ts),
// so that import('kyll') only scans it. As in engine.cjs, lib/errors and lib/time are
// taken from the ES module side (engine-shared.ts): one KyllError, one JekyllTime.
export { parsePost } from '../read/parse-post.js';
export { buildCollections } from '../site/build-collections.js';
