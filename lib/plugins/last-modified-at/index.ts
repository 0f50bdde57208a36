export { lastModifiedAtPlugin } from './plugin.js';
