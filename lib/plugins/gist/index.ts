export { gistPlugin, gistScriptTag } from './plugin.js';
