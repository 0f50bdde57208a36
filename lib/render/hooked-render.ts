// One document through the renderer with the plugins' document hooks around
// it, where Jekyll calls them: pre_render before Liquid (Renderer#run),
// post_convert between conversion and layouts (Renderer#render_document),
// post_render once the output is known (Site#render_regenerated).
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import { hasDocumentHook, hookDocumentFor, triggerDocumentHooks } from '../plugins/hooks.js';
import type { Drop } from '../site/drops.js';
import type { Data, Document } from '../types.js';
import type { GeneratedPage } from '../plugins/plugin.js';
import type { RenderContext } from './context.js';
import { renderDocument, type Renderable, type Rendered } from './render-document.js';

/** A post, page, document or generated page (a page: Jekyll's PageWithoutAFile). */
export type HookableDocument = Renderable & Partial<Pick<Document, 'kind' | 'collection' | 'url'>>;

export interface HookedRendered extends Rendered {
  /** Data keys that pre_render hooks set (undefined: deleted), for the main thread to show in the drop. */
  readonly dataChanges?: Data;
}

export function renderWithHooks(doc: HookableDocument, drop: Drop, ctx: RenderContext, scope?: Data): HookedRendered {
  const plugins = ctx.hooked ?? [];
  const kind = doc.kind ?? 'page';
  const path = doc.messagePath ?? doc.relativePath;
  ctx.debug?.('Rendering:', path);
  // Page#render makes the page's hash first (Convertible#to_liquid): a page's excerpt made from
  // its text (`page_excerpts`) renders then, before the page, if no template asked for it yet.
  if (!(DOCUMENT_DROP in drop)) void drop.excerpt;
  ctx.debug?.('Pre-Render Hooks:', path);
  const has = (event: 'pre_render' | 'post_convert' | 'post_render'): boolean => plugins.length > 0 && hasDocumentHook(plugins, { kind }, event);
  if (!has('pre_render') && !has('post_convert') && !has('post_render')) return renderDocument(doc, drop, ctx, scope);
  // Document#url is made when first asked for: a document that has its own URL field is not asked
  // through its drop here (that raises when the permalink cannot make one, and no hook has asked yet).
  const hookDoc = hookDocumentFor(doc, undefined, doc.url ?? String(drop.url ?? ''));
  let target: Renderable = doc;
  let dataChanges: Data | undefined;
  if (has('pre_render')) {
    triggerDocumentHooks(plugins, hookDoc, 'pre_render', ctx.plugin, { site: ctx.drops.site, page: drop, jekyll: ctx.jekyll });
    dataChanges = changedKeys(doc.data, hookDoc.data);
    // Document#data is what the drop reads: a key a hook sets shows in `page`.
    if (dataChanges) for (const [k, v] of Object.entries(dataChanges)) drop[k] = v;
    if (dataChanges || hookDoc.content !== doc.content) target = { ...doc, data: hookDoc.data, content: hookDoc.content };
  }
  const afterConvert = has('post_convert')
    ? (content: string): string => {
        hookDoc.content = content;
        triggerDocumentHooks(plugins, hookDoc, 'post_convert', ctx.plugin);
        return String(hookDoc.content);
      }
    : undefined;
  const rendered = renderDocument(target, drop, ctx, scope, afterConvert);
  if (!has('post_render')) return { ...rendered, dataChanges };
  hookDoc.content = rendered.content;
  hookDoc.output = rendered.output;
  triggerDocumentHooks(plugins, hookDoc, 'post_render', ctx.plugin);
  const output = String(hookDoc.output ?? '');
  // Only a document's drop shows `output` (a page's hash has none, as in renderDocument).
  if (DOCUMENT_DROP in drop) drop.output = output;
  return { content: rendered.content, output, dataChanges };
}

/**
 * A page computed by code (jekyll-feed's feed.xml, a sitemap, a redirect page) is a Page in
 * site.pages for Jekyll, rendered like the others: the pages' post_render hooks see its output
 * too (jekyll-polyglot's Site#process_documents rewrites the feed's links into /LANG/).
 */
export function computedAfterHooks(page: GeneratedPage, output: string, ctx: RenderContext): string {
  const plugins = ctx.hooked ?? [];
  if (plugins.length === 0 || !hasDocumentHook(plugins, { kind: 'page' }, 'post_render')) return output;
  // its content is what it rendered to (it has no layout but the gem's own redirect one)
  const hookDoc = hookDocumentFor({ ...page, kind: 'page', content: output }, output);
  triggerDocumentHooks(plugins, hookDoc, 'post_render', ctx.plugin);
  return String(hookDoc.output ?? '');
}

/** The keys of `after` that differ from `before`, deleted ones as undefined; undefined when none. */
function changedKeys(before: Data, after: Data): Data | undefined {
  const out: Data = {};
  let any = false;
  for (const [k, v] of Object.entries(after)) {
    if (before[k] !== v || !(k in before)) {
      out[k] = v;
      any = true;
    }
  }
  for (const k of Object.keys(before)) {
    if (!(k in after)) {
      out[k] = undefined;
      any = true;
    }
  }
  return any ? out : undefined;
}
