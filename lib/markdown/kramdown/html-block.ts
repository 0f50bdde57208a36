// kramdown/parser/kramdown/html.rb: block-level HTML (parse_block_html) and
// what happens to an element's body (handle_kramdown_html_tag).
import { R, UNAME } from './regex.js';
import {
  HTML_COMMENT_RE, HTML_SPAN_ELEMENTS, HTML_TAG_CLOSE_SRC, HTML_TAG_CLOSE_RE, HTML_TAG_SRC,
  OPT_SPACE, contentModel,
} from './patterns.js';
import { el } from './element.js';
import { needs } from './scanner.js';
import { handleHtmlStartTag, parseRawHtml, type TagHandler } from './html-common.js';
import type { BlockConstruct, Parser } from './parser.js';

const MARKDOWN_ATTR: Record<string, 'raw' | 'default' | 'span' | 'block'> = {
  '0': 'raw', '1': 'default', span: 'span', block: 'block',
};
const TRAILING_WHITESPACE = R('[ \\t]*\\n');

function inRaw(p: Parser): boolean {
  return p.tree.type === 'html_element' && p.tree.options.content_model === 'raw';
}

export const handleKramdownHtmlTag: TagHandler = (p, e, closed, handleBody) => {
  if (p.blockIal) {
    e.options.ial = p.blockIal;
    p.blockIal = null;
  }
  let model: string = !inRaw(p) ? (p.options.parse_block_html ? contentModel(e.value) : 'raw') : 'raw';
  const markdown = e.attr.markdown;
  if (markdown !== undefined) {
    delete e.attr.markdown;
    const val = MARKDOWN_ATTR[markdown];
    if (val) model = val === 'default' ? contentModel(e.value) : val;
  }
  const src = p.src;
  if (model === 'block') src.scan(TRAILING_WHITESPACE);
  e.options.content_model = model;
  e.options.is_closed = closed;
  if (!closed && handleBody) {
    if (model === 'block') {
      if (!p.parseBlocks(e)) {
        p.warning(`Found no end tag for '${e.value}' (line ${e.options.location}) - auto-closing it`, e.options.location);
      }
    } else if (model === 'span') {
      const cur = src.pos;
      if (src.scanUntil(R(`(?=<\\/${escapeName(e.value)}\\s*>)`, 'si')) !== null) {
        p.addText(src.str.slice(cur, src.pos), e);
        src.scan(HTML_TAG_CLOSE_RE);
      } else {
        p.addText(src.rest, e);
        src.terminate();
        p.warning(`Found no end tag for '${e.value}' (line ${e.options.location}) - auto-closing it`, e.options.location);
      }
    } else {
      parseRawHtml(p, e, handleKramdownHtmlTag);
    }
    if (!inRaw(p)) src.scan(TRAILING_WHITESPACE);
  }
};

function escapeName(name: string): string {
  return name.replace(/[.\-]/g, '\\$&');
}

const TAG_AT_LINE = R(`^${OPT_SPACE}${HTML_TAG_SRC}`);
/** A closing tag needs `</` after at most three spaces; the cheap check spares its costly pattern the other lines. */
const CLOSE_AT_LINE = needs(R(`^${OPT_SPACE}${HTML_TAG_CLOSE_SRC}`), (src) => {
  let i = src.pos;
  while (i - src.pos < 3 && src.str.charCodeAt(i) === 32) i++;
  return src.str.startsWith('</', i);
});

export const blockHtml: BlockConstruct = {
  name: 'block_html',
  start: R(`^${OPT_SPACE}<(${UNAME}|!--|\\/)`),
  first: (c, n) => n <= 3 && c === '<',
  parse(p) {
    const src = p.src;
    const line = src.line;
    const comment = src.scan(HTML_COMMENT_RE);
    if (comment !== null) {
      p.tree.children.push(el('xml_comment', comment, null, { category: 'block', location: line }));
      src.scan(TRAILING_WHITESPACE);
      return true;
    }
    let m = src.check(TAG_AT_LINE);
    if (m && !HTML_SPAN_ELEMENTS.has(m[1].toLowerCase())) {
      src.pos += m[0].length;
      handleHtmlStartTag(p, m, line, handleKramdownHtmlTag);
      return true;
    }
    m = src.check(CLOSE_AT_LINE);
    if (m && !HTML_SPAN_ELEMENTS.has(m[1].toLowerCase())) {
      const name = m[1].toLowerCase();
      if (p.tree.type === 'html_element' && p.tree.value === name) {
        src.pos += m[0].length;
        p.stopFound = true;
        return true;
      }
    }
    return false;
  },
};

