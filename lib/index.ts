// kyll's public API: re-exports only.
export { parsePost } from './read/parse-post.js';
export { buildCollections } from './site/build-collections.js';
export type { BuildCollectionsOptions } from './site/build-collections.js';
export { renderSite } from './render/render-site.js';
export type { RenderSiteOptions } from './render/render-site.js';
export { createBuilder } from './build/index.js';
export type { Builder, BuilderOptions, UpdateResult } from './build/index.js';
export { memorySource, fsSource } from './source/index.js';
export type { Source } from './source/index.js';
export { KyllError, BuildError } from './errors/index.js';
export type { ErrorCode } from './errors/index.js';
export { JekyllTime } from './time/index.js';
export type { KyllPlugin, GeneratedPage, PluginContext } from './plugins/plugin.js';
export type {
  Collection,
  Data,
  Diagnostic,
  Document,
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
