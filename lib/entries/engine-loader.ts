// Loads the engine (renderSite, createBuilder) once per process. In the
// published package it is one CommonJS file, dist/bundle/engine.cjs, run
// through a V8 code cache (engine-script.ts; the themed 100-post blog: about
// 0.2 s of CPU less per build). Without engine.cjs (the unbundled dist/ of the
// tests, or running from the TypeScript sources) the engine is imported as ES
// modules; so is it inside engine.cjs itself (the `kyll` command runs there).
import { fileURLToPath } from 'node:url';
import { debugLog } from './debug-log.js';
import vm from 'node:vm';
import { loadCommonJs, readEngine, type Engine } from './engine-script.js';
import { settleInterruptBudget } from './tier-up.js';

export { allowCodeCacheWrite, ENGINE_WRAPPER, loadCommonJs, readEngine, type Engine } from './engine-script.js';

// The Sass thread can start before the engine loads (entries/engine.ts): its code is small and apart.
export { EARLY_SASS, startEarlySassThread, startSassThreadAhead } from '../render/sass-thread.js';
export { tierUpForBuild } from './tier-up.js';
export { engineStarted, startBuildThreads } from './build-threads.js';

const log = debugLog('kyll');
let engine: Promise<Engine> | undefined;

/** The engine, loaded on the first call. */
export function loadEngine(): Promise<Engine> {
  return (engine ??= load());
}

async function load(): Promise<Engine> {
  // V8 checks its flags against the code cache: the interrupt budget stays as the engine was compiled under (tier-up.ts).
  settleInterruptBudget();
  const url = new URL('./engine.cjs', import.meta.url);
  const file = fileURLToPath(url);
  let text: string | undefined;
  // This module is engine.cjs's own copy (import.meta.url is the bundle's, scripts/bundle.mjs):
  // the imports below are of modules in the same file.
  if (import.meta.url !== url.href) {
    try {
      // A script runs in Node's main realm: when this module runs in another one (a test runner's
      // vm context), the engine's Dates and Arrays would not be those of the shared modules.
      if (vm.runInThisContext('Object') === Object) text = readEngine(file);
    } catch {
      /* no engine.cjs */
    }
  }
  if (text === undefined) {
    log('engine: ES modules (no %s, another realm, or this is it)', file);
    // One after the other: jest's ES module loader fails on two concurrent imports that share chunks.
    const { renderSite } = await import('../render/render-site.js');
    const { createBuilder } = await import('../build/index.js');
    const { configuredDestination } = await import('../cli/destination.js');
    const { runRenderWorker } = await import('../render/worker-run.js');
    const { main: cliMain } = await import('../cli/main.js');
    return { renderSite, createBuilder, configuredDestination, runRenderWorker, cliMain };
  }
  return loadCommonJs(file, text);
}

