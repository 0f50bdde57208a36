export { jekyllDefaults, DEFAULT_EXCLUDES } from './defaults.js';
export { loadConfig, addDefaultCollections } from './load-config.js';
export type { LoadConfigOptions } from './load-config.js';
export { defaultsFor, globToRegExp } from './front-matter-defaults.js';
export { deepMerge, isPlainHash } from './merge.js';
export { sourceRelativeDir, configuredDir } from './site-dir.js';
export { markdownSettings } from './markdown-settings.js';
