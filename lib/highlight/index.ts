export { highlightCode, supportedLanguages, escapeHtml } from './highlight.js';
