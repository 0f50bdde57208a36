export { writeSite } from './write-site.js';
export type { WriteOptions } from './write-site.js';
export { findUrlConflicts } from './conflicts.js';
