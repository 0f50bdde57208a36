export { multipleLanguagesPlugin } from './plugin.js';
