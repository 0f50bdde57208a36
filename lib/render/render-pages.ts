// Site#render_pages: every page in site.pages order (source pages, then the pages plugins
// generated, a page standing in for the one it replaces at that page's place), with
// .scss/.sass pages compiled after their Liquid.
import { hasLiquidConstruct } from '../liquid/construct.js';
import { exceptionMessage, KyllError } from '../errors/kyll-error.js';
import { LiquidFailure, toKyllError } from '../liquid/errors.js';
import type { GeneratedPage, RenderedSiteView } from '../plugins/plugin.js';
import { initGeneratedPage } from '../plugins/hooks.js';
import { pageDrop, type Drop } from '../site/drops.js';
import type { OutputFile, Page } from '../types.js';
import type { PreparedBuild } from './prepare-build.js';
import type { RenderContext } from './context.js';
import { renderWithHooks, type HookableDocument, type HookedRendered } from './hooked-render.js';
import { renderedEntry, type RenderedEntry } from './site-hooks.js';
import { compileEarly, createSassCompiler, type EarlySassPage, type SassCompiler } from './sass.js';
import type { SassCache } from './sass-cache.js';
import type { SassThread } from './sass-thread.js';
import { extOf, textFile } from './outputs.js';
import { pageUrl } from '../url/placeholders.js';
import { permalinkExt } from '../url/permalink.js';
import { urlToOutputPath } from '../url/url-to-path.js';
import { convertContent } from './render-document.js';
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import { writeSassStderr } from './sass-warnings.js';
import type { YieldPoint } from './yield-point.js';

/** Lists (and, building to disk, writes) an output; returns it as listed. */
/** Lists an output (and writes it); `drop` places it in Jekyll's write order (render-site.ts). */
type Emit = (file: OutputFile, from: string, drop?: Drop) => OutputFile;

/** The Sass disk cache and the thread libsass loads on (render-site.ts#prepareSass). */
export interface SassSetup {
  readonly cache?: SassCache;
  readonly thread?: SassThread;
  /** The compiler made by startSassPages, when the build made it before rendering its posts. */
  readonly compiler?: SassCompiler;
}

/**
 * The pages' Sass compiler, made before the posts render: with a Sass thread, each Sass page
 * whose text has no Liquid markup (Jekyll's render_with_liquid? is false: Liquid leaves it as it
 * is) starts compiling at once, so that libsass works while this thread renders the posts
 * instead of after them. The page still renders in its turn, and uses that compilation only if
 * its Liquid output is the text compiled (compileEarly).
 */
export function startSassPages(build: PreparedBuild, setup: SassSetup): SassSetup {
  const { site, ctx, replaced, source } = build;
  const compiler = createSassCompiler(source, site.config, String(ctx.jekyll.environment), build.theme, setup.cache, setup.thread?.run);
  if (!setup.thread) return { ...setup, compiler };
  const early: EarlySassPage[] = [];
  for (const page of site.pages) {
    const kind = ctx.converters.kindFor(page.ext);
    if ((kind === 'sass' || kind === 'scss') && !replaced.has(page.relativePath) && !page.content.includes('{{') && !page.content.includes('{%')) early.push({ text: page.content, syntax: kind, file: page.relativePath });
  }
  return { ...setup, compiler: compileEarly(compiler, early) };
}

/**
 * Renders the pages in order; the first that fails stops the build (its error is thrown), as in Jekyll.
 * A page computed from the site (`render`: sitemap.xml, feed.xml) without a layout is computed in its
 * turn too, so that the pages after it see its output as page.content, as after Jekyll renders a
 * PageWithoutAFile (with a layout, page.content would be the text before the layout);
 * the outputs are returned for the caller to write with the other computed outputs.
 */
