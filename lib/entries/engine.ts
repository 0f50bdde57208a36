// The root entry's asynchronous functions, loading the engine (Liquid, the
// Markdown pipeline, Rouge's lexers, the plugins, the writer: ~1.5 MB of
// bundle) on their first call (engine-loader.ts), so that `import('kyll')`
// loads only what the synchronous API needs (parsePost, buildCollections,
// sources, errors).
import type { RenderSiteOptions } from '../render/render-site.js';
import type { Builder, BuilderOptions } from '../build/index.js';
import type { RenderResult } from '../types.js';

// The loader and node:vm, node:crypto, node:v8 come with the first call too (~20 ms at import('kyll')).
const loadEngine = async (): Promise<import('./engine-loader.js').Engine> => (await import('./engine-loader.js')).loadEngine();

/** Renders a site: read → generate → render → write, as Jekyll's Site#process (see render/render-site.ts). */
export async function renderSite(options: RenderSiteOptions): Promise<RenderResult> {
  return (await loadEngine()).renderSite(options);
}

/** A long-lived builder: one build, then updates for changed files (see build/builder.ts). */
export async function createBuilder(options: BuilderOptions): Promise<Builder> {
  return (await loadEngine()).createBuilder(options);
}
