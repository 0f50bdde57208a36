// kramdown/parser/kramdown/link.rb parse_link: inline links and images, and
// references to link definitions.
import { R } from './regex.js';
import { el, type Ial, type KEl } from './element.js';
import { updateAttrWithIal } from './attribute-list.js';
import { normalizeLinkId } from './link-definition.js';
import { strip } from './strings.js';
import { ESCAPED_CHARS_ALL } from './simple-spans.js';
import { MAY_WARN } from './emphasis.js';
import type { Parser, SpanConstruct } from './parser.js';

const START = R('!?\\[(?=[^^])');
const BRACKET_STOP = R('(\\])|!?\\[');
const PAREN_STOP = R('(\\()|(\\))|\\s(?=[\'"])');
const INLINE_ID = R('\\s*?\\[([^\\]]+)?\\]');
const INLINE_TITLE = R('\\s*?(["\'])(.+?)\\1\\s*?\\)', 's');
const ANGLE_URL = R('\\(<(.*?)>');
const CLOSE_PAREN = R('\\)');
const OPEN_PAREN = R('\\(');

function addLink(p: Parser, e: KEl, href: string, title: string | undefined, alt: string, ial: Ial | null | undefined): void {
  e.options.ial = ial ?? undefined;
  if (ial) updateAttrWithIal(p, e.attr, ial);
  if (e.type === 'a') e.attr.href = href;
  else {
    e.attr.src = href;
    e.attr.alt = alt;
    e.children = [];
  }
  if (title !== undefined) e.attr.title = title;
  p.tree.children.push(e);
}

function inLink(p: Parser): boolean {
  const t = p.tree.type;
  return t === 'img' || t === 'a' || p.stack.some((e) => e && (e.type === 'img' || e.type === 'a'));
}

export const link: SpanConstruct = {
  name: 'link',
  start: START,
  spanStart: '!?\\[',
  first: '![',
  parse(p) {
    const src = p.src;
    const saved = src.pos;
    const line = src.line;
    const result = src.scan(START)!;
    const cur = src.pos;
    const type = result[0] === '!' ? 'img' : 'a';
    // No `]` ahead: the search for the closing bracket would fail at the end of the text (done
    // where what it passes may warn: kramdown warns on each failed attempt too).
    if ((type === 'a' && inLink(p)) || p.budget <= 0 || (src.indexAhead(']') === -1 && src.indexAhead(MAY_WARN) === -1)) {
      p.addText(result);
      return;
    }
    const e = el(type);
    let count = 1;
    const found = p.parseSpans(e, BRACKET_STOP, undefined, p.textType, () => {
      count += src.g(1) !== undefined ? -1 : 1;
      return count - e.children.filter((c) => c.type === 'img').length === 0;
    });
    const fail = () => {
      p.spend(Math.max(1, src.pos - saved));
      src.pos = saved + result.length;
      p.addText(result);
    };
    if (!found) return fail();
    const alt = src.str.slice(cur, src.pos).replace(ESCAPED_CHARS_ALL, '$1');
    src.scan(BRACKET_STOP);
    let m: RegExpExecArray | null = src.check(INLINE_ID);
    if (m) src.pos += m[0].length;
    if (m || !src.test(OPEN_PAREN)) {
      const explicit = m ? m[1] : undefined;
      const id = normalizeLinkId(explicit ?? alt);
      const def = p.linkDefs.get(id);
      if (def) {
        addLink(p, e, def[0], def[1], alt, def[2]?.options.ial);
      } else {
        if (explicit === undefined) p.warning(`No link definition for link ID '${id}' found on line ${line}`, line);
        fail();
      }
      return;
    }
    // Every inline link ends with `)`: without one ahead, fail before scanning the rest of the text.
    if (src.indexAhead(')') === -1) return fail();
    if ((m = src.check(ANGLE_URL))) {
      src.pos += m[0].length;
      const url = m[1];
      if (src.scan(CLOSE_PAREN) !== null) {
        addLink(p, e, url, undefined, alt, null);
        return;
      }
      return title(p, e, url, alt, fail);
    }
    let url = '';
    let brackets = 0;
    for (let t = src.scanUntil(PAREN_STOP); t !== null; t = src.scanUntil(PAREN_STOP)) {
      url += t;
      if (src.g(2) !== undefined) {
        brackets--;
        if (brackets === 0) break;
      } else if (src.g(1) !== undefined) brackets++;
      else break;
    }
    url = strip(url.slice(1, -1));
    if (brackets === 0) {
      addLink(p, e, url, undefined, alt, null);
      return;
    }
    title(p, e, url, alt, fail);
  },
};

function title(p: Parser, e: KEl, url: string, alt: string, fail: () => void): void {
  const m = p.src.check(INLINE_TITLE);
  if (m) {
    p.src.pos += m[0].length;
    addLink(p, e, url, m[2], alt, null);
  } else fail();
}
