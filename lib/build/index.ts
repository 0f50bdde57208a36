export { createBuilder } from './builder.js';
export type { Builder, BuilderOptions, BuildResult, TidyResult, UpdateResult } from './builder.js';
