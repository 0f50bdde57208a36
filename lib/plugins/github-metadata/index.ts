export { githubMetadataPlugin } from './plugin.js';
export { editUrl } from './edit-link.js';
