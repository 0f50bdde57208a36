// The leading lines of a document that are only block HTML paragraphs, written as kramdown
// writes them without running the parser. With parse_block_html off, kramdown's block HTML
// parser (parser/kramdown/html.rb parse_block_html, handle_kramdown_html_tag) reads `<p>`
// with up to three spaces before it and gives it the raw content model: the content is
// kept as it is, nested span elements included (parser/html.rb parse_raw_html), only
// < > & escaped; after the closing tag the next element may start on the same line
// (kramdown's StringScanner anchors `^` at the scan position) and trailing spaces and
// tabs end the line. converter/html.rb convert_html_element then writes each element on
// its own line at indent 0. Posts imported from other engines (WordPress, news feeds) are
// made of such lines; jekyll-seo-tag's description is markdownify of such HTML.
//
// Taken only where the output is the input's elements unchanged: `<p>` with no attribute
// but a plain class, text without < > & or line breaks, nested em/strong/code/a
// elements without attributes (but a plain href) properly closed. The prefix ends at a
// blank line or at the end: what follows a blank line is parsed on its own, since
// nothing after it changes these elements (raw content has no spans, abbreviations or
// ids, and a block IAL after a blank line belongs to the next block).

const OPEN = /<p(?: class="[\w -]*")?>/y;
const TEXT = /[^<>&\n\r\0]*/y;
const INNER = /<(\/?)(em|strong|code|a)(?: href="[^"<>&\n\r\0]*")?>/y;
const LINE_END = /[ \t]*(?:\n|$)/y;

function at(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(s) ? re.lastIndex : -1;
}

/** The end of the `<p>` element starting at `pos`, or -1 when it is not one the shortcut writes. */
function element(s: string, pos: number): number {
  let i = at(OPEN, s, pos);
  if (i < 0) return -1;
  const open: string[] = [];
  for (;;) {
    i = at(TEXT, s, i);
    if (s.startsWith('</p>', i)) return open.length === 0 ? i + 4 : -1;
    INNER.lastIndex = i;
    const m = INNER.exec(s);
    if (!m) return -1;
    // Only `<a>` may carry (an href); closing tags carry nothing and must close the innermost.
    if (m[0].includes(' ') && (m[2] !== 'a' || m[1])) return -1;
    if (m[1]) {
      if (open.pop() !== m[2]) return -1;
    } else open.push(m[2]);
    i = INNER.lastIndex;
  }
}

export interface RawHtmlPrefix {
  /** kramdown's HTML for the prefix. */
  readonly html: string;
  /** Where the rest of the document starts (a blank line, or the end). */
  readonly end: number;
  /** Lines in the prefix. */
  readonly lines: number;
}

/** The document's leading lines of HTML paragraphs, or null when it does not start with one. */
export function rawHtmlPrefix(s: string): RawHtmlPrefix | null {
  let html = '';
  let pos = 0;
  let lines = 0;
  while (pos < s.length && s.charCodeAt(pos) !== 10) {
    let i = pos;
    while (i < pos + 3 && s.charCodeAt(i) === 32) i++;
    let end = element(s, i);
    if (end < 0) return null;
    for (;;) {
      html += `${s.slice(i, end)}\n`;
      i = end;
      if (s.charCodeAt(i) !== 60) break;
      end = element(s, i);
      if (end < 0) return null;
    }
    const next = at(LINE_END, s, i);
    if (next < 0) return null;
    pos = next;
    lines++;
  }
  return lines > 0 ? { html, end: pos, lines } : null;
}
