// Loads the engine (renderSite, createBuilder) once per process. In the
// published package it is one CommonJS file, dist/bundle/engine.cjs
// (engine-core.ts, made by scripts/bundle.mjs), compiled through node:vm with
// a V8 code cache (code-cache.ts): the bytecode of every function the first
// build ran is kept at exit and handed back to V8 on the next start, which then
// neither parses nor compiles them again (the themed 100-post blog: about
// 0.2 s of CPU less per build). Data V8 rejects (another Node, other flags, a
// damaged file) is ignored and made again. Without engine.cjs (the unbundled
// dist/ of the tests, or running from the TypeScript sources) the engine is
// imported as ES modules. NODE_DEBUG=kyll tells which way it was loaded.
import fs from 'node:fs';
import * as nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { debuglog } from 'node:util';
import vm from 'node:vm';
import type { Builder, BuilderOptions } from '../build/index.js';
import type { RenderSiteOptions } from '../render/render-site.js';
import type { RenderResult } from '../types.js';
import type { CliOptions } from '../cli/args.js';
import type { WorkerReply, WorkerTask } from '../render/parallel.js';
import { cacheDataAsStarted, codeCacheDirs, codeCacheName, readCodeCache, writeCodeCache } from './code-cache.js';
import { sharedRequire } from './engine-shared.js';
import { interruptBudgetRaised, settleInterruptBudget } from './tier-up.js';

// The Sass thread can start before the engine loads (entries/engine.ts): its code is small and apart.
export { EARLY_SASS, startEarlySassThread, startSassThreadAhead } from '../render/sass-thread.js';
export { tierUpForBuild } from './tier-up.js';

export interface Engine {
  renderSite(options: RenderSiteOptions): Promise<RenderResult>;
  createBuilder(options: BuilderOptions): Promise<Builder>;
  configuredDestination(opts: CliOptions): string | undefined;
  runRenderWorker(task: WorkerTask): Promise<WorkerReply>;
}

const log = debuglog('kyll');
/**
 * The wrapper of Node's CommonJS loader, plus import.meta.url (esbuild's `define`) and import()
 * (the engine's import() calls, renamed by scripts/bundle.mjs: a script compiled from cached data
 * has no dynamic import of its own). scripts/bundle.mjs writes engine.cjs inside it
 * (`WRAPPER// kyll-engine ...\n<engine>\n})`), so that V8 compiles the text as read, one flat
 * string: a wrapper added here made a 3 MB cons string that V8 copied again before looking it up
 * in its compilation cache (12 alternating pairs, compiling the engine with its code cache:
 * 19.6 -> 16.7 ms of CPU, medians). Same text either way: the code cache fits both.
 */
export const ENGINE_WRAPPER = '(function (exports, require, module, __filename, __dirname, __kyll_import_meta_url, __kyll_import) {';
/** engine.cjs's first line, after the wrapper: `// kyll-engine <hash of the rest> ascii` (scripts/bundle.mjs). */
const HEADER = /^(?:\(function \([\w$, ]*\) \{)?\/\/ kyll-engine ([0-9a-f]+)( ascii)?\n/;

let engine: Promise<Engine> | undefined;
/**
 * Whether this process may write the code cache at exit: only once it has
 * built to disk (the CLI, or a renderSite/createBuilder that writes). A render
 * in memory leaves no file anywhere, the cache included; it still reads one.
 */
let mayWriteCache = false;

/** Lets the exit handler write the code cache (a build that writes to disk has started). */
export function allowCodeCacheWrite(): void {
  mayWriteCache = true;
}

// Plugin modules, by URL: Node's ES module loader, from here (dist/bundle, beside engine.cjs).
const importModule = (specifier: string): Promise<unknown> => import(specifier);

/** The engine, loaded on the first call. */
export function loadEngine(): Promise<Engine> {
  return (engine ??= load());
}

async function load(): Promise<Engine> {
  // V8 checks its flags against the code cache: the interrupt budget stays as the engine was compiled under (tier-up.ts).
  settleInterruptBudget();
  const file = fileURLToPath(new URL('./engine.cjs', import.meta.url));
  let text: string | undefined;
  try {
    // A script runs in Node's main realm: when this module runs in another one (a test runner's
    // vm context), the engine's Dates and Arrays would not be those of the shared modules.
    if (vm.runInThisContext('Object') === Object) text = readEngine(file);
  } catch {
    /* no engine.cjs */
  }
  if (text === undefined) {
    log('engine: ES modules (no %s, or another realm)', file);
    // One after the other: jest's ES module loader fails on two concurrent imports that share chunks.
    const { renderSite } = await import('../render/render-site.js');
    const { createBuilder } = await import('../build/index.js');
    const { configuredDestination } = await import('../cli/destination.js');
    const { runRenderWorker } = await import('../render/worker-run.js');
    return { renderSite, createBuilder, configuredDestination, runRenderWorker };
  }
  return loadCommonJs(file, text);
}

/**
 * The engine's text. The bundle is pure ASCII (scripts/ascii-only.mjs) and says
 * so in its first line: then it is read as Latin-1, the same text for ASCII,
 * without UTF-8 decoding (3 MB: ~5 ms against ~14 ms; V8 then also holds and
 * scans it as one byte per character). Otherwise as UTF-8.
 */
export function readEngine(file: string): string {
  const text = fs.readFileSync(file, 'latin1');
  return HEADER.exec(text)?.[2] !== undefined ? text : fs.readFileSync(file, 'utf8');
}

/** Runs engine.cjs as Node runs a CommonJS module, with the cached code when there is usable data. */
export function loadCommonJs(file: string, text: string, env: Readonly<Record<string, string | undefined>> = process.env): Engine {
  const hash = HEADER.exec(text)?.[1];
  const dirs = hash === undefined ? [] : codeCacheDirs(file, env);
  // One slot for each interrupt budget kyll may run under (tier-up.ts): V8 rejects data made under other flags.
  const name = codeCacheName(hash ?? '', interruptBudgetRaised());
  const cached = dirs.length > 0 ? readCodeCache(dirs, name) : undefined;
  const wrapped = text.startsWith(ENGINE_WRAPPER) ? text : `${ENGINE_WRAPPER}${text}\n})`;
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData: cached?.data,
  });
  const state = cached === undefined ? (dirs.length > 0 ? 'none' : 'off') : script.cachedDataRejected ? 'rejected' : 'accepted';
  log('engine: %s, code cache %s%s', file, state, cached ? ` (${path.join(cached.dir, name)})` : '');
  const require = sharedRequire(nodeModule.createRequire(file));
  const module = { exports: {} as Engine };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, path.dirname(file), pathToFileURL(file).href, importModule);
  // The data is made at exit, so that it holds every function the builds compiled.
  if (state === 'none' || state === 'rejected') {
    process.once('exit', () => {
      if (!mayWriteCache) return log('engine: code cache not written (nothing was built to disk)');
      try {
        const dir = writeCodeCache(dirs, name, cacheDataAsStarted(() => script.createCachedData()));
        log('engine: code cache %s', dir ? `written to ${path.join(dir, name)}` : 'not written (no writable folder)');
      } catch (e) {
        log('engine: code cache not written: %s', e instanceof Error ? e.message : String(e));
      }
    });
  }
  return module.exports;
}
