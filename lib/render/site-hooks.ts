// The hooks that run once everything is rendered or written: site post_render
// (Site#render), then after Site#write each file's post_write (Document#write,
// Convertible#write) and the site's post_write.
import { hasDocumentHook, hookDocumentFor, triggerPostWriteHooks, type HookWriteInfo } from '../plugins/hooks.js';
import type { RenderContext } from './context.js';
import type { OutputFile } from '../types.js';
import type { HookableDocument } from './hooked-render.js';
import { inPlugin, inPluginAwaited } from '../plugins/plugin-errors.js';
import { afterWriting } from '../errors/kyll-error.js';

/** A post, document or page written by this build, with its output. */
export interface RenderedEntry {
  readonly doc: HookableDocument;
  readonly output: string;
}

/** The entry of an output written (or kept) as `file`: its text is read from it when a post_write hook needs it. */
export function renderedEntry(doc: HookableDocument, file: OutputFile): RenderedEntry {
  return {
    doc,
    get output(): string {
      return String(file.contents);
    },
  };
}

export function afterRender(ctx: RenderContext): void {
  for (const plugin of ctx.hooked ?? []) inPlugin(plugin, 'its site post_render hook', () => plugin.hooks!.site?.post_render?.(ctx.site, { site: ctx.drops.site, jekyll: ctx.jekyll }, ctx.plugin));
}

/** The post_write hooks, each awaited when it returns a Promise (Jekyll's run one after another, and one that raises stops the build). */
export async function afterWrite(ctx: RenderContext, rendered: readonly RenderedEntry[], written: HookWriteInfo): Promise<void> {
  const plugins = ctx.hooked ?? [];
  if (plugins.length === 0) return;
  try {
    await postWrite(ctx, plugins, rendered, written);
  } catch (e) {
    // the destination holds the new site already: the CLI must not say it was left as it was
    throw afterWriting(e);
  }
}

async function postWrite(ctx: RenderContext, plugins: NonNullable<RenderContext['hooked']>, rendered: readonly RenderedEntry[], written: HookWriteInfo): Promise<void> {
  // Site#each_site_file: pages first, then posts and documents.
  const ordered = [...rendered.filter((r) => (r.doc.kind ?? 'page') === 'page'), ...rendered.filter((r) => (r.doc.kind ?? 'page') !== 'page')];
  for (const entry of ordered) {
    const kind = entry.doc.kind ?? 'page';
    if (!hasDocumentHook(plugins, { kind }, 'post_write')) continue;
    // the output is read back from disk only for a kind some plugin hooks
    await triggerPostWriteHooks(plugins, hookDocumentFor(entry.doc, entry.output), ctx.plugin);
  }
  for (const plugin of plugins) {
    const pending = inPluginAwaited(plugin, 'its site post_write hook', () => plugin.hooks!.site?.post_write?.(ctx.site, written, ctx.plugin));
    if (pending) await pending;
  }
}
