export { titlesFromHeadingsPlugin } from './plugin.js';
