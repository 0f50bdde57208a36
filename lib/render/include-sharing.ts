// When a build may render its page-independent includes once (lib/liquid/shared-includes.ts):
// only when nothing but Jekyll's own render changes the site while pages render.
import type { KyllPlugin } from '../plugins/plugin.js';
import type { RenderContext } from './context.js';

// Document hooks that run while pages render (renderer.rb: pre_render, post_convert;
// site.rb#render_docs: post_render) may change the site that later pages read.
const RENDER_EVENTS = ['pre_render', 'post_convert', 'post_render'] as const;
// Plugins of ours whose render hooks rewrite the document's own output and nothing else.
const OUTPUT_ONLY = new Set(['jekyll-mentions', 'jemoji']);

/** Turns include sharing on for this build's renders unless a plugin may change the site meanwhile, or reads are being recorded (incremental builds). */
export function shareIncludes(ctx: RenderContext, plugins: readonly KyllPlugin[], recording: boolean): void {
  if (recording) return;
  const changesSite = plugins.some(
    (p) => !OUTPUT_ONLY.has(p.name) && [p.hooks?.posts, p.hooks?.pages, p.hooks?.documents].some((h) => h && RENDER_EVENTS.some((e) => h[e] !== undefined)),
  );
  if (changesSite) return;
  const site = ctx.drops.site;
  const collections = (site.collections as Array<{ label?: unknown }> | undefined) ?? [];
  // the keys templates add to site.categories and site.tags (post_attr_hash's default block) change what later pages print
  ctx.liquid.shareIncludes(site, ['pages', 'posts', 'html_pages', 'documents', ...collections.map((c) => String(c.label))], ctx.drops.indexVersion);
}

