// A small HTML tree as Nokogiri::HTML::DocumentFragment.parse (libxml2's HTML
// parser, Nokogiri 1.13) builds it from the HTML Jekyll converters write: what
// jekyll-toc and the html-pipeline filters (jekyll-mentions, jemoji) edit and
// serialize again. Start tags and attributes are read as htmlParseStartTag reads them; character
// references are decoded in text and attributes (numeric ones need no ';'); characters XML does
// not allow are dropped from text; an element's name drops a QName `prefix:`; `/>` closes any element; a start tag closes the open elements libxml2's
// htmlStartClose table lets it close (<p> before a block, an <a> before an <a>, a <li> before a
// <li>...); an end tag closes up to its element unless one of higher end priority is in between,
// and a stray one is ignored; <html>, <head> and <body> tags are dropped, and a </body> or
// </html> of the markup's own ends it.
import { indexIgnoringCase } from '../../../values/index-ignoring-case.js';
import { entityByName, entityChar } from '../../../markdown/kramdown/entities.js';

export interface HtmlElement {
  readonly type: 'element';
  /** Lower case, as libxml2 stores HTML names: the local name, past a `prefix:` (Node#name). */
  readonly name: string;
  /** The name as written (lower case), when a prefix makes it differ: the parser's own tag name. */
  readonly tag?: string;
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
// libxml2 2.9.14's htmlStartClose: `old:new...` — a start tag `new` closes the innermost open
// element while it is such an `old` (htmlAutoClose), before anything else is done with the tag.
const START_CLOSE = new Set(
  (
  'a:a fieldset table td th;address:dd dl dt form li ul;b:center p td th;big:p;' +
  'caption:col colgroup tbody tfoot thead tr;col:col colgroup tbody tfoot thead tr;' +
  'colgroup:colgroup tbody tfoot thead tr;dd:dt;dir:dd dl dt form ul;dl:form li;dt:dd dl;' +
  'font:center td th;form:form;h1:fieldset form li p table;h2:fieldset form li p table;' +
  'h3:fieldset form li p table;h4:fieldset form li p table;h5:fieldset form li p table;' +
  'h6:fieldset form li p table;' +
  'head:a abbr acronym address b bdo big blockquote body br center cite code dd dfn dir div dl dt em fieldset font form frameset h1 h2 h3 h4 h5 h6 hr i iframe img kbd li listing map menu ol p pre q s samp small span strike strong sub sup table tt u ul var xmp;' +
  'hr:form;i:center p td th;legend:fieldset;li:li;link:body frameset;' +
  'listing:dd dl dt fieldset form li table ul;menu:dd dl dt form ul;ol:form ul;' +
  'option:optgroup option;' +
  'p:address blockquote body caption center col colgroup dd dir div dl dt fieldset form frameset h1 h2 h3 h4 h5 h6 head hr li listing menu ol p pre table tbody td tfoot th title tr ul xmp;' +
  'pre:dd dl dt fieldset form li table ul;s:p;script:noscript;small:p;span:td th;strike:p;' +
  'style:body frameset;tbody:tbody tfoot;td:tbody td tfoot th tr;tfoot:tbody;' +
  'th:tbody td tfoot th tr;thead:tbody tfoot;title:body frameset;tr:tbody tfoot tr;tt:p;u:p td th;' +
  'ul:address form menu ol pre;xmp:dd dl dt fieldset form li table ul'
  )
    .split(';')
    .flatMap((entry) => {
      const [old, news] = entry.split(':') as [string, string];
      return news.split(' ').map((n) => `${old} ${n}`);
    }),
);
// htmlEndPriority: an end tag closes the elements open above its match only when none of them
// has a higher priority (100 for the others); else it is ignored (htmlAutoCloseOnClose).
const END_PRIORITY: Readonly<Record<string, number>> = { div: 150, td: 160, th: 160, tr: 170, thead: 180, tbody: 180, tfoot: 180, table: 190, head: 200, body: 200, html: 220 };
const endPriority = (tag: string): number => (Object.hasOwn(END_PRIORITY, tag) ? END_PRIORITY[tag]! : 100);
// Characters XML does not allow (IS_CHAR): htmlParseCharData, htmlParseScript, htmlParseComment
// and htmlParsePI drop them.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlChars = (s: string): string => s.replace(NOT_XML_CHAR, '');
// DocumentFragment.parse reads the markup as `<html><body>` + markup (Nokogiri 1.13) and keeps the
// body's children: libxml2's htmlParseStartTag discards these start tags there as misplaced.
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);
const MAX_LEVEL = 256;
const BODY_LINE = /(?:^|\n)[ \t\r\n\f\v]*?<body/i;

