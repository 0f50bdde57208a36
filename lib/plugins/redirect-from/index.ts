export { redirectFromPlugin } from './plugin.js';
export { redirectHtml, redirectPaths, redirectsJson } from './redirect-page.js';
