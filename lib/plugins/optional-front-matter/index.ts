export { optionalFrontMatterPlugin } from './plugin.js';
