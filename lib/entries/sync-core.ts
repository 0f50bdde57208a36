// The root entry's synchronous functions as one CommonJS file, dist/bundle/sync.cjs
// (scripts/bundle.mjs), which the bundled kyll.js require()s on the first call of
// parsePost or buildCollections (in place of entries/sync-modules.ts). As in
// engine.cjs, lib/errors and lib/time are taken from the ES module side
// (engine-shared.ts), so that there is one KyllError and one JekyllTime.
export { parsePost } from '../read/parse-post.js';
export { buildCollections } from '../site/build-collections.js';
