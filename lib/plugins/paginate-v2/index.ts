export { paginateV2Plugin } from './plugin.js';
