export { tocPlugin } from './plugin.js';
export { TocParser, tocOptions, generateTocId } from './parser.js';
