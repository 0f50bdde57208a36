// A small HTML tree as Nokogiri::HTML::DocumentFragment.parse (libxml2's HTML
// parser, Nokogiri 1.13) builds it from the HTML Jekyll converters write: what
// jekyll-toc and the html-pipeline filters (jekyll-mentions, jemoji) edit and
// serialize again. Entities are decoded in text and attributes; `/>` closes any
// element; a block start closes an open <p>; a new <li>/<dt>/<dd>/<tr>/<td>/
// <th>/<option> closes its open sibling; a stray end tag is ignored; <html>,
// <head> and <body> tags are dropped, and a </body> or </html> of the markup's own ends it.
import { indexIgnoringCase } from '../../../values/index-ignoring-case.js';
import { entityByName, entityChar } from '../../../markdown/kramdown/entities.js';

export interface HtmlElement {
  readonly type: 'element';
  /** Lower case, as libxml2 stores HTML names; without a `prefix:` (see localName). */
  readonly name: string;
  /** In source order; a null value is an attribute without `=`. */
  attrs: [string, string | null][];
  children: HtmlNode[];
  parent: HtmlParent;
}
export interface HtmlText {
  readonly type: 'text';
  /** Decoded text (raw for <script> and <style>). */
  text: string;
  parent: HtmlParent;
}
export interface HtmlComment {
  readonly type: 'comment';
  /** Between `<!--` and `-->`. */
  readonly text: string;
  parent: HtmlParent;
}
export interface HtmlInstruction {
  readonly type: 'pi';
  /** The whole markup, `<?php x ?>`. */
  readonly text: string;
  parent: HtmlParent;
}
export interface HtmlFragment {
  readonly type: 'fragment';
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment | HtmlInstruction;
export type HtmlParent = HtmlElement | HtmlFragment;

/** libxml2's empty elements (html40ElementTable `empty`). */
export const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input', 'isindex', 'link', 'meta', 'param']);
export const RAW_TEXT = new Set(['script', 'style']);
const CLOSES_P = new Set(
  'address blockquote center dir div dl fieldset form h1 h2 h3 h4 h5 h6 hr menu noframes ol p pre table ul li dd dt'.split(' '),
);
const CLOSES_SIBLING: Record<string, string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
};
// DocumentFragment.parse reads the markup as `<html><body>` + markup (Nokogiri 1.13) and keeps the
// body's children: libxml2's htmlParseStartTag discards these start tags there as misplaced.
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);
const SCOPE = new Set(['ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'select', 'div', 'blockquote']);

/** xmlChar's IS_CHAR: what a numeric reference may name. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// A numeric reference as htmlParseCharRef reads it: digits up to the first that is not one
// (the ';' is optional), the value kept below 0x110000; 0 when it names no XML character.
const CHAR_REF = /&#(?:[xX]([0-9a-fA-F]*)|([0-9]*));?/y;
const NAMED_REF = /&([A-Za-z][A-Za-z0-9]*);/y;

function charRef(hex: string | undefined, dec: string | undefined): number {
  const digits = hex ?? dec ?? '';
  const base = hex !== undefined ? 16 : 10;
  let val = 0;
  for (const d of digits) if (val < 0x110000) val = val * base + Number.parseInt(d, base);
  return isXmlChar(val) ? val : 0;
}

/**
 * HTML character references as libxml2's HTML parser reads them: `&name;` of the HTML 4 table
 * (anything else stays literal), numeric ones with or without their ';'. In text a reference
 * naming no character (`&#0;`, `&#x;`, `&#a`) is dropped; in an attribute value
 * (htmlParseHTMLAttribute writes its 0 into the buffer) the value ends there.
 */
export function decodeEntities(s: string, attribute = false): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    out += s.slice(from, amp);
    if (s[amp + 1] === '#') {
      CHAR_REF.lastIndex = amp;
      const m = CHAR_REF.exec(s)!;
      const c = charRef(m[1], m[2]);
      if (c === 0 && attribute) return out;
      if (c !== 0) out += String.fromCodePoint(c);
      from = CHAR_REF.lastIndex;
      continue;
    }
    NAMED_REF.lastIndex = amp;
    const m = NAMED_REF.exec(s);
    const e = m ? entityByName(m[1]!) : undefined;
    const c = e ? entityChar(e) : null;
    if (m && c !== null) {
      out += c;
      from = NAMED_REF.lastIndex;
    } else {
      out += '&';
      from = amp + 1;
    }
  }
  return out + s.slice(from);
}

