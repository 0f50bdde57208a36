// The HTML parsing kramdown shares between block and span level
// (kramdown/parser/html.rb Parser: handle_html_start_tag, parse_html_attributes,
// handle_raw_html_tag, parse_raw_html).
import { R } from './regex.js';
import {
  HTML_COMMENT_RE, HTML_ELEMENTS_WITHOUT_BODY, HTML_INSTRUCTION_RE,
  htmlAttributeRe, htmlTagCloseRe, htmlTagRe, isHtmlElement,
} from './patterns.js';
import { el, type Attr, type KEl } from './element.js';
import { MAX_SPAN_DEPTH, type Parser } from './parser.js';

export type TagHandler = (p: Parser, e: KEl, closed: boolean, handleBody: boolean) => void;

export function parseHtmlAttributes(p: Parser, str: string, line: number | undefined, inHtmlTag: boolean): Attr {
  const attrs: Attr = {};
  if (str === '') return attrs; // (the pattern cannot match empty text)
  const HTML_ATTRIBUTE_RE = htmlAttributeRe();
  HTML_ATTRIBUTE_RE.lastIndex = 0;
  for (let m = HTML_ATTRIBUTE_RE.exec(str); m; m = HTML_ATTRIBUTE_RE.exec(str)) {
    if (m[0].length === 0) {
      HTML_ATTRIBUTE_RE.lastIndex++;
      continue;
    }
    const name = inHtmlTag ? m[1].toLowerCase() : m[1];
    if (Object.prototype.hasOwnProperty.call(attrs, name)) {
      p.warning(`Duplicate HTML attribute '${name}' on line ${line ?? '?'} - overwriting previous one`, line);
    }
    attrs[name] = m[2] ?? m[4] ?? '';
  }
  return attrs;
}

/** handle_html_start_tag: call right after HTML_TAG_RE matched (groups in `m`). */
export function handleHtmlStartTag(p: Parser, m: RegExpExecArray, line: number, handler: TagHandler): void {
  let name = m[1];
  if (isHtmlElement(name.toLowerCase())) name = name.toLowerCase();
  let closed = m[4] !== undefined;
  const attrs = parseHtmlAttributes(p, m[2], line, isHtmlElement(name));
  const e = el('html_element', name, attrs, { category: 'block', location: line });
  p.tree.children.push(e);
  if (!closed && HTML_ELEMENTS_WITHOUT_BODY.has(name)) closed = true;
  if (name === 'script' || name === 'style') {
    handleRawHtmlTag(p, name);
    handler(p, e, false, false);
  } else handler(p, e, closed, true);
}

function handleRawHtmlTag(p: Parser, name: string): void {
  const src = p.src;
  const cur = src.pos;
  const target = p.tree.children[p.tree.children.length - 1];
  if (src.scanUntil(R(`(?=<\\/${name}\\s*>)`, 'i')) !== null) {
    p.addText(src.str.slice(cur, src.pos), target, 'raw');
    src.scan(htmlTagCloseRe());
  } else {
    p.addText(src.rest, target, 'raw');
    src.terminate();
    p.warning(`Found no end tag for '${name}' - auto-closing it`);
  }
}

let nameStartRe: RegExp | undefined;

/**
 * Where parse_raw_html's next tag may start at or after `from`, or -1:
 * HTML_RAW_START, `(?=<(UNAME|\/|!--|\?))`, found with indexOf. A name (UNAME)
 * starts with a letter (`\p{Alphabetic}`) or `_`; only a non-ASCII character
 * after `<` needs the Unicode class, so its pattern is compiled only then.
 */
export function rawStart(s: string, from: number): number {
  for (let i = s.indexOf('<', from); i !== -1; i = s.indexOf('<', i + 1)) {
    const c = s.charCodeAt(i + 1);
    if (c === 47 || c === 63 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return i;
    if (c === 33 && s.startsWith('!--', i + 1)) return i;
    if (c >= 128) {
      nameStartRe ??= new RegExp('[\\p{Alphabetic}_]', 'uy');
      nameStartRe.lastIndex = i + 1;
      if (nameStartRe.test(s)) return i;
    }
  }
  return -1;
}

/** parse_raw_html: the content of an element whose content is not Markdown. */
export function parseRawHtml(p: Parser, e: KEl, handler: TagHandler): void {
  const src = p.src;
  const savedTree = p.tree;
  p.tree = e;
  let done = false;
  if (++p.depth > MAX_SPAN_DEPTH) {
    p.addText(src.rest, e, 'text');
    src.terminate();
  }
  while (!src.eos && !done) {
    const at = rawStart(src.str, src.pos);
    if (at !== -1) {
      const result = src.str.slice(src.pos, at);
      src.pos = at;
      p.addText(result, p.tree, 'text');
      const line = src.line;
      let r: string | null;
      let m: RegExpExecArray | null;
      if ((r = src.scan(HTML_COMMENT_RE)) !== null) {
        p.tree.children.push(el('xml_comment', r, null, { category: 'block', location: line }));
      } else if ((r = src.scan(HTML_INSTRUCTION_RE)) !== null) {
        p.tree.children.push(el('xml_pi', r, null, { category: 'block', location: line }));
      } else if ((m = src.check(htmlTagRe()))) {
        src.pos += m[0].length;
        handleHtmlStartTag(p, m, line, handler);
      } else if ((m = src.check(htmlTagCloseRe()))) {
        src.pos += m[0].length;
        const closing = isHtmlElement(p.tree.value) ? m[1].toLowerCase() : m[1];
        if (p.tree.value === closing) done = true;
        else {
          p.addText(m[0], p.tree, 'text');
          p.warning(`Found invalidly used HTML closing tag for '${m[1]}' on line ${line} - ignoring it`, line);
        }
      } else p.addText(src.getch(), p.tree, 'text');
    } else {
      p.addText(src.rest, p.tree, 'text');
      src.terminate();
      if (p.tree.type === 'html_element') {
        p.warning(`Found no end tag for '${p.tree.value}' on line ${p.tree.options.location} - auto-closing it`, p.tree.options.location);
      }
      done = true;
    }
  }
  p.depth--;
  p.tree = savedTree;
}
