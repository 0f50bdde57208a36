export { createBuilder } from './builder.js';
export type { Builder, BuilderOptions, UpdateResult } from './builder.js';
