// The outputs of a build as units of work, in the order renderSite renders
// them (site.rb#render): collection documents (posts first), pages, pages
// generated from templates (paginator pages, redirects), static files, then
// outputs computed from the rendered site (feeds, sitemaps). Each unit renders
// on its own, so a long-lived build can redo any subset of them.
import { configuredDir } from '../config/site-dir.js';
import type { GeneratedPage } from '../plugins/plugin.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import { documentsInRenderOrder } from '../render/prepare-build.js';
import { renderWithHooks } from '../render/hooked-render.js';
import { ASSET_EXTS, placedLayoutName } from '../render/render-document.js';
import { isYamlFile } from '../read/parse-document.js';
import { extOf, keepsLinks, staticOutput, textFile } from '../render/outputs.js';
import { generatedRenderable, joinSourceMap, renderGeneratedPage, sourceMapIndex, sourceMapPlace } from '../render/render-pages.js';
import type { RenderedEntry } from '../render/site-hooks.js';
import type { Drop } from '../site/drops.js';
import { staticFilesToWrite } from '../site/static-files.js';
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import type { Document, OutputFile, Page, StaticFile } from '../types.js';
import { metaOf, printOf, staticMetaOf } from './signature.js';
import { hasLiquidConstruct } from '../liquid/construct.js';

export type UnitKind = 'document' | 'page' | 'generated' | 'static' | 'computed';

/**
 * How a render leaves the `layout`/`content` that Jekyll carries to the next document (renderer.rb):
 * untouched, both its own, its layout's data merged over the layout carried in, or the layout
 * emptied (place_in_layouts with no layout to place in) and the content passed on.
 */
export type CarryRole = 'passes' | 'owns' | 'changes' | 'resets';

export interface Unit {
  readonly key: string;
  readonly kind: UnitKind;
  /**
   * Its path in the model (a document's relative_path, below collections_dir;
   * a generated page's stand-in path): what `content:` reads are keyed by.
   */
  readonly sourcePath: string;
  /** The source file it comes from, relative to the source: what a changed path names. */
  readonly sourceFile: string;
  /** What defines it besides its body: a different fingerprint renders it again. */
  readonly sig: string;
  readonly drop?: Drop;
  readonly carryRole: CarryRole;
  readonly doc?: Document | Page;
  readonly generated?: GeneratedPage;
  readonly file?: StaticFile;
  /**
   * Where a computed page without a layout renders among the pages (render-pages.ts): between the
   * unit at floor(turn) and the next. Its outputs still come last, with the other computed outputs.
   */
  readonly turn?: number;
}

