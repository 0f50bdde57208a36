export { jekyllDataPlugin } from './plugin.js';
