export { seoPlugin } from './plugin.js';
export { renderSeo, SEO_VERSION } from './render.js';
export { SeoValues } from './drop.js';
export type { SeoInput } from './drop.js';
