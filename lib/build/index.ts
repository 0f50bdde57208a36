export { createBuilder } from './builder.js';
export type { Builder, BuilderOptions, BuildResult, UpdateResult } from './builder.js';
