// kyll's public API: re-exports only.
export { parsePost } from './read/parse-post.js';
export type { ParsePostOptions } from './read/parse-post.js';
export { buildCollections } from './site/build-collections.js';
export type { BuildCollectionsOptions } from './site/build-collections.js';
// renderSite and createBuilder load the engine on their first call (entries/engine.ts).
export { renderSite, createBuilder } from './entries/engine.js';
export type { RenderSiteOptions } from './render/render-site.js';
export type { Builder, BuilderOptions, BuildResult, UpdateResult } from './build/index.js';
export { memorySource, fsSource } from './source/index.js';
export type { Source } from './source/index.js';
export { KyllError, BuildError, isKyllError } from './errors/index.js';
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