/** The units of a prepared build, in render order. */
export function unitsOf(build: PreparedBuild): Unit[] {
  const { site, ctx, replaced, generated, generatedDrops } = build;
  const units: Unit[] = [];
  const collectionsDir = configuredDir(site.config, 'collections_dir', '');
  const sourceRoot = `${String(site.config.source ?? '').replace(/\/+$/, '')}/`;
  const inSource = (path: string): string => (path.startsWith('/') && path.startsWith(sourceRoot) ? path.slice(sourceRoot.length) : path);
  const templated = (kind: 'document' | 'page', doc: Document | Page): Unit => ({
    key: `${kind}:${doc.relativePath}`,
    kind,
    sourcePath: doc.relativePath,
    // Document#relative_path is below site.collections_path; the file is where the source has it.
    // (a collections_dir naming the source itself leaves it absolute: parse-document.ts#documentRelativePath)
    sourceFile: kind === 'document' && collectionsDir !== '' ? `${collectionsDir}/${doc.relativePath}` : inSource(doc.relativePath),
    sig: metaOf(doc),
    drop: ctx.drops.dropFor(doc as Document),
    carryRole: carryRoleOf(build, doc, kind === 'document' && isYamlFile(doc.relativePath)),
    doc,
  });
  for (const doc of documentsInRenderOrder(site, replaced)) units.push(templated('document', doc));
  const afterDocuments = units.length - 0.5;
  // Pages in site.pages order, a generated page at the place of the page it replaces (render-pages.ts).
  const byDrop = new Map<Drop, Unit>();
  const inTurn = new Map<Drop, GeneratedPage>();
  // A computed page is computed in its turn among the pages (render-pages.ts), one with a layout too (computedInLayout).
  for (const g of generated) if (g.render) inTurn.set(generatedDrops.get(g)!, g);
  for (const page of site.pages) if (!replaced.has(page.relativePath)) byDrop.set(ctx.drops.dropFor(page), templated('page', page));
  for (const g of generated) {
    if (g.render) continue;
    const content = g.content ?? '';
    byDrop.set(generatedDrops.get(g)!, {
      key: `generated:${g.outputPath}`,
      kind: 'generated',
      sourcePath: g.relativePath,
      sourceFile: g.relativePath,
      // A paginator's scope, an archive's page.posts hold post drops: it follows the post lists instead (walk.ts#renderUnit).
      sig: printOf([g.url, g.outputPath, g.ext, g.data, content, readsLists(g) ? 'scoped' : '']),
      drop: generatedDrops.get(g),
      carryRole: carryRoleOf(build, { data: g.data, ext: g.ext ?? extOf(g.outputPath) }),
      generated: g,
    });
  }
  // A document's stand-in (redirect_to) renders with the documents, before any page (render-pages.ts, site.rb#render_docs).
  for (const [drop, unit] of byDrop) if (DOCUMENT_DROP in drop) units.push(unit), byDrop.delete(drop);
  // A computed page without a layout is computed in its turn among them (render-pages.ts#renderPages).
  const computedAt = new Map<GeneratedPage, number>();
  let between = 0;
  // A computed stand-in (the gem's redirect layout) too: it is computed once the documents are rendered.
  for (const g of generated) if (g.render && g.data.layout != null && DOCUMENT_DROP in generatedDrops.get(g)!) computedAt.set(g, afterDocuments);
  for (const drop of ctx.drops.pages) {
    const unit = byDrop.get(drop);
    const g = unit ? undefined : inTurn.get(drop);
    if (g) computedAt.set(g, units.length - 1 + ++between / 1024);
    if (!unit) continue;
    byDrop.delete(drop);
    units.push(unit);
    between = 0;
  }
  units.push(...byDrop.values());
  for (const file of staticFilesToWrite(site)) {
    // a plugin may keep a static file from being written (render-site.ts does the same)
    if (!file.outputPath || !build.plugins.every((p) => p.writesStaticFile?.(file, site, build.source) !== false)) continue;
    units.push({ key: `static:${file.outputPath}`, kind: 'static', sourcePath: file.relativePath, sourceFile: file.relativePath, sig: staticMetaOf(file), carryRole: 'passes', file });
  }
  for (const g of generated) {
    if (!g.render) continue;
    const turn = computedAt.get(g);
    const inTurnOnly = turn === undefined ? {} : { turn, drop: generatedDrops.get(g) };
    units.push({ key: `computed:${g.outputPath}`, kind: 'computed', sourcePath: g.relativePath, sourceFile: g.relativePath, sig: printOf([g.url, g.outputPath]), carryRole: 'passes', generated: g, ...inTurnOnly });
  }
  return uniqueKeys(units);
}

/** Its variables or its page's fields come from the site drop's lists (a paginator, jekyll-archives' page.posts). */
export function readsLists(g: GeneratedPage): boolean {
  return g.scope !== undefined || g.scopeFor !== undefined || g.pageFor !== undefined;
}

// Outputs can share a path (jekyll-archives' tags "Ruby" and "ruby" both make /tags/ruby/):
// each unit keeps a key of its own, the second one at a path `#2`, in render order.
function uniqueKeys(units: Unit[]): Unit[] {
  const seen = new Map<string, number>();
  return units.map((u) => {
    const n = (seen.get(u.key) ?? 0) + 1;
    seen.set(u.key, n);
    return n === 1 ? u : { ...u, key: `${u.key}#${n}` };
  });
}

/** Its text before rendering: what its drop shows until it is rendered. */
export function rawOf(unit: Unit): string {
  return unit.doc?.content ?? unit.generated?.content ?? '';
}

/**
 * A page's or generated page's drop as before its render: its text, no output
 * (page.rb); a page with fields of its own (jekyll-archives' Archive) has no
 * content until it renders.
 */
export function showUnrendered(u: Unit): void {
  const drop = u.drop!;
  if (u.generated?.ownFields) delete drop.content;
  else drop.content = rawOf(u);
  // A document's stand-in shows "" (standInForDocuments), its keys where the document has them.
  if (DOCUMENT_DROP in drop) drop.output = '';
  else delete drop.output;
}

/** Whether what a unit leaves to the next depends on what it was given: a merged layout, or the content it passes on. */
export function dependsOnCarry(unit: Unit): boolean {
  return unit.carryRole === 'changes' || unit.carryRole === 'resets';
}

/** Its body has Liquid, which may read the `layout` and `content` carried from the document before. */
export function mayReadCarry(unit: Unit): boolean {
  return hasLiquidConstruct(rawOf(unit));
}

