// renderSite: read → generate → render → write, as Jekyll's Site#process.
// Everything up to the write happens in memory; `write: false` returns the
// files without touching the disk.
import path from 'node:path';
import { BuildError, KyllError } from '../errors/kyll-error.js';
import { createJekyllLiquid } from '../liquid/index.js';
import { createMarkdownConverter } from '../markdown/index.js';
import type { GeneratedPage, KyllPlugin, PluginContext } from '../plugins/plugin.js';
import { resolvePlugins } from '../plugins/index.js';
import { smartify } from '../plugins/shared/smartypants.js';
import { loadConfig } from '../config/load-config.js';
import { buildDrops, pageDrop, type Drop } from '../site/drops.js';
import { openSource, readSite } from '../site/build-collections.js';
import { siteTime } from '../site/site-time.js';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, Document, OutputFile, RenderResult, Site, StaticFile } from '../types.js';
import { findUrlConflicts, writeSite } from '../write/index.js';
import type { RenderContext } from './context.js';
import { createConverterTable } from './converters.js';
import { renderDocument, renderExcerpt, type Renderable } from './render-document.js';
import { createSassCompiler } from './sass.js';

export interface RenderSiteOptions {
  /** The site folder, or a Source (`memorySource({...})`) to render without a disk. */
  source: string | Source;
  /** Where to write; default `<source>/_site`. Ignored when `write` is false. */
  destination?: string;
  /** Overrides merged over `_config.yml`. */
  config?: Data;
  configFiles?: readonly string[];
  /** Write the files (default true when the source is a folder, false for a memory Source). */
  write?: boolean;
  /** Environment for SOURCE_DATE_EPOCH and JEKYLL_ENV; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Extra plugins besides the built-in ones named in `plugins:`. */
  plugins?: readonly KyllPlugin[];
  theme?: Source;
}

export const JEKYLL_VERSION = '4.3.1';

