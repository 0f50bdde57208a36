export { paginatePlugin, templatePage } from './plugin.js';
export { calculatePages, pagerData, paginatePath } from './pager.js';
