// Documents made only of plain paragraphs with inline links, URL autolinks and emphasis, written as
// kramdown writes them without running the parser: the link lines and source autolinks
// that follow the raw HTML paragraphs of imported posts (raw-html-blocks.ts), and
// excerpts that are one paragraph of prose.
//
// kramdown (parser/kramdown/paragraph.rb parse_paragraph) joins a run of non-blank lines
// into one paragraph, its lines kept with their line breaks; a run of blank lines is one
// blank element, written as "\n" (converter/html.rb convert_blank); convert_p writes
// `<p>…</p>\n`. In the spans, parse_autolink (autolink.rb) makes `<scheme://…>` an `a`
// whose href and text are the URL, parse_link (link.rb) makes `[text](url)` an `a` with
// that href; convert_a writes `<a href="…">…</a>`. parse_emphasis (emphasis.rb) makes
// `*text*` an `em` and `**text**` a `strong` (convert_em, convert_strong: `<em>…</em>`).
//
// Taken only where nothing else can happen, so that the output is that of the full
// pipeline (the tests compare them): a line starts with no character that opens a block
// (headers, lists, quotes, code, tables, definitions, IALs, HTML, math...) and, after the
// first line of a paragraph, with no `<` or `[`; no character that opens a span but `<`
// of a URL autolink, `[` of an inline link and `*` of emphasis around plain text (no `_`, code, quotes, entities,
// escapes, `--`, `...`, footnotes, abbreviations, extensions); no leading or trailing
// spaces (line breaks, indentation); no control character; URLs made of characters that
// need no escaping. Anything else returns null and goes through the parser.

/** Characters that may stand in text (paragraph or link text) as they are. */
function textChar(c: number): boolean {
  if (c >= 0x80) return c !== 0x2028 && c !== 0x2029;
  // letters, digits, space and # % ( ) + , - . / : ; = ? @
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32
    || c === 35 || c === 37 || c === 40 || c === 41 || (c >= 43 && c <= 47) || c === 58 || c === 59
    || c === 61 || c === 63 || c === 64;
}

