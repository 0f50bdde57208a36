// libsass 3.6.5, the libsass of Jekyll's sassc, compiled to WebAssembly
// (vendor/libsass/libsass.wasm, built by scripts/build-libsass-wasm.sh). It
// runs synchronously: one instance per thread, made on first use, the
// partials served to it from memory (wasi-memfs.ts) under `/sass/`, where
// sass.js kept them, so that file names in errors and source maps read as
// they did. An instance that trapped (libsass aborted) is dropped and the
// next job gets a new one. V8 runs it with its baseline compiler only
// (wasm-baseline.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { SassJob, SassResult } from './libsass.js';
import { withBaselineWasm } from './wasm-baseline.js';
import { createMemoryFs, PAD_DEPTH, PAD_FOLDER, type MemoryFs, type OutsideReader, type WasmMemory } from './wasi-memfs.js';

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
  kyll_compile(text: number, includePath: number, style: number, indented: number, inputPath: number, outputPath: number, mapFile: number, mapContents: number, omitUrl: number, sourceComments: number, setPrecision: number, precision: number): number;
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
  if (instance.stderr.length === 0) return r;
  const stderr = instance.stderr.splice(0);
  return { ...r, stderr: unpadNames(stderr) as string[] };
}

function compileJob({ exports, files }: Instance, job: SassJob): SassResult {
  const options = job.options as Record<string, unknown>;
  // A partial under /sass/; a name with a leading slash (a file of the site folder) at that path.
  let readOutside = false;
  // A site in memory has nothing above it: served below the pad folders all the same, so that a
  // `../x` climbing out of it finds nothing (as on disk), where libsass would stop at `/` and find
  // the site's own `x`.
  const outside = job.outside === undefined ? nothingAbove : fromDisk(job.outside, () => (readOutside = true));
  files.setFiles(job.files.map(([name, text]) => [name.startsWith('/') ? name.slice(1) : `sass/${name}`, text] as const), outside);
  // libsass sees the site below the pad folders (wasi-memfs.ts), and its names back without them. scssify's
  // "stdin" too: sassc compiles it in the working directory, the site folder, so its `../x` climbs out
  // of the site (libsass's own `/` would keep it there).
  const pad = (p: string): string => (p.startsWith('/') ? `/${PAD}${p}` : p !== '' ? `/${PAD}/${p}` : p);
  const unpad = <T>(value: T): T => unpadNames(value) as T;
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
      string(optional(options.includePaths, SASS_INCLUDE_PATH).split(':').map(pad).join(':')),
      STYLES[job.options.style] ?? STYLES.expanded!,
      options.indentedSyntax ? 1 : 0,
      // sass.js's defaults for the names.
      string(pad(optional(options.inputPath, 'stdin'))),
      string(pad(optional(options.outputPath, 'stdout'))),
      string(pad(optional(options.sourceMapFile, ''))),
      options.sourceMapContents === false ? 0 : 1,
      options.sourceMapOmitUrl === false ? 0 : 1,
      // sassc's line_comments and precision (sass-libsass-options.ts).
      options.sourceComments ? 1 : 0,
      typeof options.precision === 'number' ? 1 : 0,
      typeof options.precision === 'number' ? options.precision : 0,
    );
    const read = (ptr: number): string | undefined => {
      if (ptr === 0) return undefined;
      const memory = new Uint8Array(exports.memory.buffer);
      return utf8.decode(memory.subarray(ptr, memory.indexOf(0, ptr)));
    };
    if (status === 0) {
      const map = read(exports.kyll_source_map());
      const parsed = map === undefined ? undefined : unpad(JSON.parse(map) as SassResult['map']);
      return { status, text: read(exports.kyll_output()) ?? '', map: parsed, ...(readOutside ? { readOutside } : {}) };
    }
    const error = unpad(JSON.parse(read(exports.kyll_error_json()) ?? '{}') as SassResult);
    return { ...error, status, formatted: unpad(read(exports.kyll_error_message()) ?? error.formatted) };
  } finally {
    for (const ptr of owned) exports.kyll_free(ptr);
  }
}

const PAD = Array.from({ length: PAD_DEPTH }, () => PAD_FOLDER).join('/');
const PADS = new RegExp(String.raw`/?((?:${PAD_FOLDER.replace('.', '\\.')}/)+)`, 'g');

/** A file name libsass wrote into the CSS (a line comment's), as the unpadded one. */
export function unpadName(name: string): string {
  return unpadNames(name) as string;
}

/** A name libsass made of a padded path, as the unpadded one: the site's own, or `../` for each pad folder missing. */
function unpadNames(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(PADS, (m: string, pads: string) => (m.startsWith('/') ? '/' : '') + '../'.repeat(PAD_DEPTH - pads.length / (PAD_FOLDER.length + 1)));
  if (Array.isArray(value)) return value.map(unpadNames);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpadNames(v)]));
  return value;
}

const nothingAbove: OutsideReader = () => undefined;

/**
 * Files above the site folder as sassc in Jekyll reads them, from the disk: libsass joins
 * sass_dir's `../../x` (or a page's `../x`) to real folders. `read` is told of each file read.
 */
function fromDisk(siteFolder: string, read: () => void): OutsideReader {
  return (relative) => {
    const abs = path.resolve(siteFolder, relative);
    try {
      if (!fs.statSync(abs).isFile()) return undefined;
      const bytes = new Uint8Array(fs.readFileSync(abs));
      read();
      return bytes;
    } catch {
      return undefined;
    }
  };
}
