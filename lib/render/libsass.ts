// One libsass compilation: libsass 3.6.5, the libsass of Jekyll's sassc,
// compiled to WebAssembly (libsass-wasm.ts). Runs on the main thread or on the
// Sass thread (sass-thread.ts); the job and the result are plain data, so they
// cross threads as they are.
import { compileWasm } from './libsass-wasm.js';

export interface SassResult {
  status: number;
  text?: string;
  map?: { sources?: string[]; sourcesContent?: string[]; names?: string[]; mappings?: string };
  message?: string;
  formatted?: string;
  file?: string;
  line?: number;
  column?: number;
  /** What libsass wrote to stderr (DEPRECATION WARNING, @warn, @debug), line by line: printed by the thread that asked (sass-warnings.ts). */
  stderr?: string[];
  /** Whether libsass read a file above the site folder (`outside`): such CSS is not cached, the key holds only the site's files. */
  readOutside?: boolean;
}

export interface SassJob {
  /** Partials by the name they are imported as, with their text. */
  readonly files: ReadonlyArray<readonly [string, string]>;
  readonly text: string;
  /** libsass options as sass.js named them; `style` by name (compact, expanded, ...). */
  readonly options: Readonly<Record<string, unknown>> & { readonly style: string };
  /** The site folder on disk: `../` past the site is read from there (wasi-memfs.ts). */
  readonly outside?: string;
}

export type SassRunner = (job: SassJob) => Promise<SassResult>;

/** Compiles on this thread, synchronously (the promise is settled when it is returned). */
export const runLibsass: SassRunner = (job) => Promise.resolve(compileWasm(job));
