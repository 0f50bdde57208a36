export { archivesPlugin } from './plugin.js';
