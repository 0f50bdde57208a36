// kramdown/parser/kramdown/html.rb: block-level HTML (parse_block_html) and
// what happens to an element's body (handle_kramdown_html_tag).
import { R } from './regex.js';
import { HTML_COMMENT_RE, HTML_SPAN_ELEMENTS, OPT_SPACE, htmlTagCloseRe, htmlTagRe, contentModel } from './patterns.js';
import { el } from './element.js';
import type { Scanner } from './scanner.js';
import { handleHtmlStartTag, parseRawHtml, type TagHandler } from './html-common.js';
import type { BlockConstruct, Parser } from './parser.js';
import { htmlToNative } from './html-to-native.js';

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
        src.scan(htmlTagCloseRe());
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

/**
 * `re` after at most three spaces (`^ {0,3}re`, for a pattern that starts with
 * `<`): the spaces are counted, then the pattern that parse_raw_html uses runs
 * after them, so that no second copy of the costly tag patterns is compiled.
 * Returns the match and the number of spaces, or null.
 */
function afterSpaces(src: Scanner, re: RegExp): [RegExpExecArray, number] | null {
  const pos = src.pos;
  let k = 0;
  while (k < 3 && src.str.charCodeAt(pos + k) === 32) k++;
  if (src.str.charCodeAt(pos + k) !== 60) return null;
  src.pos = pos + k;
  const m = src.check(re);
  src.pos = pos;
  return m ? [m, k] : null;
}

export const blockHtml: BlockConstruct = {
  name: 'block_html',
  // kramdown's start is `^ {0,3}<(UNAME|!--|\/)`; parse does nothing and
  // says no wherever that would not match (a comment, a tag and a closing
  // tag each need it), so the cheap `<` stands for it.
  start: R(`^${OPT_SPACE}<`),
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
    const tag = afterSpaces(src, htmlTagRe());
    if (tag && !HTML_SPAN_ELEMENTS.has(tag[0][1].toLowerCase())) {
      src.pos += tag[1] + tag[0][0].length;
      handleHtmlStartTag(p, tag[0], line, handleKramdownHtmlTag);
      if (p.options.html_to_native) htmlToNative(p.tree.children[p.tree.children.length - 1]!);
      return true;
    }
    const close = afterSpaces(src, htmlTagCloseRe());
    if (close && !HTML_SPAN_ELEMENTS.has(close[0][1].toLowerCase())) {
      const name = close[0][1].toLowerCase();
      if (p.tree.type === 'html_element' && p.tree.value === name) {
        src.pos += close[1] + close[0][0].length;
        p.stopFound = true;
        return true;
      }
    }
    return false;
  },
};

