export type { Source } from './source.js';
export { memorySource } from './memory-source.js';
export { fsSource } from './fs-source.js';
