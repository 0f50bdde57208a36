export { highlightCode, supportedLanguages, escapeHtml } from './highlight.js';
export { rougeTable, type TableOptions } from './table.js';

import { highlightCode as highlightWithLexer, escapeHtml as escapeRouge } from './highlight.js';

/**
 * The highlighter kramdown's Rouge integration amounts to: Rouge's lexer for
 * the language when we have one, else the text escaped as Rouge's plain-text
 * lexer writes it (kramdown/converter/syntax_highlighter/rouge.rb).
 */
export function rougeHighlighter(code: string, lang: string | undefined): string {
  return highlightWithLexer(code, lang ?? 'plaintext') ?? escapeRouge(code);
}
