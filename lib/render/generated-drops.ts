// The Liquid drops of the pages plugins generate (jekyll-paginate's pagers, jekyll-archives'
// Archive, jekyll-feed's and jekyll-sitemap's PageWithoutAFile, jekyll-redirect-from's pages):
// all Jekyll::Page subclasses, whose Convertible#to_liquid deep-merges the page's :pages front
// matter defaults under its data, then its ATTRIBUTES_FOR_LIQUID over both.
import { defaultsFor } from '../config/front-matter-defaults.js';
import type { GeneratedPage } from '../plugins/plugin.js';
import { pageDrop, type Drop } from '../site/drops.js';
import { setPageExt } from '../site/html-pages.js';
import type { Data, Site } from '../types.js';
import { hasKey, setKey } from '../values/own-keys.js';
import { setHiddenData } from '../values/hidden-data.js';
import { markRubyObject } from '../values/document-drop-mark.js';
import { inspectString } from '../liquid/ruby/to-s.js';

// Page::ATTRIBUTES_FOR_LIQUID, which a subclass with its own list (ownFields) replaces.
const PAGE_FIELDS = ['content', 'dir', 'excerpt', 'name', 'path', 'url'] as const;

/** Each generated page's drop: its data over the defaults of its relative_path and type, with Page's fields. */
export function generatedPageDrops(config: Site['config'], generated: readonly GeneratedPage[], renderExcerpt?: (g: GeneratedPage, drop: Drop) => string): Map<GeneratedPage, Drop> {
  const drops = new Map<GeneratedPage, Drop>();
  for (const g of generated) {
    // Convertible#defaults: those of the page's own relative_path (a PaginationPage's is its name)
    const defaults = defaultsFor(config, g.messagePath ?? g.relativePath, g.defaultsType ?? 'pages');
    const page = { data: g.hiddenKeys ? withoutKeys(g.data, g.hiddenKeys) : g.data, content: g.content ?? '', url: g.url, relativePath: g.relativePath };
    const made = renderExcerpt && (g.excerptSource !== undefined || g.excerptOf !== undefined);
    const drop = pageDrop(page, defaults, made ? (d) => renderExcerpt(g, d) : undefined);
    if (g.name !== undefined) drop.name = g.name;
    // Page#html? reads the page's own extension (an Archive at /t/x.html is named `x`, its ext .html)
    if (typeof g.ext === 'string') setPageExt(drop, g.ext);
    if (g.hiddenKeys) setHiddenData(drop, Object.fromEntries(g.hiddenKeys.filter((k) => hasKey(g.data, k)).map((k) => [k, g.data[k]])));
    // Page#inspect (its class and relative_path), unless the class has its own
    markRubyObject(drop, g.rubyInspect ?? `#<${g.rubyClass ?? 'Jekyll::Page'} @relative_path=${inspectString(g.messagePath ?? g.relativePath)}>`);
    drops.set(g, drop);
  }
  return drops;
}

/**
 * A generated page whose Liquid is off: Convertible#render_with_liquid? reads data["render_with_liquid"],
 * which a Page's data takes from its front matter defaults when it has no such key (Page#initialize's
 * default_proc): robots.txt under `render_with_liquid: false` for every path is written as its template.
 * A computed page without a layout (a feed, sitemap.xml) then outputs its template text as it is
 * (the identity converter of `.xml`), as the page shows it before it renders.
 */
export function withLiquidOff(config: Site['config'], g: GeneratedPage): GeneratedPage {
  const value = hasKey(g.data, 'render_with_liquid') ? g.data.render_with_liquid : defaultsFor(config, g.relativePath, g.defaultsType ?? 'pages').render_with_liquid;
  if (value !== false) return g;
  if (!g.render || g.data.layout != null) return { ...g, renderWithLiquid: false };
  const text = g.content ?? '';
  return { ...g, renderWithLiquid: false, render: () => text };
}

/** The fields a page subclass computes from the site drop (pageFor), in place of Page's own (ownFields). */
export function setOwnFields(generated: readonly GeneratedPage[], drops: ReadonlyMap<GeneratedPage, Drop>, siteDrop: Data): void {
  for (const g of generated) {
    const drop = drops.get(g)!;
    if (g.ownFields) for (const key of PAGE_FIELDS) delete drop[key];
    if (g.pageFor) mergeOwnFields(drop, g.pageFor(siteDrop));
  }
}

/**
 * The fields of a Page subclass's ATTRIBUTES_FOR_LIQUID over its data and defaults
 * (Convertible#to_liquid, Utils.deep_merge_hashes): a nil field (a date archive's title)
 * keeps what the defaults give.
 */
function mergeOwnFields(drop: Drop, fields: Data): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value == null && hasKey(drop, key)) continue;
    setKey(drop, key, value);
  }
}

/**
 * A generated page standing in for a post or document (jekyll-redirect-from's `redirect_to`)
 * is that document in Jekyll (generate_redirect_to mutates it): it renders with the document's
 * drop, which shows its new content and output wherever the document is listed. Until then
 * both are "" (`doc.content = doc.output = page.output`).
 */
export function standInForDocuments(site: Site, generated: readonly GeneratedPage[], generatedDrops: Map<GeneratedPage, Drop>, byPath: ReadonlyMap<string, Drop>): void {
  const docPaths = new Set(Object.values(site.collections).flatMap((c) => c.docs.map((d) => d.relativePath)));
  for (const g of generated) {
    const drop = docPaths.has(g.relativePath) ? byPath.get(g.relativePath) : undefined;
    if (!drop) continue;
    drop.content = '';
    drop.output = '';
    generatedDrops.set(g, drop);
  }
}


/** The data without the keys its Liquid drop leaves out (GeneratedPage#hiddenKeys). */
function withoutKeys(data: Data, keys: readonly string[]): Data {
  const out: Data = { ...data };
  for (const k of keys) delete out[k];
  return out;
}
