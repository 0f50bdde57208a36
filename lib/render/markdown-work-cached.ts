// The Markdown thread's work (markdown-work.ts) as the package runs it: markdown-work.cjs
// (beside this code in dist/bundle, made by scripts/bundle.mjs) compiled through a V8 code
// cache, as the engine is (entries/engine-script.ts), so that the thread neither parses nor
// compiles again the kramdown code that earlier builds ran. The data is written once the
// thread has converted texts the build sent it, when there was none to take (or V8 rejected
// it), and only by a build that writes to disk. Run by the Markdown thread's own entry
// (markdown-worker-cached.ts) or by a thread that hosts the work (read/read-ahead-thread.ts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { debugLog } from '../entries/debug-log.js';
import vm from 'node:vm';
import { arriveAtGate, flagProbe, gateRaised, underStartFlags } from '../entries/boot-gate.js';
import { codeCacheDirs, codeCacheName, readCodeCache, writeCodeCache } from '../entries/code-cache.js';
import type { ThreadSetup } from './markdown-thread.js';
import { traceThread } from './thread-trace.js';
import type { runMarkdownThread } from './markdown-work.js';

// markdown-work.cjs starts with its wrapper (scripts/bundle.mjs writes the file inside it), then `// kyll-markdown <hash>`.
const HEADER = /^\(function \([\w$, ]*\) \{\/\/ kyll-markdown ([0-9a-f]+)\n/;

const log = debugLog('kyll');

/** The compiled work's file beside this code, if there is one (the package; not tsc's output). */
export function cachedMarkdownWork(): string | undefined {
  const file = fileURLToPath(new URL('./markdown-work.cjs', import.meta.url));
  return fs.existsSync(file) ? file : undefined;
}

/** Loads `file` (cachedMarkdownWork) through its code cache, arrives at `setup.gate` once loaded (`arrive`), and runs the work on `setup`. */
export function runCachedMarkdownWork(setup: ThreadSetup, file: string, arrive = (): void => arriveAtGate(setup.gate)): void {
  // The file is ASCII (scripts/bundle.mjs): read as Latin-1, without UTF-8 decoding.
  const text = fs.readFileSync(file, 'latin1');
  const hash = HEADER.exec(text)?.[1];
  const dirs = hash === undefined ? [] : codeCacheDirs(file);
  const name = codeCacheName(`markdown-${hash ?? ''}`, file, setup.tierUp === true);
  const cached = dirs.length > 0 ? readCodeCache(dirs, name) : undefined;
  const script = new vm.Script(text, { filename: file, cachedData: cached?.data });
  const state = cached === undefined ? (dirs.length > 0 ? 'none' : 'off') : script.cachedDataRejected ? 'rejected' : 'accepted';
  log('markdown: thread code %s, code cache %s', file, state);
  traceThread('markdown thread code');
  const module = { exports: {} as { runMarkdownThread: typeof runMarkdownThread } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href);

  let written = !(setup.writeCache === true && (state === 'none' || state === 'rejected'));
  // Started, code loaded: the build may raise V8's budget now (entries/boot-gate.ts). The probe is made before.
  const probe = setup.gate && !written ? flagProbe() : undefined;
  arrive();
  module.exports.runMarkdownThread(setup, (texts) => {
    // Not before a text is converted: the data holds the functions compiled so far, and made when
    // only the settings had come (the thread's first idle moment) it held none of kramdown's parser,
    // which every later build then compiled again (~250 functions, ~40M instructions at 1,000 posts).
    if (written || texts === 0) return;
    written = true;
    try {
      // Made under the flags the code was compiled under (those of the next start).
      const data = probe && setup.gate && gateRaised(setup.gate) ? underStartFlags(setup.gate, probe, () => script.createCachedData()) : script.createCachedData();
      if (data === undefined) return log('markdown: thread code cache not written (V8\'s flags changed)');
      const dir = writeCodeCache(dirs, name, data);
      log('markdown: thread code cache %s', dir ? `written to ${path.join(dir, name)} after ${texts} texts` : 'not written (no writable folder)');
    } catch (e) {
      log('markdown: thread code cache not written: %s', e instanceof Error ? e.message : String(e));
    }
  });
}
