export { sitemapPlugin, renderSitemap } from './plugin.js';
