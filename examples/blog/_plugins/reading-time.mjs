// The example plugin, loaded as this site's own plugin (kyll loads _plugins/*.js and *.mjs).
export { default } from '../../plugins/reading-time.mjs';