// libxml2's html40EntitiesTable where kramdown's table (which kyll's Markdown follows) differs:
// kramdown swaps the angle brackets and the ceilings and knows `vellip`, which libxml2 leaves as text.
const LIBXML2_ENTITIES: Readonly<Record<string, number | null>> = { lang: 0x2329, rang: 0x232a, lceil: 0x2308, rceil: 0x2309, vellip: null };

/** xmlChar's IS_CHAR: what a numeric reference may name. */
const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/**
 * htmlParseCharRef after `&#`: the digits up to the first character that is not one (a ';'
 * right after them is taken too, none is needed: `&#39b` is `'b`), the value growing no more
 * once it reaches 0x110000; 0 for a value that is no XML character (none at all, `&#;`, `&#a`).
 */
const CHAR_REF = /&#(?:[xX]([0-9a-fA-F]*)|([0-9]*));?/y;
function charRefAt(s: string, at: number): { code: number; end: number } {
  CHAR_REF.lastIndex = at;
  const m = CHAR_REF.exec(s)!;
  const hex = m[1] !== undefined;
  let val = 0;
  for (const d of (hex ? m[1] : m[2])!) if (val < 0x110000) val = val * (hex ? 16 : 10) + Number.parseInt(d, 16);
  return { code: isXmlChar(val) ? val : 0, end: CHAR_REF.lastIndex };
}

const NAMED_REF = /&([A-Za-z][A-Za-z0-9]*);/y;

/** The character of `&name;` in libxml2's table, or null when it knows no such name. */
function namedEntity(name: string): string | null {
  if (Object.hasOwn(LIBXML2_ENTITIES, name)) {
    const own = LIBXML2_ENTITIES[name]!;
    return own === null ? null : String.fromCodePoint(own);
  }
  const e = entityByName(name);
  return e ? entityChar(e) : null;
}

/**
 * HTML character references as libxml2's HTML parser reads them: `&name;` of the HTML 4 table
 * (anything else stays literal) and numeric ones (charRefAt). One that names no character is
 * dropped in text (`inText`: htmlParseReference writes nothing for 0), and in an attribute
 * value ends the value (htmlParseHTMLAttribute writes the 0 into its buffer).
 */
export function decodeEntities(s: string, inText = false): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    out += s.slice(from, amp);
    if (s[amp + 1] === '#') {
      const { code, end } = charRefAt(s, amp);
      if (code === 0 && !inText) return out;
      if (code !== 0) out += String.fromCodePoint(code);
      from = end;
      continue;
    }
    NAMED_REF.lastIndex = amp;
    const m = NAMED_REF.exec(s);
    const c = m ? namedEntity(m[1]!) : null;
    if (c !== null) {
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
 * The name libxml2's SAX2 start handler gives an element: xmlSplitQName drops a `prefix:` (the
 * first one; a name that starts or ends with the colon stays whole). Nothing binds the prefix in
 * HTML, so `<typo:code>` is written back as `<code>`, while the parser itself goes on matching end
 * tags and its open/close rules by the whole name (`</code>` does not close it, `<x:br>` is not empty).
 */
function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon <= 0 || colon === tag.length - 1 ? tag : tag.slice(colon + 1);
}

const tagOf = (el: HtmlElement): string => el.tag ?? el.name;

