export { relativeLinksPlugin } from './plugin.js';
