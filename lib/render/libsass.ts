// One libsass compilation with sass.js (libsass 3.6 compiled to asm.js): the
// partials written into its virtual file system, then the page compiled. Runs
// on the main thread or on the Sass thread (sass-thread.ts); the job and the
// result are plain data, so they cross threads as they are.
// The module object, not `{ createRequire }`: a consumer bundling kyll often declares
// `createRequire` in its own banner, which the import's name would clash with.
import nodeModule from 'node:module';
import { requireWithCodeCache, type CachedModule } from './code-cache.js';

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

// Loading sass.sync.js (4.6 MB of emscripten output) costs about 0.45 s of CPU, 0.09 s with its
// compiled code from V8's code cache (code-cache.ts): once per thread, on first use.
const SASS_JS = 'sass.js/dist/sass.sync.js';
let sassJs: CachedModule<SassJs> | undefined;
function loadSass(): CachedModule<SassJs> {
  if (sassJs) return sassJs;
  const require = nodeModule.createRequire(import.meta.url);
  const { version } = require('sass.js/package.json') as { version: string };
  sassJs = requireWithCodeCache<SassJs>(require.resolve(SASS_JS), `sass.js-${version}`);
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
  const loaded = loadSass();
  const sass = loaded.exports;
  sass.clearFiles();
  for (const [name, text] of job.files) sass.writeFile(name, text);
  return new Promise((resolve) =>
    sass.compile(job.text, { ...job.options, style: sass.style[job.options.style] ?? sass.style.expanded }, (result) => {
      resolve(result);
      // After a first real compilation (not the Sass thread's warm-up), so that the code it ran is
      // compiled and kept too; after the result has gone out.
      if (job.text) setImmediate(() => loaded.save());
    }),
  );
}
