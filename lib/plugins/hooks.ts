// Hooks at Jekyll's points (jekyll/hooks.rb). Jekyll triggers them from
// site.rb (after_init, after_reset, post_read, pre_render, post_render,
// post_write), renderer.rb (pre_render, post_convert), site.rb#render_regenerated
// (post_render) and convertible.rb / document.rb (post_init, post_write).
//
// The design keeps the core pure: a hook gets plain data and may either return
// changes (site hooks: a new config or Site) or set the fields Jekyll lets a
// hook set on a document (`data`, `content`, `output`) on a HookDocument made
// for that call; the engine then takes those values. The Site model itself is
// never mutated. After Jekyll's arguments every hook but after_init/after_reset
// gets the build's PluginContext (the config, environment variables, markdownify),
// what a Ruby hook reaches through `doc.site`.
import type { Data, Document, Site, SiteConfig } from '../types.js';
import type { KyllPlugin, PluginContext } from './plugin.js';
import { priorityOf } from './transform.js';
import { deepMerge } from '../config/merge.js';
import { isHash } from './shared/values.js';
import { inPlugin, inPluginAwaited } from './plugin-errors.js';

/** A post, page or document as a hook sees it (Jekyll's Document or Page). */
export interface HookDocument {
  /** `post`, `page` or `document` (a collection document other than a post). */
  readonly kind: 'post' | 'page' | 'document';
  readonly relativePath: string;
  /** The collection label, null for pages. */
  readonly collection: string | null;
  readonly url: string;
  /** Where the output goes, relative to the destination: its extension is Jekyll's output_ext, unless `outputExt` says otherwise. */
  readonly outputPath?: string;
  /** Renderer#output_ext when it is not the output path's extension (GeneratedPage#outputExt). */
  readonly outputExt?: string;
  /** Document#write?: false for documents of a collection with `output: false` (pages are always written). */
  readonly write: boolean;
  /** The front matter and what Jekyll derives; a hook may set or delete keys. */
  data: Data;
  /** The body: the source before `pre_render`, the converted HTML from `post_convert` on. */
  content: string;
  /** The final output, from `post_render` on (undefined before). */
  output: string | undefined;
  /**
   * Keys a page's data answers only from the front matter defaults (Page#initialize's default_proc):
   * Ruby's Hash#key?, #fetch and #merge do not see them.
   */
  readonly defaultedKeys?: readonly string[];
}

/** What Jekyll passes as `payload` to pre_render hooks: the Liquid variables. */
export interface HookPayload {
  /** The site drop (`site` in Liquid): a hook may add keys, as Jekyll's payload["site"] allows. */
  readonly site: Data;
  /** The page drop (`page` in Liquid), for document hooks; setting a key shows in the templates. */
  readonly page?: Data;
  readonly jekyll: Data;
}

/** The site as `after_init` and `after_reset` see it: the configuration, before anything is read. */
export interface HookSiteInit {
  readonly config: SiteConfig;
}

/** What `post_write` sees besides the site. */
export interface HookWriteInfo {
  /** The folder written to. */
  readonly destination: string;
  /** Relative paths of the files written. */
  readonly paths: readonly string[];
}

/** Hooks for posts, pages or documents, as Jekyll::Hooks.register :posts, :pre_render... */
export interface DocumentHooks {
  /**
   * After the document is read (every post, page and document, and the pages that
   * `transformSite` makes from files); it may change `data` and `content`.
   */
  post_init?(doc: HookDocument, ctx: PluginContext): void;
  /** Before Liquid runs; it may change `data`, `content` and the payload's `page`. */
  pre_render?(doc: HookDocument, payload: HookPayload, ctx: PluginContext): void;
  /** After conversion (Markdown → HTML), before layouts; it may change `content`. */
  post_convert?(doc: HookDocument, ctx: PluginContext): void;
  /** After layouts; it may change `output`, which is what is written. */
  post_render?(doc: HookDocument, ctx: PluginContext): void;
  /** After the file is written (only when the build writes). */
  post_write?(doc: HookDocument, ctx: PluginContext): void | Promise<void>;
}

/** Hooks for the whole site (Jekyll::Hooks.register :site, ...). */
export interface SiteHooks {
  /** Once the configuration is loaded; may return keys to set over it. */
  after_init?(site: HookSiteInit): Data | void;
  /** After after_init (Site#reset, before reading); may return keys to set over the configuration. */
  after_reset?(site: HookSiteInit): Data | void;
  /** After every file is read, before generators run; may return a new Site. */
  post_read?(site: Site, ctx: PluginContext): Site | void;
  /** Before anything renders; may add keys to `payload.site`. */
  pre_render?(site: Site, payload: HookPayload, ctx: PluginContext): void;
  /** After every post, document and page rendered. */
  post_render?(site: Site, payload: HookPayload, ctx: PluginContext): void;
  /** After the destination is written (only when the build writes). */
  post_write?(site: Site, written: HookWriteInfo, ctx: PluginContext): void | Promise<void>;
}

