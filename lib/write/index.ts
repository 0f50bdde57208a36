export { writeSite } from './write-site.js';
export type { WriteOptions, WriteReport } from './write-site.js';
export type { WriteFs } from './write-fs.js';
export { findUrlConflicts, themeFileName, UNCHECKED_RUBY_CLASS, inWriteOrder, writeOrderKey, WRITE_RANK, type WriteRank } from './conflicts.js';
export { inDestination, sanitizedOutputPath } from './sanitize.js';
export { ensureNotInDestination, ensureNotSourceFolder, realPathOf } from './destination-guard.js';
