export { feedPlugin, feedCollections } from './plugin.js';
export { feedMetaTag } from './meta-tag.js';
export { renderAtom, feedEntries } from './atom.js';
export type { FeedSpec, FeedEnv } from './atom.js';