export interface PluginHooks {
  readonly site?: SiteHooks;
  readonly posts?: DocumentHooks;
  readonly pages?: DocumentHooks;
  readonly documents?: DocumentHooks;
}

export type DocumentHookOwner = 'posts' | 'pages' | 'documents';
export type DocumentHookEvent = keyof DocumentHooks;

/** Plugins with hooks, in Jekyll's order: by priority (highest first), then as loaded. */
export function hookOrder(plugins: readonly KyllPlugin[]): KyllPlugin[] {
  return plugins
    .map((plugin, i) => ({ plugin, i }))
    .filter(({ plugin }) => plugin.hooks !== undefined)
    .sort((a, b) => priorityOf(b.plugin) - priorityOf(a.plugin) || a.i - b.i)
    .map(({ plugin }) => plugin);
}

// Document#trigger_hooks: the collection's own label (only `posts` can have
// hooks: Hooks.register refuses other owners), then :documents. Page: :pages.
function ownersOf(doc: Pick<Document, 'kind'>): DocumentHookOwner[] {
  if (doc.kind === 'page') return ['pages'];
  return doc.kind === 'post' ? ['posts', 'documents'] : ['documents'];
}

/** Whether any plugin has a hook for this document and event (to skip the work otherwise). */
export function hasDocumentHook(plugins: readonly KyllPlugin[], doc: Pick<Document, 'kind'>, event: DocumentHookEvent): boolean {
  return ownersOf(doc).some((owner) => plugins.some((p) => p.hooks?.[owner]?.[event] !== undefined));
}

/**
 * Jekyll::Hooks.trigger for a document: every owner's hooks, each in hook order,
 * with Jekyll's arguments (`payload` for pre_render only), then the context.
 */
export function triggerDocumentHooks(
  plugins: readonly KyllPlugin[],
  hookDoc: HookDocument,
  event: DocumentHookEvent,
  ctx: PluginContext,
  payload?: HookPayload,
): void {
  for (const owner of ownersOf(hookDoc)) {
    for (const plugin of plugins) {
      const hook = plugin.hooks?.[owner]?.[event] as ((d: HookDocument, ...rest: unknown[]) => void) | undefined;
      if (!hook) continue;
      const step = `its ${owner} ${event} hook on ${hookDoc.relativePath}`;
      if (event === 'pre_render') inPlugin(plugin, step, () => hook.call(plugin.hooks![owner], hookDoc, payload, ctx));
      else inPlugin(plugin, step, () => hook.call(plugin.hooks![owner], hookDoc, ctx));
    }
  }
}

/**
 * triggerDocumentHooks for post_write (Document#write, Convertible#write): a hook may return a
 * Promise, awaited before the next hook runs, as Jekyll's hooks.rb#trigger runs them one after another.
 */
export async function triggerPostWriteHooks(plugins: readonly KyllPlugin[], hookDoc: HookDocument, ctx: PluginContext): Promise<void> {
  for (const owner of ownersOf(hookDoc)) {
    for (const plugin of plugins) {
      const hook = plugin.hooks?.[owner]?.post_write as ((d: HookDocument, c: PluginContext) => unknown) | undefined;
      if (!hook) continue;
      const pending = inPluginAwaited(plugin, `its ${owner} post_write hook on ${hookDoc.relativePath}`, () => hook.call(plugin.hooks![owner], hookDoc, ctx));
      if (pending) await pending;
    }
  }
}

/** What a HookDocument is made from: a post, page, document or generated page. */
export type HookSource = Pick<Document, 'relativePath' | 'data' | 'content'> &
  Partial<Pick<Document, 'kind' | 'collection' | 'url' | 'outputPath' | 'write'>> & { readonly defaultedKeys?: readonly string[]; readonly outputExt?: string };

/** A HookDocument for `doc` (a page when it has no kind), with a copy of its data so that the Site stays unchanged. */
export function hookDocumentFor(doc: HookSource, output?: string, url = ''): HookDocument {
  return {
    kind: doc.kind ?? 'page',
    relativePath: doc.relativePath,
    collection: doc.collection ?? null,
    url: doc.url ?? url,
    outputPath: doc.outputPath,
    ...(doc.outputExt === undefined ? {} : { outputExt: doc.outputExt }),
    write: doc.write !== false,
    data: { ...doc.data },
    content: doc.content,
    output,
    ...(doc.defaultedKeys ? { defaultedKeys: doc.defaultedKeys } : {}),
  };
}

