// The engine as one CommonJS file, dist/bundle/engine.cjs (scripts/bundle.mjs):
// what renderSite and createBuilder need (and the CLI's configuredDestination), loaded by engine-loader.ts through a
// V8 code cache. The error and time modules are not in it: it takes the ones of
// the ES module chunks (engine-shared.ts), so that one KyllError and one
// JekyllTime serve every entry.
export { renderSite } from '../render/render-site.js';
export { createBuilder } from '../build/index.js';
// The CLI's `destination:` lookup reads the configuration as the build does: with the engine's code.
export { configuredDestination } from '../cli/destination.js';
// A render worker's task (render/render-worker.ts loads the engine, then runs it).
export { runRenderWorker } from '../render/worker-run.js';
