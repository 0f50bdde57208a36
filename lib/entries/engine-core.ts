// The engine as one CommonJS file, dist/bundle/engine.cjs (scripts/bundle.mjs):
// what renderSite and createBuilder need (and the CLI), loaded by engine-script.ts through a
// V8 code cache. It has its own copy of the error and time modules (in its code
// cache too): `instanceof KyllError` and `instanceof JekyllTime` hold across
// the copies (entries/shared-class.ts).
export { renderSite } from '../render/render-site.js';
export { createBuilder } from '../build/index.js';
// The CLI's `destination:` lookup reads the configuration as the build does: with the engine's code.
export { configuredDestination } from '../cli/destination.js';
// A render worker's task (render/render-worker.ts loads the engine, then runs it).
export { runRenderWorker } from '../render/worker-run.js';
// The `kyll` command (cli/launch-engine.ts runs it from here, without Node's ES module loader).
export { main as cliMain } from '../cli/main.js';