/**
 * The name libxml2 2.9's SAX2 start handler gives an element: its tag name split as a QName,
 * the prefix dropped (the HTML parser declares no namespace), so `<o:p>` is a `p` and
 * `<typo:code>` a `code` in the tree and when written. Nothing after the first ':' (`a:`) or
 * a ':' first keeps the whole name. The parser itself still matches end tags, closes <p>s
 * and knows void and raw-text elements by the whole name (`<x:br>` holds what follows).
 */
function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon > 0 && colon < qname.length - 1 ? qname.slice(colon + 1) : qname;
}

// htmlParseHTMLName: a letter (or _ : .) then letters, digits, ':', '-', '_' and '.'.
const HTML_NAME = /[A-Za-z_:.][A-Za-z0-9:_.\-]*/y;
const BLANKS = /[ \t\n\r]*/y;

function htmlName(html: string, at: number): string | null {
  HTML_NAME.lastIndex = at;
  return HTML_NAME.exec(html)?.[0].toLowerCase() ?? null;
}

function skipBlanks(html: string, at: number): number {
  BLANKS.lastIndex = at;
  BLANKS.exec(html);
  return BLANKS.lastIndex;
}

interface StartTag {
  name: string;
  attrs: [string, string | null][];
  selfClosing: boolean;
  /** Just after the tag. */
  end: number;
}

/**
 * htmlParseStartTag at a '<' and a letter: the name, then attributes until '>' or '/>'. An
 * attribute's name is an HTML name (a bogus one is skipped up to the next blank); `=` and a
 * value may follow, quoted (to the closing quote, '>' included, or to the end) or up to a blank
 * or '>'; `name=` with nothing gives "". A repeated name keeps the first value.
 */
function startTag(html: string, lt: number): StartTag {
  const name = htmlName(html, lt + 1)!;
  const attrs: [string, string | null][] = [];
  let j = skipBlanks(html, lt + 1 + name.length);
  while (j < html.length && html[j] !== '>' && !html.startsWith('/>', j)) {
    const an = htmlName(html, j);
    if (an === null) {
      while (j < html.length && !' \t\n\r>'.includes(html[j]!) && !html.startsWith('/>', j)) j++;
      j = skipBlanks(html, j);
      continue;
    }
    j = skipBlanks(html, j + an.length);
    let value: string | null = null;
    if (html[j] === '=') {
      j = skipBlanks(html, j + 1);
      const quote = html[j] === '"' || html[j] === "'" ? html[j]! : '';
      let stop: number;
      if (quote) {
        const close = html.indexOf(quote, j + 1);
        stop = close < 0 ? html.length : close;
        value = decodeEntities(html.slice(j + 1, stop), true);
        j = close < 0 ? stop : stop + 1;
      } else {
        stop = j;
        while (stop < html.length && !' \t\n\r>'.includes(html[stop]!)) stop++;
        value = decodeEntities(html.slice(j, stop), true);
        j = stop;
      }
    }
    if (!attrs.some(([n]) => n === an)) attrs.push([an, value]);
    j = skipBlanks(html, j);
  }
  if (html.startsWith('/>', j)) return { name, attrs, selfClosing: true, end: j + 2 };
  return { name, attrs, selfClosing: false, end: j < html.length ? j + 1 : j };
}