// renderer.rb: a document placed in a layout leaves that layout's data and its
// output for the next one; without a layout (none named, or a missing one), place_in_layouts
// still empties the layout; one never placed (layout: none, an asset, a YAML document) leaves what it found.
function carryRoleOf(build: PreparedBuild, doc: { data: Document['data']; ext: string }, yamlDocument = false): CarryRole {
  const name = doc.data.layout;
  if (name == null || !build.site.layouts[placedLayoutName(name)]) return name !== 'none' && !ASSET_EXTS.has(doc.ext) && !yamlDocument ? 'resets' : 'passes';
  const kind = build.ctx.converters.kindFor(doc.ext);
  return name !== 'none' && kind !== 'sass' && kind !== 'scss' ? 'owns' : 'changes';
}

/** Renders a document, page or generated page with the plugins' hooks (as renderSite); Sass pages compile through `sass`. */
export async function renderTemplated(
  unit: Unit,
  build: PreparedBuild,
  sass: (css: string, kind: 'sass' | 'scss', file: string) => Promise<{ css: string; map?: string }>,
): Promise<OutputFile[]> {
  const { ctx } = build;
  if (unit.kind === 'document') {
    const doc = unit.doc as Document;
    const { output } = renderWithHooks(doc, unit.drop!, ctx);
    // A written document whose URL cannot be made has no output: the build stops on it once the
    // whole site is rendered (builder.ts, render/unplaced.ts, as Site#cleanup), unless a template stops it first.
    if (doc.write && (doc.writeError ?? doc.urlError ?? doc.destinationError)) return [];
    return doc.write ? [textFile(doc.outputPath, doc.url, output)] : [];
  }
  if (unit.kind === 'page') {
    const page = unit.doc as Page;
    if (page.urlError) throw page.urlError;
    const { output } = renderWithHooks(page, unit.drop!, ctx);
    if (page.destinationError) return [];
    const kind = ctx.converters.kindFor(page.ext);
    if (kind !== 'sass' && kind !== 'scss') return [textFile(page.outputPath, page.url, output)];
    const { css, map } = await sass(output, kind, page.relativePath);
    unit.drop!.content = css;
    const files = [textFile(page.outputPath, page.url, css)];
    if (map === undefined) return files;
    const place = sourceMapPlace(page);
    files.push(textFile(place.outputPath, place.url, map));
    joinSourceMap(ctx.drops.pages, page, map, ctx);
    return files;
  }
  const g = unit.generated!;
  const { output } = renderGeneratedPage(g, unit.drop!, ctx);
  return [textFile(g.outputPath, g.url, output)];
}

/** A static file's output; a symlink stays a link outside safe mode and production, as renderSite writes it. */
export function renderStatic(unit: Unit, build: PreparedBuild): OutputFile[] {
  const file = unit.file!;
  if (file.destinationError) return [];
  const keepLinks = keepsLinks(build.site.config, build.ctx.jekyll.environment);
  return [staticOutput(file.fromTheme && build.theme ? build.theme : build.source, file, keepLinks)];
}

/** What the write hooks get (site-hooks.ts): each written document, page and generated page with its output, in render order. */
export function renderedEntries(units: readonly Unit[], outputsOf: (key: string) => readonly OutputFile[] | undefined): RenderedEntry[] {
  const entries: RenderedEntry[] = [];
  for (const u of units) {
    if (u.kind !== 'document' && u.kind !== 'page' && u.kind !== 'generated') continue;
    const out = outputsOf(u.key)?.[0];
    if (out === undefined || typeof out.contents !== 'string') continue;
    if (u.kind === 'page' && /^\.s[ac]ss$/.test(u.doc!.ext)) continue; // renderSite passes no Sass page to the write hooks
    entries.push({ doc: u.generated ? generatedRenderable(u.generated) : u.doc!, output: out.contents });
  }
  return entries;
}

/**
 * A Sass page's map in site.pages as at that point of a clean build: listed once
 * the page is passed (`outputs`: what it made), not before (`outputs` undefined).
 */
export function rejoinSourceMap(unit: Unit, build: PreparedBuild, outputs: readonly OutputFile[] | undefined): void {
  if (unit.kind !== 'page') return;
  const page = unit.doc as Page;
  const sitePages = build.ctx.drops.pages;
  // [css, map]: the map may have the CSS page's own URL (sourceMapPlace)
  const mapUrl = sourceMapPlace(page).url;
  const map = outputs?.find((f, i) => i > 0 && f.url === mapUrl);
  if (map) joinSourceMap(sitePages, page, String(map.contents), build.ctx);
  else if (outputs === undefined) {
    const at = sourceMapIndex(sitePages, page);
    if (at >= 0) sitePages.splice(at, 1);
  }
}
