export { allowedPluginNames, builtinPlugins, resolvePlugins } from './registry.js';
export type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext, RenderedSiteView } from './plugin.js';
export { feedPlugin, feedMetaTag } from './feed/index.js';
export { seoPlugin, renderSeo } from './seo/index.js';
export { sitemapPlugin, renderSitemap } from './sitemap/index.js';
export { paginatePlugin } from './paginate/index.js';
export { redirectFromPlugin } from './redirect-from/index.js';
