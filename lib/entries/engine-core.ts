// The engine as one CommonJS file, dist/bundle/engine.cjs (scripts/bundle.mjs):
// what renderSite and createBuilder need, loaded by engine-loader.ts through a
// V8 code cache. The error and time modules are not in it: it takes the ones of
// the ES module chunks (engine-shared.ts), so that one KyllError and one
// JekyllTime serve every entry.
export { renderSite } from '../render/render-site.js';
export { createBuilder } from '../build/index.js';
