// lexer-modules.ts for the CommonJS bundles (engine.cjs, the Markdown thread's markdown-work.cjs):
// there Rouge's lexers are not in the bundle but in files of their own, dist/bundle/lexers/<file>.cjs
// (scripts/bundle.mjs), read and compiled when a code block first asks for their language. The
// lexers were a third of each bundle (1.3 MB of engine.cjs's 4.0 MB), which every build read and
// copied into a string, on the main thread and again on the Markdown thread, though most sites
// highlight a handful of languages and many none: ~900 page faults and ~20 ms of CPU per thread
// (the Markdown thread's start, 1,000-post bench blog, 5 alternating pairs).
// A lexer file's imports of the highlighter's shared modules get this bundle's own modules (one
// Lexing class, one KyllError); its imports of other lexer files go through lexerModule again.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as kyllError from '../errors/kyll-error.js';
import * as engine from './engine.js';
import * as guess from './guess.js';
import * as mimetypes from './mimetypes.js';
import * as regex from './regex.js';
import * as rougeCrash from './rouge-crash.js';

/** What a lexer file may import from outside lexers/, by its specifier there (tsc's output). */
const SHARED: Readonly<Record<string, unknown>> = {
  '../engine.js': engine,
  '../regex.js': regex,
  '../guess.js': guess,
  '../mimetypes.js': mimetypes,
  '../rouge-crash.js': rougeCrash,
  '../../errors/kyll-error.js': kyllError,
};

/** The specifiers above, which scripts/bundle.mjs checks each lexer file's imports against. */
export const LEXER_SHARED_MODULES: readonly string[] = Object.keys(SHARED);

const FOLDER = new URL('./lexers/', import.meta.url);
const LEXER_FILE = /^[\w-]+$/;
const SIBLING = /^\.\/([\w-]+)\.js$/;

/** Each file's module, kept before its body runs (so that two files that import each other meet, as in Node). */
const modules = new Map<string, { exports: Record<string, unknown> } | null>();

/** The exports of lexers/<file>, loaded on first use; undefined when there is no such file. */
export function lexerModule(file: string): Record<string, unknown> | undefined {
  let module = modules.get(file);
  if (module === undefined) {
    module = LEXER_FILE.test(file) ? load(file) : null;
    if (module === null) modules.set(file, null);
  }
  return module?.exports;
}

function load(file: string): { exports: Record<string, unknown> } | null {
  const url = new URL(`${file}.cjs`, FOLDER);
  let text: string;
  try {
    text = fs.readFileSync(url, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const module = { exports: {} as Record<string, unknown> };
  modules.set(file, module);
  // compileFunction, not new Function: it also works where code generation from strings is off.
  try {
    const body = vm.compileFunction(text, ['exports', 'require', 'module'], { filename: fileURLToPath(url) });
    body(module.exports, importOf(file), module);
  } catch (e) {
    // (as Node forgets a module whose body threw: the next use tries again rather than take half of it)
    modules.delete(file);
    throw e;
  }
  return module;
}

function importOf(from: string): (specifier: string) => unknown {
  return (specifier) => {
    if (Object.hasOwn(SHARED, specifier)) return SHARED[specifier];
    const sibling = SIBLING.exec(specifier)?.[1];
    const exports = sibling === undefined ? undefined : lexerModule(sibling);
    if (exports === undefined) throw new Error(`highlight: lexers/${from}.cjs imports ${specifier}, which is not a lexer file nor a module shared with them`);
    return exports;
  };
}