// htmlParseHTMLName, for element and attribute names: a letter, `_`, `:` or `.`, then letters,
// digits, `:`, `-`, `_` and `.`; the name ends at any other character. Lower case, as stored.
const HTML_NAME = /[A-Za-z_:.][A-Za-z0-9:_.-]*/y;
const htmlName = (html: string, at: number): string | undefined => {
  HTML_NAME.lastIndex = at;
  return HTML_NAME.exec(html)?.[0].toLowerCase();
};
// htmlParseName, for a processing instruction's target: a letter, `_` or `:`, then letters,
// digits, `_`, `-`, `:` and `.` (case kept). Made on first use: V8 checks a /u literal's \p{...}
// classes as it parses the file, at every start (test/bundle/bundle.test.ts).
let piTargetRe: RegExp | undefined;
const piTarget = (html: string, at: number): string | undefined => {
  const re = (piTargetRe ??= new RegExp(String.raw`[\p{L}_:][\p{L}\p{Nd}_:.-]*`, 'uy'));
  re.lastIndex = at;
  return re.exec(html)?.[0];
};
/** SKIP_BLANKS: IS_BLANK_CH are space, tab, CR and LF only. */
const BLANKS = /[ \t\n\r]*/y;
const skipBlanks = (html: string, at: number): number => {
  BLANKS.lastIndex = at;
  BLANKS.exec(html);
  return BLANKS.lastIndex;
};
// Where an unquoted value or a bogus attribute stops.
const ENDS_BARE = new Set([' ', '\t', '\n', '\r', '>']);

interface StartTag {
  /** The whole tag name, lower case. */
  name: string;
  attrs: [string, string | null][];
  selfClosing: boolean;
  /** Just after the tag. */
  end: number;
}

/**
 * htmlParseStartTag at a '<' and a letter: the name, then attributes until '>' or '/>'. An
 * attribute's name is an HTML name; where none starts (`@click=...`, `=v`, a lone `/`), the bogus
 * text up to the next blank is skipped (`title="a " b?` keeps b). `=` and a value may follow,
 * quoted (to the closing quote, '>' included, or to the end) or up to a blank or '>'; `name=`
 * with nothing gives "". A repeated name keeps the first value.
 */
function startTag(html: string, lt: number): StartTag {
  const name = htmlName(html, lt + 1)!;
  const attrs: [string, string | null][] = [];
  let j = skipBlanks(html, lt + 1 + name.length);
  while (j < html.length && html[j] !== '>' && !html.startsWith('/>', j)) {
    const an = htmlName(html, j);
    if (an === undefined) {
      while (j < html.length && !ENDS_BARE.has(html[j]!) && !html.startsWith('/>', j)) j++;
      j = skipBlanks(html, j);
      continue;
    }
    j = skipBlanks(html, j + an.length);
    let value: string | null = null;
    if (html[j] === '=') {
      j = skipBlanks(html, j + 1);
      const quote = html[j] === '"' || html[j] === "'" ? html[j]! : '';
      if (quote) {
        const close = html.indexOf(quote, j + 1);
        const stop = close < 0 ? html.length : close;
        value = decodeEntities(html.slice(j + 1, stop));
        j = close < 0 ? stop : stop + 1;
      } else {
        let stop = j;
        while (stop < html.length && !ENDS_BARE.has(html[stop]!)) stop++;
        value = decodeEntities(html.slice(j, stop));
        j = stop;
      }
    }
    if (!attrs.some(([n]) => n === an)) attrs.push([an, value]);
    j = skipBlanks(html, j);
  }
  if (html.startsWith('/>', j)) return { name, attrs, selfClosing: true, end: j + 2 };
  return { name, attrs, selfClosing: false, end: j < html.length ? j + 1 : j };
}

export interface FragmentOptions {
  /**
   * Parsed as Node#parse parses markup in a node's context (the `ctx` branch of
   * HTML4::DocumentFragment#initialize), not as a document's body: no `<body` line takes the
   * body element, and the top-level nodes are not the ones a fragment adopts.
   */
  readonly inContext?: boolean;
}

