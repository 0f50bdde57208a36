// `kyll/highlight`: code highlighted as Rouge 3.30 writes it (the port in lib/highlight).
import { highlightCode, supportedLanguages, escapeHtml } from '../highlight/index.js';

export { supportedLanguages } from '../highlight/index.js';

export interface HighlightOptions {
  /**
   * `'inline'` (default): the spans only, what Rouge::Formatters::HTML writes.
   * `'block'`: inside `<div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`,
   * as kramdown writes a fenced code block (kramdown/converter/html.rb#convert_codeblock).
   */
  wrap?: 'inline' | 'block';
}

/**
 * The HTML Rouge writes for `code` in `lang` (a name or alias from
 * `supportedLanguages()`, optionally with Rouge's `?option=value`). A language
 * we have no lexer for comes out as escaped plain text, as Rouge's plaintext
 * lexer writes it.
 */
export function highlight(code: string, lang: string, options: HighlightOptions = {}): string {
  const inner = highlightCode(code, lang) ?? escapeHtml(code);
  if (options.wrap !== 'block') return inner;
  return `<div class="language-${lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${inner}</code></pre></div></div>`;
}

/** Whether `lang` has a lexer (else `highlight` escapes the code as plain text). */
export function isSupportedLanguage(lang: string): boolean {
  return supportedLanguages().includes(lang.split('?')[0]!);
}
