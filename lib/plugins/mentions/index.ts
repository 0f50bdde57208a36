export { mentionsPlugin, mentionFilter, mentionBase } from './plugin.js';