export function parseFragment(html: string, options: FragmentOptions = {}): HtmlFragment {
  const root: HtmlFragment = { type: 'fragment', children: [] };
  let current: HtmlParent = root;
  const add = (node: HtmlNode): void => void current.children.push(node);
  const text = (t: string): void => {
    if (t === '') return;
    // htmlCheckParagraph: text that is not all blanks right under <html> opens an implied <p>.
    if (current === outside && /[^ \t\n\r]/.test(t)) {
      if (htmlClosed && !sawDoctype) lost = true;
      const p: HtmlElement = { type: 'element', name: 'p', attrs: [], children: [], parent: outside };
      outside.children.push(p);
      current = p;
    }
    const last = current.children[current.children.length - 1];
    if (last && last.type === 'text' && !(current === root && bodyStarts.includes(root.children.length))) last.text += t;
    else add({ type: 'text', text: t, parent: current });
  };
  // htmlParseEndTag: an end tag of no open element is ignored, and so is one whose match lies
  // under an element of higher end priority (htmlAutoCloseOnClose).
  const closeTo = (name: string): void => {
    const priority = endPriority(name);
    for (let n: HtmlParent = current; n.type === 'element'; n = n.parent) {
      if (tagOf(n) === name) {
        for (let m: HtmlParent = current; m !== n; m = (m as HtmlElement).parent) if (endPriority(tagOf(m as HtmlElement)) > priority) return;
        current = n.parent;
        return;
      }
    }
  };
  // Misplaced <html>, <head> and <body> start tags seen (libxml2's ctxt->depth): the fragment is
  // parsed inside an open <html><body>, so these are dropped, and as many of their end tags with them.
  let misplaced = 0;
  // Once the <body> is closed (`</body>`, or `/>` after a misplaced tag, which ends the element
  // open there), what follows goes under <html>, outside the body: into `outside`, never kept,
  // until a <body> start tag right under <html> opens a new body, whose children
  // /html/body/node() takes too (from `bodyStarts`, indexes into the root's children).
  const outside: HtmlElement = { type: 'element', name: 'html', attrs: [], children: [], parent: root };
  const isOutside = (n: HtmlParent): boolean => {
    for (let p: HtmlParent = n; p.type === 'element'; p = p.parent) if (p === outside) return true;
    return false;
  };
  const bodyStarts: number[] = [];
  let sawDoctype = false;
  let htmlClosed = false;
  let lost = false;
  let i = 0;
  parse: while (i < html.length && !lost) {
    // Inside <script> or <style> (htmlParseContentInternal): end tags right where the content
    // starts are read as end tags (an unknown one is dropped); the rest is text up to `</name`.
    if (current.type === 'element' && RAW_TEXT.has(tagOf(current)) && !html.startsWith('</', i)) {
      // There too, a start tag the element's htmlStartClose entry names (<style> before <body> or
      // <frameset>, <script> before <noscript>) closes it first, and is then read as a tag.
      if (html[i] === '<' && /[A-Za-z]/.test(html[i + 1] ?? '') && START_CLOSE.has(`${tagOf(current)} ${htmlName(html, i + 1)}`)) {
        current = current.parent;
        continue;
      }
      const close = indexIgnoringCase(html, `</${tagOf(current)}`, i);
      const stop = close < 0 ? html.length : close;
      text(xmlChars(html.slice(i, stop)));
      i = stop;
      continue;
    }
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(xmlChars(decodeEntities(html.slice(i), true)));
      break;
    }
    text(xmlChars(decodeEntities(html.slice(i, lt), true)));
    i = lt;
    if (html.startsWith('<!--', i)) {
      // htmlParseComment: a comment not terminated is an error that keeps nothing of the rest.
      const end = html.indexOf('-->', i + 4);
      if (end >= 0) add({ type: 'comment', text: xmlChars(html.slice(i + 4, end)), parent: current });
      i = end < 0 ? html.length : end + 3;
    } else if (/^<!DOCTYPE/i.test(html.slice(i, i + 9))) {
      sawDoctype = true;
      // A misplaced DOCTYPE is read and dropped; the same turn of htmlParseContentInternal then
      // takes a `<` that starts no element, comment or instruction as text (`</p>` after it stays).
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      if (html[i] === '<' && !/[A-Za-z]/.test(html[i + 1] ?? '') && !html.startsWith('<!--', i) && html[i + 1] !== '?') {
        text('<');
        i++;
      }
    } else if (html.startsWith('<?', i)) {
      // htmlParsePI: a target name, then (after blanks) the data up to `>`, written back as
      // `<?target data>`. No name: the `<?` is dropped and what follows read on as text;
      // no `>` to end it: nothing of the rest is kept.
      const target = piTarget(html, i + 2);
      if (target === undefined) {
        i += 2;
        continue;
      }
      const after = i + 2 + target.length;
      if (html[after] === '>') {
        add({ type: 'pi', text: `<?${target}>`, parent: current });
        i = after + 1;
        continue;
      }
      const data = skipBlanks(html, after);
      const end = html.indexOf('>', data);
      if (end < 0) {
        i = html.length;
        continue;
      }
      add({ type: 'pi', text: xmlChars(`<?${target} ${html.slice(data, end)}>`), parent: current });
      i = end + 1;
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
        // </html> closes the document. An element or text after it opens a new <html>, which
        // libxml2's SAX2 builder adds under the old one (nothing of it is kept), unless a DOCTYPE
        // came first, the document's first child then: the new <html> is a second root, whose
        // <body> /html/body/node() takes too.
        else if (name === 'html') {
          htmlClosed = true;
          current = outside;
        } else if (isOutside(current)) closeTo(name);
        else if (name === 'body') current = outside;
        continue;
      }
      closeTo(name);
    } else if (/^<[A-Za-z]/.test(html.slice(i, i + 2))) {
      const { name, attrs, selfClosing, end: j } = startTag(html, i);
      if (htmlClosed && !sawDoctype && current === outside) break;
      while (current.type === 'element' && START_CLOSE.has(`${tagOf(current)} ${name}`)) current = current.parent;
      // htmlParseStartTag discards <html> where any element is open, <head> where more than
      // <html> is, <body> where a body is; a discarded tag's `/>` ends the element open there
      // (htmlParseElementInternal's ctxt->name). A <body> right under <html> opens a new body.
      const discarded = DOCUMENT_TAGS.has(name) && (name === 'html' || (name === 'head' ? current !== outside : !isOutside(current)));
      if (discarded) {
        misplaced++;
        i = j;
        if (!selfClosing) continue;
        if (current === outside) break;
        current = current === root ? outside : (current as HtmlElement).parent;
        continue;
      }
      if (name === 'body' && current === outside) {
        i = j;
        if (selfClosing) continue;
        bodyStarts.push(root.children.length);
        current = root;
        continue;
      }
      // nodePush: an element 256 levels down in the fragment (258 in libxml2's <html><body>
      // document, past xmlParserMaxDepth without XML_PARSE_HUGE) halts the parser; nothing
      // from it on is kept.
      let level = 1;
      for (let n: HtmlParent = current; n.type === 'element'; n = n.parent) level++;
      if (level >= MAX_LEVEL) break;
      const local = localName(name);
      const el: HtmlElement = local === name ? { type: 'element', name, attrs, children: [], parent: current } : { type: 'element', name: local, tag: name, attrs, children: [], parent: current };
      add(el);
      i = j;
      if (VOID.has(name) || selfClosing) continue;
      current = el;
    } else {
      text('<');
      i++;
    }
  }
  // HTML4::DocumentFragment#initialize takes the <body> element itself, not its children, when a
  // line of the markup starts with `<body` (Ruby's /^\s*?<body/i: `^` at any line's start).
  if (options.inContext) return root;
  if (BODY_LINE.test(html)) {
    const starts = [0, ...bodyStarts, root.children.length];
    root.children = starts.slice(1).map((end, k) => {
      const body: HtmlElement = { type: 'element', name: 'body', attrs: [], children: root.children.slice(starts[k], end), parent: root };
      for (const child of body.children) child.parent = body;
      return body;
    });
  }
  for (const node of root.children) if (node.type === 'element') prefixedAttributesLast(node);
  return root;
}

/**
 * Node#add_child_node_and_reparent_attrs (Nokogiri 1.13): each node the fragment adopts has its
 * attributes with a `:` in their name removed and set again, so they end up last, in their order;
 * a bare one gets the value "" (Attr#value). Only the adopted nodes, not their descendants.
 */
export function prefixedAttributesLast(el: HtmlElement): void {
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