// Runs of text (textChar, less `--` and `...`) and of URL characters that kramdown writes unchanged
// in an href and as link text (letters, digits, # % + , - . / : ; = ? @ _ ~ and U+00A0 up, less
// U+2028 and U+2029), as sticky patterns: V8 runs a pattern as machine code from its second use,
// where a loop over the characters stays in the interpreter for most of a one-off build.
const TEXT_RUN = /(?:[a-zA-Z0-9 #%()+,/:;=?@\u0080-\u2027\u202a-\uffff]|-(?!-)|\.(?!\.\.))*/y;
const URL_RUN = /[a-zA-Z0-9#%+,\-./:;=?@_~\u00a0-\u2027\u202a-\uffff]*/y;

/** The end of the URL characters from `i` (at most `end`). */
function urlEnd(s: string, i: number, end: number): number {
  URL_RUN.lastIndex = i;
  URL_RUN.test(s);
  return Math.min(URL_RUN.lastIndex, end);
}

/** `<http://…>`, `<https://…>`, `<ftp://…>`, `<ftps://…>` at `i` (on `<`): the end after `>`, or -1. */
function autolinkEnd(s: string, i: number, end: number): number {
  let j = i + 1;
  if (s.startsWith('http', j)) j += 4;
  else if (s.startsWith('ftp', j)) j += 3;
  else return -1;
  if (s.charCodeAt(j) === 115) j++; // s
  if (!s.startsWith('://', j)) return -1;
  const close = urlEnd(s, j + 3, end);
  return close > j + 3 && s.charCodeAt(close) === 62 ? close + 1 : -1;
}

/** The end of the plain text from `i` (at most `end`): stops at a character that is not text, `--` or `...`. */
function textEnd(s: string, i: number, end: number): number {
  TEXT_RUN.lastIndex = i;
  TEXT_RUN.test(s);
  return Math.min(TEXT_RUN.lastIndex, end);
}

/** Can a paragraph line start with `c` at `i` (`first`: the paragraph's first line)? */
function lineStart(s: string, i: number, first: boolean): boolean {
  const c = s.charCodeAt(i);
  if (c === 60 || c === 91) return first; // < [
  if (c >= 48 && c <= 57) {
    // `1.` opens an ordered list
    let j = i + 1;
    while (s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    return s.charCodeAt(j) !== 46 && s.charCodeAt(j) !== 41;
  }
  // # + - : = and space open blocks; ( ) , . / ; ? @ % are text that opens none
  return textChar(c) && c !== 32 && c !== 35 && c !== 43 && c !== 45 && c !== 58 && c !== 61;
}

/** One line's HTML, or null when it holds anything but text, links and autolinks. */
function line(s: string, i: number, end: number): string | null {
  if (s.charCodeAt(end - 1) === 32) return null;
  let html = '';
  while (i < end) {
    const t = textEnd(s, i, end);
    html += s.slice(i, t);
    i = t;
    if (i === end) break;
    const c = s.charCodeAt(i);
    if (c === 60) {
      const close = autolinkEnd(s, i, end);
      if (close < 0) return null;
      const url = s.slice(i + 1, close - 1);
      html += `<a href="${url}">${url}</a>`;
      i = close;
    } else if (c === 91) {
      // [text](url): text is plain and not empty, url is not empty
      const textStop = textEnd(s, i + 1, end);
      if (textStop === i + 1 || s.charCodeAt(textStop) !== 93 || s.charCodeAt(textStop + 1) !== 40) return null;
      const urlStop = urlEnd(s, textStop + 2, end);
      if (urlStop === textStop + 2 || s.charCodeAt(urlStop) !== 41) return null;
      html += `<a href="${s.slice(textStop + 2, urlStop)}">${s.slice(i + 1, textStop)}</a>`;
      i = urlStop + 1;
    } else if (c === 42) {
      // *text* and **text** (emphasis.rb parse_emphasis): plain text that neither starts nor
      // ends with a space, closed by as many stars and no further one; kramdown's em, strong.
      // Excerpts of prose with emphasis then skip the parser (on the 1,000-post bench, 125 of
      // the 130 that took it: about -55M instructions of a cold conversion of all posts).
      const n = s.charCodeAt(i + 1) === 42 ? 2 : 1;
      const from = i + n;
      const stop = textEnd(s, from, end);
      if (stop === from || s.charCodeAt(from) === 32 || s.charCodeAt(stop - 1) === 32) return null;
      if (s.charCodeAt(stop) !== 42 || (n === 2 && s.charCodeAt(stop + 1) !== 42) || s.charCodeAt(stop + n) === 42) return null;
      const tag = n === 2 ? 'strong' : 'em';
      html += `<${tag}>${s.slice(from, stop)}</${tag}>`;
      i = stop + n;
    } else return null;
  }
  return html;
}

/** kramdown's HTML for `s` when it is only such paragraphs (and blank lines), else null. */
export function simpleParagraphs(s: string): string | null {
  let html = '';
  let pos = 0;
  let inParagraph = false;
  let blank = false;
  let paragraphs = 0;
  while (pos < s.length) {
    let end = s.indexOf('\n', pos);
    if (end < 0) end = s.length;
    if (end === pos) {
      if (inParagraph) html += '</p>\n';
      if (!blank) html += '\n';
      inParagraph = false;
      blank = true;
    } else {
      if (!lineStart(s, pos, !inParagraph)) return null;
      const converted = line(s, pos, end);
      if (converted === null) return null;
      html += inParagraph ? `\n${converted}` : `<p>${converted}`;
      if (!inParagraph) paragraphs++;
      inParagraph = true;
      blank = false;
    }
    pos = end + 1;
  }
  if (inParagraph) html += '</p>\n';
  return paragraphs > 0 ? html : null;
}
