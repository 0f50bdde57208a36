// libsass 3.6.5, the libsass of Jekyll's sassc, compiled to WebAssembly
// (vendor/libsass/libsass.wasm, built by scripts/build-libsass-wasm.sh). It
// runs synchronously: one instance per thread, made on first use, the
// partials served to it from memory (wasi-memfs.ts) under `/sass/`, where
// sass.js kept them, so that file names in errors and source maps read as
// they did. An instance that trapped (libsass aborted) is dropped and the
// next job gets a new one. V8 runs it with its baseline compiler only
// (wasm-baseline.ts).
import fs from 'node:fs';
import type { SassJob, SassResult } from './libsass.js';
import { withBaselineWasm } from './wasm-baseline.js';
import { createMemoryFs, type MemoryFs, type WasmMemory } from './wasi-memfs.js';

// Node's WebAssembly, which TypeScript's libs without "dom" do not declare.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Readonly<Record<string, object>>) => { readonly exports: object };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

/** The .wasm, from lib/render, dist/render and dist/bundle alike. */
export const LIBSASS_WASM = new URL('../../vendor/libsass/libsass.wasm', import.meta.url);

// sass/base.h#Sass_Output_Style.
const STYLES: Readonly<Record<string, number>> = { nested: 0, expanded: 1, compact: 2, compressed: 3 };
/** The include path when only sass_dir (with the theme's `_sass`) is searched: sass.js's, with its trailing slash. */
export const SASS_INCLUDE_PATH = '/sass/';

interface Exports {
  readonly memory: WasmMemory;
  _initialize(): void;
  kyll_alloc(size: number): number;
  kyll_free(ptr: number): void;
  kyll_compile(text: number, includePath: number, style: number, indented: number, inputPath: number, outputPath: number, mapFile: number, mapContents: number, omitUrl: number): number;
  kyll_output(): number;
  kyll_source_map(): number;
  kyll_error_json(): number;
  kyll_error_message(): number;
}

// Keeps the byte order mark libsass writes before compressed CSS with non-ASCII text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

interface Instance {
  readonly exports: Exports;
  readonly files: MemoryFs;
  /** The current job's stderr lines: returned with its result, not written from here, so that a Sass thread ended after the build loses none. */
  readonly stderr: string[];
}

let module: object | undefined;
let current: Instance | undefined;

function instantiate(): Instance {
  module ??= new wasm.Module(fs.readFileSync(LIBSASS_WASM));
  const stderr: string[] = [];
  const files = createMemoryFs((line) => stderr.push(line));
  const instance = new wasm.Instance(module, { wasi_snapshot_preview1: files.imports });
  const exports = instance.exports as unknown as Exports;
  files.bind(exports.memory);
  exports._initialize();
  return { exports, files, stderr };
}

/** Compiles `job` with libsass 3.6.5 on this thread. */
export function compileWasm(job: SassJob): SassResult {
  return withBaselineWasm(() => compileOnce(job));
}

function compileOnce(job: SassJob): SassResult {
  const instance = (current ??= instantiate());
  try {
    return compileWith(instance, job);
  } catch (e) {
    // A trap (abort, out of memory) leaves the instance's memory in any state.
    current = undefined;
    const message = e instanceof Error ? e.message : String(e);
    return { status: 3, message, formatted: `Error: ${message}` };
  }
}

function compileWith(instance: Instance, job: SassJob): SassResult {
  instance.stderr.length = 0;
  const r = compileJob(instance, job);
  return instance.stderr.length === 0 ? r : { ...r, stderr: instance.stderr.splice(0) };
}

function compileJob({ exports, files }: Instance, job: SassJob): SassResult {
  const options = job.options as Record<string, unknown>;
  // A partial under /sass/; a name with a leading slash (a file of the site folder) at that path.
  files.setFiles(job.files.map(([name, text]) => [name.startsWith('/') ? name.slice(1) : `sass/${name}`, text] as const));
  const owned: number[] = [];
  const string = (value: string, keep = true): number => {
    const bytes = new TextEncoder().encode(value);
    const ptr = exports.kyll_alloc(bytes.length + 1);
    const memory = new Uint8Array(exports.memory.buffer);
    memory.set(bytes, ptr);
    memory[ptr + bytes.length] = 0;
    if (keep) owned.push(ptr);
    return ptr;
  };
  const optional = (value: unknown, fallback: string): string => (value === undefined ? fallback : String(value));
  try {
    const status = exports.kyll_compile(
      // libsass takes the text over and frees it.
      string(job.text, false),
      // Folders separated by `:`, searched in turn.
      string(optional(options.includePaths, SASS_INCLUDE_PATH)),
      STYLES[job.options.style] ?? STYLES.expanded!,
      options.indentedSyntax ? 1 : 0,
      // sass.js's defaults for the names.
      string(optional(options.inputPath, 'stdin')),
      string(optional(options.outputPath, 'stdout')),
      string(optional(options.sourceMapFile, '')),
      options.sourceMapContents === false ? 0 : 1,
      options.sourceMapOmitUrl === false ? 0 : 1,
    );
    const read = (ptr: number): string | undefined => {
      if (ptr === 0) return undefined;
      const memory = new Uint8Array(exports.memory.buffer);
      return utf8.decode(memory.subarray(ptr, memory.indexOf(0, ptr)));
    };
    if (status === 0) {
      const map = read(exports.kyll_source_map());
      return { status, text: read(exports.kyll_output()) ?? '', map: map === undefined ? undefined : (JSON.parse(map) as SassResult['map']) };
    }
    const error = JSON.parse(read(exports.kyll_error_json()) ?? '{}') as SassResult;
    return { ...error, status, formatted: read(exports.kyll_error_message()) ?? error.formatted };
  } finally {
    for (const ptr of owned) exports.kyll_free(ptr);
  }
}