/** after_init then after_reset (Site#initialize, Site#process): the configuration with what they returned. */
export function configAfterInit(plugins: readonly KyllPlugin[], config: SiteConfig): SiteConfig {
  let out = config;
  for (const event of ['after_init', 'after_reset'] as const) {
    for (const plugin of plugins) {
      const changes = inPlugin(plugin, `its site ${event} hook`, () => plugin.hooks?.site?.[event]?.({ config: out }));
      if (changes) out = { ...out, ...changes } as SiteConfig;
    }
  }
  return out;
}

/**
 * post_init for every post, page and document (Document#initialize, Page#initialize),
 * then site post_read. `onSite` hears of each new Site (the context's `site`).
 */
export function siteAfterRead(plugins: readonly KyllPlugin[], site: Site, ctx: PluginContext, onSite: (site: Site) => void = () => {}): Site {
  let out = withDocumentsAfterInit(plugins, site, ctx, () => true);
  onSite(out);
  for (const plugin of plugins) {
    out = inPlugin(plugin, 'its site post_read hook', () => plugin.hooks?.site?.post_read?.(out, ctx)) ?? out;
    onSite(out);
  }
  return out;
}

/**
 * Page#initialize's post_init for a page a generator makes (Page.new, PageWithoutAFile.new,
 * RedirectPage.new): the data the :pages hooks leave on it (PluginContext#initPage).
 */
export function initGeneratedPage(
  plugins: readonly KyllPlugin[],
  page: { readonly relativePath: string; readonly url: string; readonly outputPath?: string; readonly data: Data; readonly content?: string },
  ctx: PluginContext,
): Data {
  if (!hasDocumentHook(plugins, { kind: 'page' }, 'post_init')) return page.data;
  const hookDoc = hookDocumentFor({ ...page, kind: 'page', content: page.content ?? '' });
  triggerDocumentHooks(plugins, hookDoc, 'post_init', ctx);
  return hookDoc.data;
}

/**
 * post_init for the pages a generator made from files (jekyll-optional-front-matter's
 * Page.new runs Page#initialize): those of `site` that `before` did not have.
 */
export function newPagesAfterInit(plugins: readonly KyllPlugin[], before: Site, site: Site, ctx: PluginContext): Site {
  if (site === before) return site;
  const known = new Set(before.pages.map((p) => p.relativePath));
  return withDocumentsAfterInit(plugins, site, ctx, (doc) => doc.kind === 'page' && !known.has(doc.relativePath));
}

function withDocumentsAfterInit(plugins: readonly KyllPlugin[], site: Site, ctx: PluginContext, which: (doc: Document) => boolean): Site {
  if (!plugins.some((p) => p.hooks?.posts?.post_init || p.hooks?.pages?.post_init || p.hooks?.documents?.post_init)) return site;
  return mapDocuments(site, (doc) => {
    if (!which(doc) || !hasDocumentHook(plugins, doc, 'post_init')) return doc;
    const hookDoc = hookDocumentFor(doc);
    triggerDocumentHooks(plugins, hookDoc, 'post_init', ctx);
    const data = doc.kind === 'page' ? hookDoc.data : readOverInit(hookDoc.data, doc.data);
    return { ...doc, data, content: hookDoc.content };
  });
}

/**
 * Document#initialize runs post_init before Document#read, whose merge_data! of the
 * front matter defaults and the front matter (deep_merge_hashes!: hashes merged, nil
 * never overrides) comes after: what the read gave wins over what a hook set. Page#initialize
 * reads first, so a page keeps its hooks' values. (Jekyll's populate_title then sets title,
 * slug and ext only where still unset; here every key the read gave wins.)
 */
function readOverInit(hooked: Data, read: Data): Data {
  let out = hooked;
  for (const [key, value] of Object.entries(read)) {
    const mine = Object.prototype.hasOwnProperty.call(hooked, key) ? hooked[key] : undefined;
    if (value === null || value === undefined || mine === value) continue;
    if (out === hooked) out = { ...hooked };
    out[key] = isHash(mine) && isHash(value) ? deepMerge(mine, value) : value;
  }
  return out;
}

/** The site with `fn` applied once to each post, page and document, wherever the site lists it. */
export function mapDocuments(site: Site, fn: <D extends Document>(doc: D) => D): Site {
  const memo = new Map<Document, Document>();
  const once = <D extends Document>(doc: D): D => {
    let out = memo.get(doc);
    if (!out) memo.set(doc, (out = fn(doc)));
    return out as D;
  };
  // Reader#read: posts, then pages, then the other collections.
  const posts = site.posts.map(once);
  const pages = site.pages.map(once);
  const collections = Object.fromEntries(
    Object.entries(site.collections).map(([label, c]) => [label, { ...c, docs: c.docs.map(once) }]),
  );
  const byTerm = (index: Site['categories']): Site['categories'] =>
    Object.fromEntries(Object.entries(index).map(([k, list]) => [k, list.map(once)]));
  return {
    ...site,
    posts,
    pages,
    collections,
    categories: byTerm(site.categories),
    tags: byTerm(site.tags),
  };
}
