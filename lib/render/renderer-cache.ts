// Jekyll's LiquidRenderer keeps one parsed template per file for the whole build
// (liquid_renderer.rb#file, liquid_renderer/file.rb#parse: `cache[filename] ||= parse(content)`),
// keyed by the path as normalize_path gives it. Renderer#render_liquid parses a page's body
// under Page#path; IncludeRelativeTag (tags/include.rb#load_cached_partial) parses the whole
// included file, front matter and all, under that file's path. So whichever comes first wins:
// a page that another page include_relative'd earlier renders its own front matter as text,
// and a page's file include_relative'd after it rendered shows the body only.
// Site#render renders documents before pages, in order: a document's body is in place before
// any page, and before any later document, unless an earlier document include_relative'd its
// file (an index document pulling in a sibling): then it too renders its whole file.
// A site layout is in the same cache under its path (Renderer#render_layout parses layout.content
// under layout.path when it first renders): an include_relative of `_layouts/x.html` after a
// document or page was placed in that layout parses the body only, and one before it leaves the
// layout rendering its whole file, front matter as text.
import type { Document, Layout, Site } from '../types.js';
import { liquidCacheKey } from './page-templates.js';
import { sourceRelativeDir } from '../config/site-dir.js';

/** A cache key's text: the body Renderer#render_liquid parsed, or the whole file an include read. */
export interface RendererText {
  readonly text: string;
  readonly wholeFile: boolean;
  /** A document's body noted ahead: the document has not rendered yet, so an include may still come first. */
  readonly pending?: boolean;
  /** A document's place in Site#render's order (set with `pending`); for a layout, the first document placed in it. */
  readonly order?: number;
  /** A layout's body: its first document's own Liquid renders before it, so an include there still comes first. */
  readonly layout?: boolean;
}

/**
 * The texts, and the place in the render order of what renders now: an include_relative of a
 * document placed after it parses the whole file, one of a document placed before it the body.
 * Judged by order, not by what this thread rendered: documents may render on other threads.
 */
export type RendererTexts = Map<string, RendererText> & {
  current: number;
  readonly collectionsDir: string;
  /** A site layout's key (its path in the source), undefined for a theme's: include_relative never reaches those. */
  readonly layoutKey: (layout: Layout) => string | undefined;
};

/**
 * The build's texts, with every document that runs Liquid already in (they render before the
 * pages), and each site layout a document is placed in, noted at the first such document.
 * `layoutsOf`: the layouts a document renders through, innermost first.
 */
export function rendererTexts(
  site: Site,
  runsLiquid: (doc: Document) => boolean,
  layoutsOf: (doc: Document) => readonly Layout[] = () => [],
  siteRoot?: string,
): RendererTexts {
  // Document#path is in Collection#collection_dir (site.in_source_dir): `./a/`, `/a` and `a//` are `a`.
  const raw = site.config.collections_dir;
  const dir = typeof raw === 'string' && raw !== '' ? sourceRelativeDir(String(site.config.source ?? ''), raw) : '';
  const root = siteRoot?.replace(/\/+$/, '');
  const layoutKey = (layout: Layout): string | undefined =>
    root !== undefined && layout.path === `${root}/${layout.relativePath}` ? liquidCacheKey(layout.relativePath) : undefined;
  const texts: RendererTexts = Object.assign(new Map<string, RendererText>(), { current: -1, collectionsDir: dir, layoutKey });
  const docs = [site.posts, ...Object.values(site.collections).map((c) => c.docs)].flat();
  docs.forEach((doc, order) => {
    if (!runsLiquid(doc)) return;
    const key = documentCacheKey(texts, doc.relativePath);
    if (!texts.has(key)) texts.set(key, { text: doc.content, wholeFile: false, pending: true, order });
  });
  if (root !== undefined) {
    docs.forEach((doc, order) => {
      for (const layout of layoutsOf(doc)) {
        const key = layoutKey(layout);
        if (key !== undefined && !texts.has(key)) texts.set(key, { text: layout.content, wholeFile: false, pending: true, order, layout: true });
      }
    });
  }
  return texts;
}

/** A document's key in LiquidRenderer's cache: its path in collections_dir. */
function documentCacheKey(texts: RendererTexts, relativePath: string): string {
  return liquidCacheKey(texts.collectionsDir ? `${texts.collectionsDir}/${relativePath}` : relativePath);
}

/** The text a document's Liquid parses: its whole file when an earlier document's include read it first, else its body. */
export function documentText(texts: RendererTexts | undefined, relativePath: string, body: string): string {
  if (!texts) return body;
  const key = documentCacheKey(texts, relativePath);
  const seen = texts.get(key);
  if (!seen) return body;
  if (seen.order !== undefined) texts.current = seen.order;
  if (seen.wholeFile) return seen.text;
  if (seen.pending) texts.set(key, { text: body, wholeFile: false });
  return body;
}

/** The text a page's Liquid parses: an include's whole file when one read it first, else its own body (noted). */
export function pageText(texts: RendererTexts | undefined, path: string, body: string): string {
  if (!texts) return body;
  const key = liquidCacheKey(path);
  const seen = texts.get(key);
  if (seen) return seen.text;
  texts.set(key, { text: body, wholeFile: false });
  return body;
}

/** The text a layout's Liquid parses: the whole file when an include_relative read it first, else (undefined) its body, noted. */
export function layoutText(texts: RendererTexts | undefined, layout: Layout): string | undefined {
  const key = texts?.layoutKey(layout);
  if (key === undefined) return undefined;
  const seen = texts!.get(key);
  if (seen?.wholeFile) return seen.text;
  if (!seen || seen.pending) texts!.set(key, { text: layout.content, wholeFile: false });
  return undefined;
}

/** What include_relative parses for the site file `path`: a page's body noted before it, else (undefined) the whole file, now noted. */
export function includedText(texts: RendererTexts, path: string, read: () => string): string | undefined {
  const key = liquidCacheKey(path);
  const seen = texts.get(key);
  // a layout's first document includes the file before it is placed in the layout
  if (!seen || (seen.pending && (seen.layout ? seen.order! >= texts.current : seen.order! > texts.current))) {
    texts.set(key, { text: read(), wholeFile: true, order: seen?.order });
    return undefined;
  }
  return seen.wholeFile ? undefined : seen.text;
}