export async function renderPages(
  build: PreparedBuild,
  emit: Emit,
  rendered: RenderedEntry[],
  sassSetup: SassSetup = {},
  view?: RenderedSiteView,
  pause: YieldPoint = () => undefined,
): Promise<Map<GeneratedPage, string>> {
  const { site, ctx, replaced, source, generated, generatedDrops } = build;
  const sass = sassSetup.compiler ?? createSassCompiler(source, site.config, String(ctx.jekyll.environment), build.theme, sassSetup.cache, sassSetup.thread?.run);
  const sitePages = ctx.drops.pages;

  const renderPage = async (page: Page): Promise<void> => {
    // Renderer#run's assign_pages!: Page#to_liquid makes the page's URL first.
    if (page.urlError) throw page.urlError;
    const kind = ctx.converters.kindFor(page.ext);
    const drop = ctx.drops.dropFor(page);
    const liquidOutput = renderWithHooks(page, drop, ctx).output;
    if (kind !== 'sass' && kind !== 'scss') {
      rendered.push(renderedEntry(page, emit(textFile(page.outputPath, page.url, liquidOutput), page.relativePath, drop)));
      return;
    }
    const { css, map, stderr } = await sass(liquidOutput, kind, page.relativePath);
    writeSassStderr(stderr);
    ctx.drops.dropFor(page).content = css;
    emit(textFile(page.outputPath, page.url, css), page.relativePath, drop);
    if (map === undefined) return;
    const place = sourceMapPlace(page);
    // Site#each_site_file writes the map in its place in site.pages: after every page read or
    // generated, so it is what a page sharing its path (a permalink in defaults) leaves there.
    const mapDrop = joinSourceMap(sitePages, page, map, ctx);
    emit(textFile(place.outputPath, place.url, map), sourceMapPath(page), mapDrop);
    maps.push(page);
  };
  // The SourceMapPages joined to site.pages while it renders: Jekyll renders them after the others.
  const maps: Page[] = [];
  const renderGenerated = (g: GeneratedPage): void => {
    const drop = generatedDrops.get(g)!;
    const { output } = renderGeneratedPage(g, drop, ctx);
    rendered.push(renderedEntry(generatedRenderable(g), emit(textFile(g.outputPath, g.url, output), g.relativePath, drop)));
  };

  const byDrop = new Map<Drop, () => Promise<void> | void>();
  for (const page of site.pages) if (!replaced.has(page.relativePath)) byDrop.set(ctx.drops.dropFor(page), () => renderPage(page));
  const computed = new Map<GeneratedPage, string>();
  const standsInForDocument = (drop: Drop): boolean => DOCUMENT_DROP in drop;
  for (const g of generated) {
    const drop = generatedDrops.get(g)!;
    if (!g.render) byDrop.set(drop, () => renderGenerated(g));
    else if (view && g.data.layout == null) byDrop.set(drop, () => void computed.set(g, (drop.content = traced(ctx, g, true, () => renderComputed(g, view)))));
    else if (view) byDrop.set(drop, () => traced(ctx, g, hasLiquidConstruct(g.content ?? ''), () => computedInLayout(g, drop, view, computed, ctx)));
  }
  // A document's stand-in renders with the documents (site.rb#render_docs), before any page.
  for (const [drop, run] of byDrop) {
    if (!standsInForDocument(drop)) continue;
    byDrop.delete(drop);
    await pause();
    await run();
  }
  for (const drop of [...sitePages]) {
    const run = byDrop.get(drop);
    if (!run) continue;
    byDrop.delete(drop);
    await pause();
    await run();
  }
  // (--verbose) a source map renders as a page with no Liquid and no layout
  if (ctx.debug) for (const page of maps) for (const topic of ['Rendering:', 'Pre-Render Hooks:', 'Rendering Markup:', 'Post-Convert Hooks:']) ctx.debug(topic, sourceMapDrop(page, '').path as string);
  // Pages a plugin made without listing them in site.pages render last.
  for (const run of byDrop.values()) {
    await pause();
    await run();
  }
  return computed;
}

/**
 * Renderer#run's debug lines (`--verbose`) around a page computed here, whose template Jekyll
 * renders (`liquid`: whether that template runs Liquid; a feed's or a sitemap's does): the
 * excerpts it reads render between its Liquid and its Markup, as in Jekyll.
 */
function traced<T>(ctx: RenderContext, g: GeneratedPage, liquid: boolean, compute: () => T): T {
  const debug = ctx.debug;
  if (!debug) return compute();
  const path = g.messagePath ?? g.relativePath;
  debug('Rendering:', path);
  debug('Pre-Render Hooks:', path);
  if (liquid) debug('Rendering Liquid:', path);
  const out = compute();
  debug('Rendering Markup:', path);
  debug('Post-Convert Hooks:', path);
  if (g.data.layout !== 'none') debug('Rendering Layout:', path);
  return out;
}

/**
 * A computed page's output (a feed, a sitemap: Liquid templates in Jekyll). A document's URL that
 * cannot be made, or a filter of the template that raises (date_to_xmlschema on "yesterday"), fails
 * as in any template: a Liquid Exception naming the page.
 */
export function renderComputed(g: GeneratedPage, view: RenderedSiteView): string {
  try {
    return g.render!(view);
  } catch (e) {
    if (e instanceof LiquidFailure) throw toKyllError(e, g.relativePath, '', 0);
    if (!(e instanceof KyllError) || e.code !== 'INVALID_PERMALINK' || e.message.startsWith('Liquid Exception: ')) throw e;
    throw new KyllError('INVALID_PERMALINK', `Liquid Exception: ${exceptionMessage(e)} in ${g.relativePath}`, { file: g.relativePath });
  }
}

/**
 * A computed page with a layout (the gem's own redirect layout), in its turn: its template text
 * converted is its content from then on, as Renderer#convert leaves it for the layout. One standing
 * in for a document is the document: its output is computed now, for the pages to see.
 */
function computedInLayout(g: GeneratedPage, drop: Drop, view: RenderedSiteView, computed: Map<GeneratedPage, string>, ctx: RenderContext): void {
  const output = computeInLayout(g, drop, view, ctx);
  if (output !== undefined) computed.set(g, output);
}

