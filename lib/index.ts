// kyll's public API: re-exports, and the synchronous functions whose modules load on first call.
import type { ParsePostOptions } from './read/parse-post.js';
import type { BuildCollectionsOptions } from './site/build-collections.js';
import type { Post, Site } from './types.js';
import { buildCollectionsModule, parsePostModule } from './entries/sync-modules.js';
export type { ParsePostOptions } from './read/parse-post.js';
export type { BuildCollectionsOptions } from './site/build-collections.js';

// Each module once: the bundle's require() makes a new namespace object on every call.
let parsePostModuleOnce: ReturnType<typeof parsePostModule> | undefined;
let buildCollectionsModuleOnce: ReturnType<typeof buildCollectionsModule> | undefined;

/** Parses a post or draft (see read/parse-post.ts). */
export function parsePost(text: string, options: ParsePostOptions): Post {
  return (parsePostModuleOnce ??= parsePostModule()).parsePost(text, options);
}

/** Reads a site's collections without rendering (see site/build-collections.ts). */
export function buildCollections(options: BuildCollectionsOptions): Site {
  return (buildCollectionsModuleOnce ??= buildCollectionsModule()).buildCollections(options);
}
// renderSite and createBuilder load the engine on their first call (entries/engine.ts).
export { renderSite, createBuilder } from './entries/engine.js';
export type { RenderSiteOptions } from './render/render-site.js';
export type { Builder, BuilderOptions, BuildResult, TidyResult, UpdateResult } from './build/index.js';
export { memorySource, fsSource } from './source/index.js';
export type { Source } from './source/index.js';
export { KyllError, isKyllError } from './errors/index.js';
export type { ErrorCode, ErrorPlace } from './errors/index.js';
export { JekyllTime } from './time/index.js';
export type { KyllPlugin, GeneratedPage, GeneratorResult, PluginContext, PluginConverter, PluginPriority, RenderedSiteView, SiteTransformContext } from './plugins/plugin.js';
export type { DocumentHooks, HookDocument, HookPayload, HookSiteInit, HookWriteInfo, PluginHooks, SiteHooks } from './plugins/hooks.js';
export type { PluginSpec } from './plugins/load.js';
export type {
  Collection,
  Data,
  Diagnostic,
  Document,
  DocumentKind,
  Layout,
  OutputFile,
  Page,
  Post,
  RenderResult,
  ProfileRow,
  Site,
  SiteConfig,
  StaticFile,
} from './types.js';