export function parseFragment(html: string): HtmlFragment {
  const root: HtmlFragment = { type: 'fragment', children: [] };
  let current: HtmlParent = root;
  // The whole tag name of each open element, as the parser compares names.
  const qnames = new Map<HtmlElement, string>();
  const qname = (el: HtmlElement): string => qnames.get(el) ?? el.name;
  const add = (node: HtmlNode): void => void current.children.push(node);
  const text = (t: string): void => {
    if (t === '') return;
    const last = current.children[current.children.length - 1];
    if (last && last.type === 'text') last.text += t;
    else add({ type: 'text', text: t, parent: current });
  };
  const openNames = (): string[] => {
    const names: string[] = [];
    for (let n: HtmlParent = current; n.type === 'element'; n = n.parent) names.push(qname(n));
    return names;
  };
  const closeTo = (name: string): boolean => {
    for (let n: HtmlParent = current; n.type === 'element'; n = n.parent) {
      if (qname(n) === name) {
        current = n.parent;
        return true;
      }
    }
    return false;
  };
  // Misplaced <html>, <head> and <body> start tags seen (libxml2's ctxt->depth): the fragment is
  // parsed inside an open <html><body>, so these are dropped, and as many of their end tags with them.
  let misplaced = 0;
  let i = 0;
  parse: while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(decodeEntities(html.slice(i)));
      break;
    }
    text(decodeEntities(html.slice(i, lt)));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? html.length : end;
      add({ type: 'comment', text: html.slice(i + 4, stop), parent: current });
      i = end < 0 ? html.length : end + 3;
    } else if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const end = html.indexOf('>', i);
      const stop = end < 0 ? html.length : end + 1;
      if (html[i + 1] === '?') add({ type: 'pi', text: html.slice(i, stop), parent: current });
      i = stop;
    } else if (html.startsWith('</', i)) {
      // libxml2's htmlParseEndTag skips the '</' before it reads a name: one that does not start
      // with an ASCII letter, '_', ':' or '.' leaves the rest as text and the '</' gone.
      if (!/[A-Za-z_:.]/.test(html[i + 2] ?? '')) {
        i += 2;
        continue;
      }
      const end = html.indexOf('>', i);
      const name = htmlName(html, i + 2)!;
      i = end < 0 ? html.length : end + 1;
      if (DOCUMENT_TAGS.has(name)) {
        if (misplaced > 0) misplaced--;
        // </body> or </html> closes the <body> the fragment is taken from: nothing after it is kept.
        else if (name !== 'head') break parse;
        continue;
      }
      closeTo(name);
    } else if (/^<[A-Za-z]/.test(html.slice(i, i + 2))) {
      const { name, attrs, selfClosing, end: j } = startTag(html, i);
      if (DOCUMENT_TAGS.has(name)) {
        misplaced++;
        i = j;
        continue;
      }
      if (CLOSES_P.has(name) && current.type === 'element' && qname(current) === 'p') current = current.parent;
      const siblings = CLOSES_SIBLING[name];
      if (siblings) {
        for (const open of openNames()) {
          if (SCOPE.has(open)) break;
          if (siblings.includes(open)) { closeTo(open); break; }
        }
      }
      const el: HtmlElement = { type: 'element', name: localName(name), attrs, children: [], parent: current };
      if (el.name !== name) qnames.set(el, name);
      add(el);
      i = j;
      if (VOID.has(name) || selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        const close = indexIgnoringCase(html, `</${name}`, i);
        const stop = close < 0 ? html.length : close;
        if (stop > i) el.children.push({ type: 'text', text: html.slice(i, stop), parent: el });
        const end = close < 0 ? -1 : html.indexOf('>', close);
        i = end < 0 ? html.length : end + 1;
        continue;
      }
      current = el;
    } else {
      text('<');
      i++;
    }
  }
  for (const node of root.children) if (node.type === 'element') prefixedAttributesLast(node);
  return root;
}

/**
 * Node#add_child_node_and_reparent_attrs (Nokogiri 1.13): each node the fragment adopts has its
 * attributes with a `:` in their name removed and set again, so they end up last, in their order;
 * a bare one gets the value "" (Attr#value). Only the adopted nodes, not their descendants.
 */
function prefixedAttributesLast(el: HtmlElement): void {
  if (!el.attrs.some(([name]) => name.includes(':'))) return;
  const plain = el.attrs.filter(([name]) => !name.includes(':'));
  const prefixed = el.attrs.filter(([name]) => name.includes(':')).map(([name, value]): [string, string] => [name, value ?? '']);
  el.attrs = [...plain, ...prefixed];
}

/** Node#text: the text of every descendant, in order. */
export function textOf(node: HtmlNode | HtmlParent): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'comment' || node.type === 'pi') return '';
  return node.children.map(textOf).join('');
}

export function attr(el: HtmlElement, name: string): string | null | undefined {
  return el.attrs.find(([n]) => n === name)?.[1];
}

/** Every element under `parent`, in document order. */
export function* elements(parent: HtmlParent): Generator<HtmlElement> {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}
