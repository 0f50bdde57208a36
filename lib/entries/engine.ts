// The root entry's asynchronous functions, loading the engine (Liquid, the
// Markdown pipeline, Rouge's lexers, the plugins, the writer: ~1.5 MB of
// bundle) on their first call (engine-loader.ts), so that `import('kyll')`
// loads only what the synchronous API needs (parsePost, buildCollections,
// sources, errors).
import type { RenderSiteOptions } from '../render/render-site.js';
import type { Builder, BuilderOptions } from '../build/index.js';
import type { RenderResult } from '../types.js';
import type { EarlyBuild } from './build-threads.js';
import type { BootGate } from './boot-gate.js';
import type { SassThread } from '../render/sass-thread.js';

type Loader = typeof import('./engine-loader.js');

// The loader and node:vm, node:crypto, node:v8 come with the first call too (~20 ms at import('kyll')).
// `site`: the folder built (its code joins the cache's: engine-script.ts).
const loadEngine = async (toDisk: boolean, loaded?: Loader, site?: unknown): Promise<import('./engine-loader.js').Engine> => {
  const loader = loaded ?? (await import('./engine-loader.js'));
  if (toDisk) loader.allowCodeCacheWrite(typeof site === 'string' ? site : undefined);
  return loader.loadEngine();
};

/** render-site.ts's rule for `write`: by default a folder source is written, a memory Source is not. */
function writesToDisk(options: { source: unknown; destination?: string; write?: boolean }): boolean {
  return options.write ?? (typeof options.source === 'string' || options.destination !== undefined);
}

/** Renders a site: read → generate → render → write, as Jekyll's Site#process (see render/render-site.ts). */
export async function renderSite(options: RenderSiteOptions): Promise<RenderResult> {
  const loader = await import('./engine-loader.js');
  // A site with Sass to compile: libsass starts loading on its own thread now, while this thread
  // loads the engine (render-site.ts takes it over; it ends with the build in any case).
  let sass: SassThread | undefined;
  const source = options.source;
  const startSass = (gate?: BootGate): boolean => (sass = typeof source === 'string' ? loader.startEarlySassThread(source, gate) : undefined) !== undefined;
  // A small site: V8 optimises fewer functions (tier-up.ts), decided before the engine is compiled;
  // a build on one render thread starts its threads first, the Sass thread among them (build-threads.ts).
  const early = typeof source === 'string' && (options.threads ?? 1) <= 1 ? earlyBuild(options, source) : undefined;
  if (early) loader.startBuildThreads(early, startSass);
  else {
    startSass();
    if (typeof source === 'string') loader.tierUpForBuild(source, options.destination);
  }
  try {
    const engine = await loadEngine(writesToDisk(options), loader, source);
    if (early) loader.engineStarted(early);
    return await engine.renderSite(sass ? ({ ...options, [loader.EARLY_SASS]: sass } as RenderSiteOptions) : options);
  } finally {
    sass?.stop();
  }
}

function earlyBuild(options: RenderSiteOptions, source: string): EarlyBuild {
  const env = options.env ?? process.env;
  return { source, destination: options.destination, markdown: !options.profile, writes: writesToDisk(options), hashes: Boolean(env.SOURCE_DATE_EPOCH) };
}

/** A long-lived builder: one build, then updates for changed files (see build/builder.ts). */
export async function createBuilder(options: BuilderOptions): Promise<Builder> {
  return (await loadEngine(writesToDisk(options), undefined, options.source)).createBuilder(options);
}
