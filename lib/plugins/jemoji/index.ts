export { jemojiPlugin, emojiFilter, emojiImage } from './plugin.js';
