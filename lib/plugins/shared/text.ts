// The string filters the plugin templates apply, with Ruby's exact character classes.
import { xmlEscape } from '../../liquid/filters/string.js';
import { rubyTitlecase } from '../../values/ruby-titlecase.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';

export { xmlEscape };

/** Liquid's escape_once (liquid/standardfilters.rb HTML_ESCAPE_ONCE_REGEXP). */
export function escapeOnce(input: string): string {
  return input.replace(/["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g, (c) => HTML_ESCAPE[c]!);
}

// A run of Ruby's ASCII whitespace, or what escape_once escapes: one pass for both. A lone
// space is its own replacement and is not matched: one call of the replacer per word of
// English text cost two thirds of the pass (any other run is matched from its first character).
const SPACE_OR_ESCAPED = /[\t\r\n\f\v][ \t\r\n\f\v]*| [ \t\r\n\f\v]+|["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g;

/**
 * `escapeOnce(normalizeWhitespace(input))` in one scan (drop.rb#format_string's last two
 * steps): no run of whitespace is part of what escape_once looks at after a `&`, so
 * collapsing the runs first or meanwhile escapes the same characters.
 */
export function normalizeAndEscapeOnce(input: string): string {
  const out = input.replace(SPACE_OR_ESCAPED, (m) => HTML_ESCAPE[m] ?? ' ');
  const from = out.charCodeAt(0) === 32 ? 1 : 0;
  const to = out.length > from && out.charCodeAt(out.length - 1) === 32 ? out.length - 1 : out.length;
  return from === 0 && to === out.length ? out : out.slice(from, to);
}

/** Liquid's escape (CGI.escapeHTML). */
export function escapeHtml(input: string): string {
  return input.replace(/[&"<>']/g, (c) => HTML_ESCAPE[c]!);
}

const HTML_ESCAPE: Record<string, string> = { '&': '&amp;', '>': '&gt;', '<': '&lt;', '"': '&quot;', "'": '&#39;' };

/** `encode(:xml => :attr)` with the quotes, as jekyll-feed's meta-tag.rb writes attributes. */
export function xmlAttr(input: string): string {
  return `"${xmlEscape(input)}"`;
}

/** Liquid's strip_html (STRIP_HTML_BLOCKS, then STRIP_HTML_TAGS). */
export function stripHtml(input: string): string {
  return input
    .replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[\s\S]*?>/g, '');
}

/** Jekyll's normalize_whitespace: Ruby's `\s` is ASCII whitespace only. */
export function normalizeWhitespace(input: string): string {
  return input.replace(/[ \t\r\n\f\v]+/g, ' ').replace(/^ /, '').replace(/ $/, '');
}

/** Liquid's capitalize: Ruby's String#capitalize (first letter to its titlecase, the rest down). */
export function capitalize(input: string): string {
  const chars = [...input];
  if (chars.length === 0) return '';
  return rubyTitlecase(chars[0]!) + rubyDowncase(chars.slice(1).join(''));
}

/** Ruby's File.join: the parts with one slash between each two, whatever slashes they bring. */
export function fileJoin(...parts: string[]): string {
  return parts.reduce((a, b) => `${a.replace(/\/+$/, '')}/${b.replace(/^\/+/, '')}`);
}

/** `%XX` for each UTF-8 byte of `s` (upper-case hex), as URI and CGI escaping write them. */
export function percentBytes(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
