// A small HTML reader for assertions in tests: elements, attributes and text,
// forgiving as browsers are about unclosed elements. Not a full HTML5 parser
// (no foster parenting, no adoption agency): enough for pages kyll writes.
import { indexIgnoringCase } from '../values/index-ignoring-case.js';

export interface HtmlElement {
  readonly type: 'element';
  /** Lower-case tag name. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
}
export interface HtmlText {
  readonly type: 'text';
  /** Entities decoded. */
  readonly value: string;
}
export type HtmlNode = HtmlElement | HtmlText;

interface OpenElement { type: 'element'; name: string; attributes: Record<string, string>; children: HtmlNode[] }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements whose start closes an open element of these names (HTML's implied end tags, simplified). */
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
  thead: ['tbody', 'tfoot'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
};
const BLOCK = ['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'];
for (const b of BLOCK) CLOSES[b] = [...(CLOSES[b] ?? []), 'p'];

const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Parse HTML into a root element named `#document`. */
export function parseHtml(html: string): HtmlElement {
  const root: OpenElement = { type: 'element', name: '#document', attributes: {}, children: [] };
  const stack: OpenElement[] = [root];
  const top = (): OpenElement => stack[stack.length - 1]!;
  const text = (raw: string): void => {
    if (raw !== '') top().children.push({ type: 'text', value: decodeEntities(raw) });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) { text(html.slice(i)); break; }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
    } else if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
    } else if (html[lt + 1] === '/') {
      const m = /^<\/([a-zA-Z][^\s>\/]*)[^>]*>?/.exec(html.slice(lt));
      if (!m) { text('<'); i = lt + 1; continue; }
      closeElement(stack, m[1]!.toLowerCase());
      i = lt + m[0].length;
    } else {
      const m = /^<([a-zA-Z][^\s>\/]*)/.exec(html.slice(lt, lt + 100));
      if (!m) { text('<'); i = lt + 1; continue; }
      const name = m[1]!.toLowerCase();
      const { attributes, end, selfClosing } = readAttributes(html, lt + m[0].length);
      for (const closed of CLOSES[name] ?? []) if (top().name === closed) stack.pop();
      const el: OpenElement = { type: 'element', name, attributes, children: [] };
      top().children.push(el);
      i = end;
      if (VOID.has(name) || selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        const close = indexIgnoringCase(html, `</${name}`, i);
        const stop = close === -1 ? html.length : close;
        const raw = html.slice(i, stop);
        if (raw !== '') el.children.push({ type: 'text', value: name === 'script' || name === 'style' ? raw : decodeEntities(raw) });
        const gt = html.indexOf('>', stop);
        i = close === -1 || gt === -1 ? html.length : gt + 1;
        continue;
      }
      stack.push(el);
    }
  }
  return root;
}

function readAttributes(html: string, from: number): { attributes: Record<string, string>; end: number; selfClosing: boolean } {
  const attributes: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < html.length && /[\s\/]/.test(html[i]!)) i++;
    if (i >= html.length) return { attributes, end: i, selfClosing: false };
    if (html[i] === '>') return { attributes, end: i + 1, selfClosing: html[i - 1] === '/' };
    ATTR.lastIndex = i;
    const m = ATTR.exec(html);
    if (!m) { i++; continue; }
    const key = m[1]!.toLowerCase();
    if (!(key in attributes)) attributes[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    i = ATTR.lastIndex;
  }
}

/** An end tag closes the innermost open element of that name (and those inside it); a stray one is ignored. */
function closeElement(stack: OpenElement[], name: string): void {
  for (let k = stack.length - 1; k > 0; k--) {
    if (stack[k]!.name === name) { stack.length = k; return; }
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', laquo: '«', raquo: '»' };

/** The entities kyll's output uses (named ones above, every numeric one); others stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a node and everything inside it. */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return node.value;
  let out = '';
  for (const child of node.children) out += textContent(child);
  return out;
}
