export { JekyllTime, isJekyllTime, splitFraction } from './jekyll-time.js';
export type { LocalFields } from './jekyll-time.js';
export { zoneOffsetAt, instantFromLocal, isKnownZone } from './zone.js';
export { zoneAbbreviation } from './zone-abbreviation.js';
export { fileTime } from './file-time.js';
export { refreshZoneEnv } from './tzif.js';
