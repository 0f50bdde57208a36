// drop.rb#format_string: every title, name and description {% seo %} prints goes
// through markdownify, strip_html, normalize_whitespace and escape_once. Made once
// per build: results are remembered (the site's title and description come back on
// every page), and two kinds of text skip the Markdown conversion, because what
// kramdown would make of them is known once the tags are stripped:
// - a line of words and plain punctuation (most titles): kramdown writes it as one
//   paragraph of the same text, a bare `&` as `&amp;`, which escape_once writes too;
// - paragraphs of HTML as kramdown writes them (a post's excerpt): block HTML whose
//   content kramdown keeps as written (parser/html.rb, parse_block_html off), only
//   re-writing the tags, which strip_html then removes.
import type { Data } from '../../types.js';
import { markdownSettings } from '../../config/markdown-settings.js';
import { resolveOptions } from '../../markdown/options.js';
import { escapeOnce, normalizeWhitespace, stripHtml } from '../shared/text.js';

/** format_string of a text: undefined when it comes out empty (Ruby's `string unless string.empty?`). */
export type SeoFormatter = (text: string) => string | undefined;

// Letters, marks and digits, with single spaces and punctuation that kramdown (and
// its GFM parser) reads as text wherever it stands in a line: no quotes (smart
// quotes), no < > * _ ` [ ] { } | \ ^ $ ~ (markup), no `--` or `..` (typographic
// symbols), `:` only before a space or at the end (no `:emoji:`), `&` only when no
// `;` follows (no entity), nothing a line may start with as a block (`#`, `-`, `+`,
// `1.`, `:`...): the first character is a letter or digit, and digits may not be
// followed by a dot there.
const PLAIN_LINE = new RegExp(
  String.raw`^(?!\d+\.)[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u3001-\u303F\uFF01-\uFF5E\u2010-\u2027,;?!()/%@#+=]|:(?= |$)|\.(?!\.)|-(?!-)|&(?![^;]*;)| (?! ))*$`,
  'u',
);

// Phrasing elements kramdown re-writes in place inside a raw block (void ones alone).
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const VOID = new Set(['br', 'img', 'wbr']);
// `<p>` or `<p class="...">` at the start of a line, to `</p>` and the end of that line.
const PARAGRAPH_LINE = /^<p(?: class="[^"<>\n]*")?>(.*)<\/p>$/;
// A tag with double-quoted attributes, none named `markdown` (it would turn Markdown parsing on).
const TAG = /^<(\/?)([a-z]+)((?: (?!markdown=)[a-z][a-z-]*="[^"<>\n]*")*) ?(\/?)>/;

/** Is `text` lines of `<p>…</p>` whose content is text and well-nested phrasing tags only? */
export function isRawParagraphs(text: string): boolean {
  if (!text.endsWith('</p>\n') || /[\r\0]/.test(text)) return false;
  const lines = text.split('\n');
  lines.pop();
  for (const line of lines) {
    const m = PARAGRAPH_LINE.exec(line);
    if (!m || !wellNestedPhrasing(m[1]!)) return false;
  }
  return true;
}

function wellNestedPhrasing(content: string): boolean {
  const open: string[] = [];
  let i = content.indexOf('<');
  if (content.includes('>') && i < 0) return false;
  let from = 0;
  while (i >= 0) {
    // a bare `>` in the text between tags: kramdown would escape it, strip_html might not see it as text
    if (content.slice(from, i).includes('>')) return false;
    const m = TAG.exec(content.slice(i));
    if (!m) return false;
    const [whole, closing, name, attributes, selfClosing] = m;
    if (closing && (attributes || selfClosing)) return false;
    if (VOID.has(name!)) {
      if (closing) return false;
    } else if (!INLINE.has(name!) || selfClosing) return false;
    else if (closing) {
      if (open.pop() !== name) return false;
    } else open.push(name!);
    from = i + whole!.length;
    i = content.indexOf('<', from);
  }
  return open.length === 0 && !content.slice(from).includes('>');
}

/** The build's format_string, given its markdownify and configuration. */
export function createSeoFormatter(markdownify: (text: string) => string, config?: Data): SeoFormatter {
  const settings = config ? markdownSettings(config) : undefined;
  // The shortcuts hold for kramdown (the default) as Jekyll configures it, not for another processor.
  const kramdown = settings !== undefined && settings.markdown.toLowerCase() === 'kramdown';
  const rawBlocks = kramdown && resolveOptions(settings.kramdown).parse_block_html !== true;
  const memo = new Map<string, string | undefined>();
  return (text) => {
    let out = memo.get(text);
    if (out !== undefined || memo.has(text)) return out;
    let stripped: string;
    if (kramdown && PLAIN_LINE.test(text)) stripped = text;
    else if (rawBlocks && isRawParagraphs(text)) stripped = stripHtml(text);
    else stripped = stripHtml(markdownify(text));
    const s = escapeOnce(normalizeWhitespace(stripped));
    out = s === '' ? undefined : s;
    // Short texts come back (site title, description, author); a page's excerpt does not.
    if (text.length <= 1024) {
      if (memo.size >= 10_000) memo.clear();
      memo.set(text, out);
    }
    return out;
  };
}
