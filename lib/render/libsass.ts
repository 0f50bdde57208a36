// One libsass compilation with sass.js (libsass 3.6 compiled to asm.js): the
// partials written into its virtual file system, then the page compiled. Runs
// on the main thread or on the Sass thread (sass-thread.ts); the job and the
// result are plain data, so they cross threads as they are.
import { createRequire } from 'node:module';

export interface SassResult {
  status: number;
  text?: string;
  map?: { sources?: string[]; sourcesContent?: string[]; names?: string[]; mappings?: string };
  message?: string;
  formatted?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface SassJob {
  /** Partials by the name they are imported as, with their text. */
  readonly files: ReadonlyArray<readonly [string, string]>;
  readonly text: string;
  /** sass.js options; `style` by name (compact, expanded, ...). */
  readonly options: Readonly<Record<string, unknown>> & { readonly style: string };
}

export type SassRunner = (job: SassJob) => Promise<SassResult>;

interface SassJs {
  writeFile(path: string, text: string): void;
  clearFiles(): void;
  compile(text: string, options: Record<string, unknown>, done: (r: SassResult) => void): void;
  style: Record<string, number>;
}

// Loading sass.sync.js (4 MB of asm.js) costs about half a second: once per thread, on first use.
let sassJs: SassJs | undefined;
function loadSass(): SassJs {
  sassJs ??= createRequire(import.meta.url)('sass.js/dist/sass.sync.js') as SassJs;
  return sassJs;
}

let queue: Promise<unknown> = Promise.resolve();

/** Compiles on this thread; sass.js keeps one virtual file system, so one job at a time. */
export const runLibsass: SassRunner = (job) => {
  const run = queue.then(() => compileNow(job));
  queue = run.catch(() => undefined);
  return run;
};

function compileNow(job: SassJob): Promise<SassResult> {
  const sass = loadSass();
  sass.clearFiles();
  for (const [name, text] of job.files) sass.writeFile(name, text);
  return new Promise((resolve) => sass.compile(job.text, { ...job.options, style: sass.style[job.options.style] ?? sass.style.expanded }, resolve));
}
