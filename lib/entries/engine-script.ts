// Runs dist/bundle/engine.cjs (engine-core.ts, made by scripts/bundle.mjs) as
// Node runs a CommonJS module, compiled through node:vm with a V8 code cache
// (code-cache.ts): the bytecode of every function the first build ran is kept
// at exit and handed back to V8 on the next start, which then neither parses
// nor compiles them again. Data V8 rejects (another Node, other flags, a
// damaged file) is ignored and made again. Used by engine-loader.ts (the
// library's renderSite and createBuilder, render workers) and by the `kyll`
// command itself (cli/launch-engine.ts), which runs its CLI from engine.cjs
// without Node's ES module loader. NODE_DEBUG=kyll tells which way it was loaded.
// As a namespace: a bundler bundling kyll again may declare its own createRequire (test/package/consumers).
import * as nodeModule from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { debugLog } from './debug-log.js';
import vm from 'node:vm';
import type { Builder, BuilderOptions } from '../build/index.js';
import type { RenderSiteOptions } from '../render/render-site.js';
import type { RenderResult } from '../types.js';
import type { CliOptions } from '../cli/args.js';
import type { WorkerReply, WorkerTask } from '../render/parallel.js';
import { cacheDataAsStarted, cacheSitesKnown, codeCacheDirs, codeCacheName, fnv1a64, readCodeCache, recordCacheSites, writeCodeCache } from './code-cache.js';
import { processWide } from './shared-class.js';
import { interruptBudgetRaised, lateRaise, settleInterruptBudget } from './tier-up.js';
import { underStartFlags } from './boot-gate.js';

export interface Engine {
  renderSite(options: RenderSiteOptions): Promise<RenderResult>;
  createBuilder(options: BuilderOptions): Promise<Builder>;
  configuredDestination(opts: CliOptions): string | undefined;
  runRenderWorker(task: WorkerTask): Promise<WorkerReply>;
  /** The `kyll` command (cli/main.ts): runs `argv`, then exits. */
  cliMain(argv: readonly string[]): void;
}

const log = debugLog('kyll');
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

/**
 * Whether this process may write the code cache at exit: only once it has
 * built to disk (the CLI, or a renderSite/createBuilder that writes). A render
 * in memory leaves no file anywhere, the cache included; it still reads one.
 * One for the process: the engine's own copy of this module (the CLI inside
 * engine.cjs) sets it, the loader's copy reads it at exit.
 */
const cacheWrite = processWide('codeCacheWrite', () => ({ allowed: false, sites: new Set<string>() }));

/**
 * Lets the exit handler write the code cache (a build that writes to disk has started); `site`,
 * the folder it builds: the cache holds the code of every site built with it (cacheSitesKnown).
 */
export function allowCodeCacheWrite(site?: string): void {
  cacheWrite.allowed = true;
  if (site !== undefined) cacheWrite.sites.add(siteKey(site));
}

// Plugin modules, by URL: Node's ES module loader, from here (dist/bundle, beside engine.cjs).
const importModule = (specifier: string): Promise<unknown> => import(specifier);

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
  // V8 checks its flags against the code cache: the interrupt budget stays as the engine is compiled
  // under (tier-up.ts), and each budget kyll may run under has a slot of its own.
  settleInterruptBudget();
  const name = codeCacheName(hash ?? '', file, interruptBudgetRaised());
  const cached = dirs.length > 0 ? readCodeCache(dirs, name) : undefined;
  const wrapped = text.startsWith(ENGINE_WRAPPER) ? text : `${ENGINE_WRAPPER}${text}\n})`;
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData: cached?.data,
  });
  const state = cached === undefined ? (dirs.length > 0 ? 'none' : 'off') : script.cachedDataRejected ? 'rejected' : 'accepted';
  log('engine: %s, code cache %s%s', file, state, cached ? ` (${path.join(cached.dir, name)})` : '');
  const module = { exports: {} as Engine };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, nodeModule.createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href, importModule);
  // The data is made at exit, so that it holds every function the builds compiled: when there was
  // none, and when data made by builds of other sites was used (cacheSitesKnown).
  if (state === 'none' || state === 'rejected') process.once('exit', () => writeAtExit(script, dirs, name, new Set()));
  else if (state === 'accepted') {
    process.once('exit', () => {
      if (!cacheWrite.allowed) return;
      const known = cacheSitesKnown(cached!.dir, name);
      if (known.size >= MAX_CACHE_SITES || [...cacheWrite.sites].every((k) => known.has(k))) return;
      log('engine: code cache made again with this site\'s code (%d sites before)', known.size);
      writeAtExit(script, dirs, name, known);
    });
  }
  return module.exports;
}

/**
 * A code cache holds the functions the build that made it ran: one made by a build of another site
 * (a small one, say) leaves this site's functions to be compiled at every start, and the cache, being
 * accepted, would never be made again. So each cache notes the sites whose builds made it (a hash of
 * the folder, in `<name>.sites`), and the first build of a site not among them makes it again at
 * exit, with the functions of both (those it read from the data are still compiled; each site once,
 * up to MAX_CACHE_SITES). Measured: the 1,000-post bench blog on data another build had made (one
 * run after `npm run build`, its site unknown) spent 435 of its main thread's 4,468 samples (perf,
 * cpu-clock) compiling functions lazily, on its own data 181 of 3,872; on the data of a one-post
 * build of the same blog's shape, the data grew by only 10 KB when made again: how much a site gains
 * depends on how far its code paths are from those of the build that made the data.
 */
const MAX_CACHE_SITES = 64;

function siteKey(site: string): string {
  return fnv1a64(path.resolve(site));
}

/** Makes the data (as the process started: boot-gate.ts) and writes it with the sites it now holds. */
function writeAtExit(script: vm.Script, dirs: readonly string[], name: string, known: ReadonlySet<string>): void {
  if (!cacheWrite.allowed) return log('engine: code cache not written (nothing was built to disk)');
  try {
    // (the budget raised after the engine was compiled: the data is made under the start's flags, boot-gate.ts)
    const late = lateRaise();
    const data = late ? underStartFlags(late.gate, late.probe, () => cacheDataAsStarted(() => script.createCachedData())) : cacheDataAsStarted(() => script.createCachedData());
    if (data === undefined) return log("engine: code cache not written (V8's flags changed, or another thread kept the flags' turn)");
    const dir = writeCodeCache(dirs, name, data);
    if (dir) recordCacheSites(dir, name, new Set([...known, ...cacheWrite.sites]));
    log('engine: code cache %s', dir ? `written to ${path.join(dir, name)}` : 'not written (no writable folder)');
  } catch (e) {
    log('engine: code cache not written: %s', e instanceof Error ? e.message : String(e));
  }
}
