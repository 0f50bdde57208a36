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
import { normalizeAndEscapeOnce, stripHtml } from '../shared/text.js';

/** format_string of a text: undefined when it comes out empty (Ruby's `string unless string.empty?`). */
export type SeoFormatter = (text: string) => string | undefined;

// Letters, marks and digits, with single spaces and punctuation that kramdown (and
// its GFM parser) reads as text wherever it stands in a line: no quotes (smart
// quotes), no < > * _ ` [ ] { } | \ ^ $ ~ (markup), no `--` or `..` (typographic
// symbols), `:` only before a space or at the end (no `:emoji:`), `&` only when no
// `;` follows (no entity), nothing a line may start with as a block (`#`, `-`, `+`,
// `1.`, `:`...): the first character is a letter or digit, and digits may not be
// followed by a dot there.
const plainLine = (letters: string): RegExp =>
  new RegExp(
    String.raw`^(?!\d+\.)[${letters}](?:[${letters}\u3001-\u303F\uFF01-\uFF5E\u2010-\u2027,;?!()/%@#+=]|:(?= |$)|\.(?!\.)|-(?!-)|&(?![^;]*;)| (?! ))*$`,
    'u',
  );
// Made on first use: V8 parses a pattern when it is made, and its \p{...} classes make that costly
// (the themed blog's titles are all PLAIN_LINE_QUICK's).
let plainLineRe: RegExp | undefined;
export const plainLineFull = (): RegExp => (plainLineRe ??= plainLine(String.raw`\p{L}\p{M}\p{N}`));
// The same with fewer letters: ASCII ones and digits and the CJK ideographs (U+4E00-U+9FEF,
// all \p{L}), so a line it accepts plainLineFull accepts. V8 compiles plainLineFull's \p{...}
// classes (their ICU ranges, canonicalized) on its first use at ~20M instructions, a build's
// titles cost ~3M through this one: plainLineFull is asked only about the other lines.
const PLAIN_LINE_QUICK = plainLine(String.raw`A-Za-z0-9\u4E00-\u9FEF`);

/** plainLineFull().test(text), asked of it only when it may say yes and PLAIN_LINE_QUICK says no. */
export function isPlainLine(text: string): boolean {
  // its first character is a letter, mark or digit: no other ASCII character (an excerpt's `<`),
  // asked first: a call of either pattern costs more than this test
  const first = text.charCodeAt(0);
  if (first < 128 && !isAsciiAlnum(first)) return false;
  if (PLAIN_LINE_QUICK.test(text)) return true;
  return text !== '' && plainLineFull().test(text);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Phrasing elements kramdown re-writes in place inside a raw block (void ones alone).
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const VOID = new Set(['br', 'img', 'wbr']);
// `<p>` or `<p class="...">` opening a line.
const PARAGRAPH_OPEN = /<p(?: class="[^"<>\n\r\0]*")?>/y;
// A tag with double-quoted attributes, none named `markdown` (it would turn Markdown parsing on).
const TAG = /<(\/?)([a-z]+)((?: (?!markdown=)[a-z][a-z-]*="[^"<>\n\r\0]*")*) ?(\/?)>/y;
// Text between tags: anything but the tags' < >, a line break, CR or NUL.
const TEXT = /[^<>\n\r\0]*/y;
// A paragraph's text without tags up to its `</p>` ending the line (most of an excerpt's
// paragraphs): what the loop below reads of it in three steps, one pattern here.
const PLAIN_REST = /[^<>\n\r\0]*<\/p>\n/y;

/** Is `text` lines of `<p>…</p>` whose content is text and well-nested phrasing tags only? */
export function isRawParagraphs(text: string): boolean {
  return rawParagraphsText(text) !== undefined;
}

/**
 * strip_html of `text` when it is lines of `<p>…</p>` (each ending its line) whose content
 * is text and well-nested phrasing tags only (what kramdown writes for paragraphs); else undefined.
 */
export function rawParagraphsText(text: string): string | undefined {
  let out = '';
  let at = 0;
  const open: string[] = [];
  while (at < text.length) {
    PARAGRAPH_OPEN.lastIndex = at;
    if (!PARAGRAPH_OPEN.test(text)) return undefined;
    at = PARAGRAPH_OPEN.lastIndex;
    PLAIN_REST.lastIndex = at;
    if (PLAIN_REST.test(text)) {
      out += text.slice(at, PLAIN_REST.lastIndex - 5);
      out += '\n';
      at = PLAIN_REST.lastIndex;
      continue;
    }
    for (;;) {
      TEXT.lastIndex = at;
      TEXT.test(text);
      out += text.slice(at, TEXT.lastIndex);
      at = TEXT.lastIndex;
      TAG.lastIndex = at;
      const m = TAG.exec(text);
      // a bare < or >, a line break, or the end: not one of these paragraphs
      if (!m) return undefined;
      at = TAG.lastIndex;
      const [, closing, name, attributes, selfClosing] = m;
      if (closing && (attributes || selfClosing)) return undefined;
      if (closing && name === 'p' && open.length === 0) break;
      if (VOID.has(name!)) {
        if (closing) return undefined;
      } else if (!INLINE.has(name!) || selfClosing) return undefined;
      else if (closing) {
        if (open.pop() !== name) return undefined;
      } else open.push(name!);
    }
    if (text.charCodeAt(at) !== 10) return undefined; // `</p>` ends its line
    out += '\n';
    at++;
  }
  return at === 0 ? undefined : out;
}

/** The build's format_string, given its markdownify and configuration. */
export function createSeoFormatter(markdownify: (text: string) => string, config?: Data): SeoFormatter {
  const settings = config ? markdownSettings(config) : undefined;
  // The shortcuts hold for kramdown (the default) as Jekyll configures it, not for another processor.
  const kramdown = settings !== undefined && settings.markdown.toLowerCase() === 'kramdown';
  const rawBlocks = kramdown && resolveOptions(settings.kramdown).parse_block_html !== true;
  const memo = new Map<string, string | undefined>();
  return (text) => {
    // Short texts come back (site title, description, author); a page's excerpt does not,
    // and hashing it for the map costs more than its formatting saves.
    const remembered = text.length <= 256;
    if (remembered) {
      const out = memo.get(text);
      if (out !== undefined || memo.has(text)) return out;
    }
    let stripped: string | undefined;
    if (kramdown && isPlainLine(text)) stripped = text;
    else if (rawBlocks) stripped = rawParagraphsText(text);
    stripped ??= stripHtml(markdownify(text));
    const s = normalizeAndEscapeOnce(stripped);
    const out = s === '' ? undefined : s;
    if (remembered) {
      if (memo.size >= 10_000) memo.clear();
      memo.set(text, out);
    }
    return out;
  };
}
