// kramdown/parser/kramdown/html.rb parse_span_html: HTML tags inside text.
import { R, UNAME, UNAME_ASCII, escapeRe } from './regex.js';
import { lazyPattern } from './scanner.js';
import {
  HTML_BLOCK_ELEMENTS, HTML_COMMENT_RE, HTML_ELEMENTS_WITHOUT_BODY, htmlTagCloseRe, htmlTagRe,
  contentModel, isHtmlElement,
} from './patterns.js';
import { el } from './element.js';
import { parseHtmlAttributes } from './html-common.js';
import type { SpanConstruct } from './parser.js';
import { htmlToNative } from './html-to-native.js';

const stopCache = new Map<string, RegExp>();
function stopFor(name: string): RegExp {
  let re = stopCache.get(name);
  if (!re) {
    // Case-insensitive for known elements, spelled out so it survives being
    // joined into the span-start pattern (JavaScript has no inline (?i)).
    const n = isHtmlElement(name)
      ? [...name].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRe(c))).join('')
      : escapeRe(name);
    re = R(`<\\/${n}\\s*>`);
    stopCache.set(name, re);
  }
  return re;
}

export const spanHtml: SpanConstruct = {
  name: 'span_html',
  // `<(UNAME|!--|\/)`: a tag name (UNAME, \p{Alphabetic}) that starts with a non-ASCII letter is
  // tried only after a non-ASCII character; the ASCII pattern answers for the rest.
  start: { anyOf: [R(`<(${UNAME_ASCII}|!--|\\/)`), lazyPattern(() => R(`<(${UNAME})`), (src) => src.str.charCodeAt(src.pos + 1) > 0x7f)] },
  spanStart: '<',
  first: '<',
  parse(p) {
    const src = p.src;
    const line = src.line;
    let r: string | null;
    let m: RegExpExecArray | null;
    if ((r = src.scan(HTML_COMMENT_RE)) !== null) {
      p.tree.children.push(el('xml_comment', r, null, { category: 'span', location: line }));
    } else if ((m = src.check(htmlTagCloseRe()))) {
      src.pos += m[0].length;
      p.warning(`Found invalidly used HTML closing tag for '${m[1]}' on line ${line}`, line);
      p.addText(m[0]);
    } else if ((m = src.check(htmlTagRe()))) {
      src.pos += m[0].length;
      let name = m[1];
      if (isHtmlElement(name.toLowerCase())) name = name.toLowerCase();
      if (HTML_BLOCK_ELEMENTS.has(name)) {
        p.warning(`Found block HTML tag '${name}' in span-level text on line ${line}`, line);
        p.addText(m[0]);
        return;
      }
      const selfClosed = m[4] !== undefined;
      const attrs = parseHtmlAttributes(p, m[2], line, isHtmlElement(name));
      for (const k of Object.keys(attrs)) if (attrs[k] !== '') attrs[k] = attrs[k].replace(/\n+/g, ' ');
      let parse = contentModel(name) === 'raw' || p.tree.options.content_model === 'raw' ? false : !!p.options.parse_span_html;
      const md = attrs.markdown;
      if (md !== undefined) {
        delete attrs.markdown;
        if (md === 'block') p.warning(`Cannot use block-level parsing in span-level HTML tag (line ${line}) - using default mode`, line);
        else if (md === 'span') parse = true;
        else if (md === '1') parse = contentModel(name) !== 'raw';
        else if (md === '0') parse = false;
      }
      const e = el('html_element', name, attrs, {
        category: 'span', location: line, content_model: parse ? 'span' : 'raw', is_closed: selfClosed,
      });
      p.tree.children.push(e);
      const stop = stopFor(name);
      if (!selfClosed && !HTML_ELEMENTS_WITHOUT_BODY.has(name)) {
        if (p.parseSpans(e, stop, parse ? undefined : ONLY_HTML)) src.scan(stop);
        else {
          p.warning(`Found no end tag for '${name}' (line ${line}) - auto-closing it`, line);
          p.addText(src.rest, e);
          src.terminate();
        }
      }
      if (p.options.html_to_native) htmlToNative(e);
    } else p.addText(src.getch());
  },
};

const ONLY_HTML: readonly SpanConstruct[] = [spanHtml];