/** computedInLayout's drop fields; the output when the page stands in for a document. */
export function computeInLayout(g: GeneratedPage, drop: Drop, view: RenderedSiteView, ctx: RenderContext): string | undefined {
  drop.content = convertContent(g.content ?? '', generatedRenderable(g), ctx);
  if (!(DOCUMENT_DROP in drop)) return undefined;
  const output = renderComputed(g, view);
  drop.output = output;
  return output;
}

/**
 * jekyll-sass-converter's sass_generate_source_map: `site.pages << source_map_page`, so the
 * pages rendered after this one see the map (a SourceMapPage sharing the page's data). A
 * long-lived build renders the page again: its map's drop is then updated where it is.
 * Returns the map's drop (its place in site.pages is its place in the write order).
 */
export function joinSourceMap(sitePages: Drop[], page: Page, map: string, ctx?: Pick<RenderContext, 'hooked' | 'plugin' | 'drops'>): Drop {
  const drop = sourceMapDrop(page, map);
  // SourceMapPage#initialize triggers the :pages post_init hooks on it, and its data is the
  // CSS page's own Hash: what they set (jekyll-last-modified-at's Determinator of the map's
  // path, a file the source does not have) shows on both.
  if (ctx?.hooked) {
    const before = page.data;
    const after = initGeneratedPage(ctx.hooked, { relativePath: String(drop.path), url: String(drop.url), data: before, content: '' }, ctx.plugin);
    if (after !== before) {
      const pageDrop = ctx.drops.dropFor(page);
      for (const [key, value] of Object.entries(after)) {
        if (Object.hasOwn(before, key) && before[key] === value) continue;
        drop[key] = value;
        pageDrop[key] = value;
      }
    }
  }
  sourceMapOutputs.set(drop, sourceMapPlace(page).outputPath);
  const at = sourceMapIndex(sitePages, page);
  if (at < 0) sitePages.push(drop);
  else sitePages[at] = drop;
  return drop;
}

/** Where each SourceMapPage of site.pages is written (Site#write's `Writing:` lines, --verbose). */
export const sourceMapOutputs = new WeakMap<Drop, string>();

/** Where site.pages lists the page's source map; -1 when it does not. */
export function sourceMapIndex(sitePages: readonly Drop[], page: Page): number {
  const { url, path } = sourceMapDrop(page, '');
  return sitePages.findIndex((d) => d.url === url && d.path === path);
}

/** SourceMapPage (jekyll-sass-converter): `<basename>.css.map` in the CSS page's directory. */
function sourceMapDrop(page: Page, map: string): Drop {
  return pageDrop({ data: page.data, content: map, url: sourceMapPlace(page).url, relativePath: sourceMapPath(page) });
}

/** A SourceMapPage's relative_path (its path, as Jekyll's doctor names it): its @dir and @name. */
export function sourceMapPath(page: Page): string {
  const dir = page.url.slice(0, page.url.lastIndexOf('/') + 1);
  const base = page.relativePath.slice(page.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  return `${dir}${base}.css.map`.replace(/^\//, '');
}

/**
 * A SourceMapPage's URL and output path. It shares the CSS page's data, so a `permalink` there
 * (front matter, a default, or jekyll-polyglot's coordinate_documents) is its permalink too, with
 * the permalink's extension as its output extension (Renderer#permalink_ext): `permalink:
 * /style.css` writes the map over the CSS, as Jekyll 4.3 does (the map is written last).
 */
export function sourceMapPlace(page: Page): { url: string; outputPath: string } {
  const permalink = page.data.permalink;
  if (permalink == null || permalink === false) return { url: `${page.url}.map`, outputPath: `${page.outputPath}.map` };
  const base = page.relativePath.slice(page.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').replace(/\.+$/, '');
  const outputExt = permalinkExt(String(permalink)) ?? '.map';
  // its @dir is the CSS page's #dir: the folder of that page's URL
  const dir = page.url.endsWith('/') ? page.url : page.url.slice(0, page.url.lastIndexOf('/') + 1);
  const url = pageUrl({ dir, basename: `${base}.css`, outputExt, permalink, permalinkStyle: 'date' });
  return { url, outputPath: urlToOutputPath(url, outputExt, { page: true }) };
}

/** A page a plugin generated from a template, as the renderer and the hooks see it (a PageWithoutAFile). */
export function generatedRenderable(g: GeneratedPage): HookableDocument {
  const doc = { relativePath: g.relativePath, content: g.content ?? '', contentLine: 1, ext: g.ext ?? extOf(g.outputPath), data: g.data, outputPath: g.outputPath, outputExt: g.outputExt, kind: 'page', collection: null, url: g.url, renderWithLiquid: g.renderWithLiquid } as const;
  return g.messagePath === undefined ? doc : { ...doc, messagePath: g.messagePath };
}

/** Renders a generated page with its scope (a paginator...) and the page hooks. */
export function renderGeneratedPage(g: GeneratedPage, drop: Drop, ctx: RenderContext): HookedRendered {
  const scope = { ...(g.scope ?? {}), ...(g.scopeFor?.(ctx.drops.site) ?? {}) };
  return renderWithHooks(generatedRenderable(g), drop, ctx, scope);
}
