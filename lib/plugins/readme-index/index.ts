export { readmeIndexPlugin } from './plugin.js';
