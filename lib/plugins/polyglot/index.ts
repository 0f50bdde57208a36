export { polyglotPlugin } from './plugin.js';
