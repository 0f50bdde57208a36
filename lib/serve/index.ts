// The dev server: request handling, live reload, content types.
export { devRequestHandler, mountPath } from './server.js';
export type { DevServerOptions } from './server.js';
export { resolveRequest } from './resolve.js';
export type { Resolved } from './resolve.js';
export { startLiveReload, LIVERELOAD_PORT } from './livereload.js';
export type { LiveReloadServer } from './livereload.js';
export { injectLiveReload, liveReloadSnippet } from './inject.js';
export { contentType } from './mime.js';
export { listen, boundPort } from './listen.js';
export { changedUrlPaths } from './changes.js';
