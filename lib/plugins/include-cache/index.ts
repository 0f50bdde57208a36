export { includeCachePlugin } from './plugin.js';
