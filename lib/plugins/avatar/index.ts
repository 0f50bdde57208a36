export { avatarPlugin, avatarHtml } from './plugin.js';