export async function renderSite(options: RenderSiteOptions): Promise<RenderResult> {
  const t0 = performance.now();
  const env = options.env ?? process.env;
  const destination =
    options.destination ?? (typeof options.source === 'string' ? path.join(options.source, '_site') : undefined);
  const source = openSource(options.source, destination);
  const config = loadConfig(source, { configFiles: options.configFiles, overrides: options.config });
  const time = siteTime(env, config.timezone);
  const site = readSite(source, config, time, options.theme);
  const tRead = performance.now();

  const diagnostics: Diagnostic[] = [];
  const { plugins, unknown } = resolvePlugins(config.plugins ?? []);
  for (const name of unknown) {
    diagnostics.push({ level: 'warning', code: 'INVALID_CONFIG', message: `Plugin '${name}' is not supported by kyll yet; it was skipped.` });
  }
  const allPlugins = [...plugins, ...(options.plugins ?? [])];
  const markdown = createMarkdownConverter(config);
  const markdownify = (text: string): string => markdown.convert(String(text ?? ''));
  const pluginCtx: PluginContext = {
    site,
    markdownify,
    smartify,
    warn: (message, file) => diagnostics.push({ level: 'warning', message, file }),
  };
  const liquid = createJekyllLiquid({ config, source, themeSource: options.theme, site, markdownify, smartify });
  for (const plugin of allPlugins) plugin.registerLiquid?.(liquid.engine, pluginCtx);

  // Generate: plugins add pages (and may replace source pages, as jekyll-paginate does).
  const generated: GeneratedPage[] = [];
  const replaced = new Set<string>();
  for (const plugin of allPlugins) {
    const result = plugin.generate?.(pluginCtx);
    if (!result) continue;
    generated.push(...(result.pages ?? []));
    for (const r of result.replaces ?? []) replaced.add(r);
  }
  const tGenerate = performance.now();

  const generatedDrops = new Map<GeneratedPage, Drop>();
  for (const g of generated) generatedDrops.set(g, pageDrop({ data: g.data, content: g.content ?? '', url: g.url, relativePath: g.relativePath }));
  let ctx!: RenderContext;
  const drops = buildDrops(
    site,
    (doc, drop) => {
      const text = excerptSourceOf(doc);
      return text == null ? '' : renderExcerpt(doc, text, drop, ctx);
    },
    generated.map((g) => ({ drop: generatedDrops.get(g)!, replaces: g.relativePath })),
    replaced,
  );
  ctx = {
    site,
    liquid,
    markdown,
    converters: createConverterTable(config),
    drops,
    jekyll: { version: JEKYLL_VERSION, environment: env.JEKYLL_ENV || 'development' },
    diagnostics,
    parsedLayouts: new Map(),
    carry: { layout: null, content: undefined },
  };

  // Render: every collection's documents (posts first), then pages (site.rb#render).
  const files: OutputFile[] = [];
  const origins = new Map<OutputFile, string>();
  const emit = (file: OutputFile, from: string): void => {
    files.push(file);
    origins.set(file, from);
  };
  const errors: KyllError[] = [];
  const guarded = (fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      if (e instanceof KyllError) errors.push(e);
      else throw e;
    }
  };
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  for (const label of labels) {
    for (const doc of site.collections[label]!.docs) {
      if (replaced.has(doc.relativePath)) continue;
      guarded(() => {
        const { output } = renderDocument(doc, drops.dropFor(doc), ctx);
        if (doc.write) emit(textFile(doc.outputPath, doc.url, output), doc.relativePath);
      });
    }
  }
  const sass = createSassCompiler(source, config, String(ctx.jekyll.environment));
  for (const page of site.pages) {
    if (replaced.has(page.relativePath)) continue;
    const kind = ctx.converters.kindFor(page.ext);
    let liquidOutput: string | undefined;
    guarded(() => {
      liquidOutput = renderDocument(page, drops.dropFor(page), ctx).output;
    });
    if (liquidOutput === undefined) continue;
    if (kind === 'sass' || kind === 'scss') {
      try {
        const { css, map } = await sass(liquidOutput, kind, page.relativePath);
        drops.dropFor(page).content = css;
        emit(textFile(page.outputPath, page.url, css), page.relativePath);
        if (map !== undefined) emit(textFile(`${page.outputPath}.map`, `${page.url}.map`, map), page.relativePath);
      } catch (e) {
        if (e instanceof KyllError) errors.push(e);
        else throw e;
      }
    } else emit(textFile(page.outputPath, page.url, liquidOutput), page.relativePath);
  }
  for (const g of generated) {
    if (g.render) continue;
    guarded(() => {
      const renderable: Renderable = { relativePath: g.relativePath, content: g.content ?? '', contentLine: 1, ext: g.ext ?? extOf(g.outputPath), data: g.data };
      const scope = { ...(g.scope ?? {}), ...(g.scopeFor?.(drops.site) ?? {}) };
      const { output } = renderDocument(renderable, generatedDrops.get(g)!, ctx, scope);
      emit(textFile(g.outputPath, g.url, output), g.relativePath);
    });
  }
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new BuildError(errors);

  for (const file of site.staticFiles) if (file.outputPath) emit(staticOutput(source, file), file.relativePath);
  // Outputs computed from the rendered site (feeds, sitemaps) come last.
  const view = {
    posts: drops.site.posts as Drop[],
    pages: drops.site.pages as Drop[],
    documents: drops.site.documents as Drop[],
    siteDrop: drops.site,
    urls: files.map((f) => f.url),
  };
  for (const g of generated) if (g.render) emit(textFile(g.outputPath, g.url, g.render(view)), g.relativePath);
  const tRender = performance.now();

  diagnostics.push(...findUrlConflicts(files, origins));
  const shouldWrite = options.write ?? (typeof options.source === 'string' || options.destination !== undefined);
  if (shouldWrite && destination) writeSite(destination, files, { keepFiles: config.keep_files });
  const tEnd = performance.now();

  return {
    site,
    files,
    diagnostics,
    destination: shouldWrite ? destination : undefined,
    timings: {
      read: tRead - t0,
      generate: tGenerate - tRead,
      render: tRender - tGenerate,
      write: tEnd - tRender,
      total: tEnd - t0,
    },
  };
}

const encoder = new TextEncoder();

function textFile(outputPath: string, url: string, text: string): OutputFile {
  return { path: outputPath, url, size: encoder.encode(text).length, contents: text };
}

function staticOutput(source: Source, file: StaticFile): OutputFile {
  const bytes = source.readBytes(file.relativePath);
  return { path: file.outputPath, url: file.url, size: bytes.length, contents: bytes };
}

// The reader keeps the excerpt's source text on the document.
function excerptSourceOf(doc: Document): string | null | undefined {
  return doc.excerptSource ?? (doc as { excerpt?: string | null }).excerpt;
}

function extOf(p: string): string {
  const m = /\.[^./]+$/.exec(p);
  return m ? m[0] : '.html';
}

export type { Site, Document };
