// The converter's last step: rehype-kramdown-layout and rehype-kramdown-stringify in one
// walk that writes the string at once, with kramdown's newlines and indentation (the
// `indent` threaded through kramdown/converter/html.rb) and its escaping. The two plugins
// stay for unified users and are the reference: the tests compare this writer with them.
// Layout rules per `data.kd` are those of rehype-kramdown-layout's `place`; what it asked
// of the nodes it had laid out (does the last one end with a newline, are all empty text)
// is kept here as the writer goes.
import type { Element, Root } from 'hast';
import { kdData, type Child, type Raw } from './hast-nodes.js';
import { VOID } from './handlers-span.js';
import { attributes, stringify } from './rehype-kramdown-stringify.js';
import { escapeText } from '../escape.js';
import { checkMatchable } from '../kramdown-crash.js';

const PADS: string[] = [];
export const pad = (n: number): string => (n <= 0 ? '' : (PADS[n] ??= ' '.repeat(n)));

function isRawHtml(parent: Element | Root): boolean {
  if (parent.type !== 'element') return false;
  // (convert_html_element asks the parent's type and content model: a span element's too)
  const d = kdData(parent);
  return (d.kd === 'html' || d.kdHtml === true) && d.kdModel === 'raw';
}

/** What the last `write` left: did its last node end with a newline (of `cut` characters), were all its nodes empty text. */
let lastNewline = false;
let cut = 1;
let allEmpty = true;

function tag(e: Element, inner: string, isVoid: boolean): string {
  const open = `<${e.tagName}${attributes(e)}`;
  return isVoid ? `${open} />` : `${open}>${inner}</${e.tagName}>`;
}

/** `children` laid out at `indent` under `parent`, as HTML. */
function write(children: readonly Child[], indent: number, parent: Element | Root): string {
  let out = '';
  let newline = false;
  let nlCut = 1;
  let empty = true;
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    if (c.type === 'raw' || c.type === 'text') {
      const r = c as Raw;
      const value = c.type === 'raw' && r.data?.kd === 'line' && !(r.data.kdRawSensitive && isRawHtml(parent))
        ? `${pad(indent)}${r.value}\n` : c.value;
      newline = value.endsWith('\n');
      if (newline) nlCut = value.endsWith('\r\n') ? 2 : 1;
      if (value !== '' || (c.type === 'raw' && r.data?.kdEmptyPlaceholder)) empty = false;
      out += c.type === 'text' ? escapeText(value) : value;
      continue;
    }
    empty = false;
    newline = false;
    if (c.type !== 'element') {
      out += stringify(c);
      continue;
    }
    const d = kdData(c);
    const i = (d.kdIndent ?? indent) + (d.kdDeeper ? 2 : 0);
    const kids = c.children as Child[];
    switch (d.kd) {
      case undefined:
        out += tag(c, d.kdVoid ? '' : write(kids, i + 2, c), !!d.kdVoid);
        break;
      case 'block':
      case 'void':
        out += `${pad(i)}${tag(c, d.kdVoid ? '' : write(kids, i + 2, c), !!d.kdVoid)}\n`;
        newline = true;
        nlCut = 1;
        break;
      case 'indented':
        out += `${pad(i)}${tag(c, `\n${write(kids, i + 2, c)}${pad(i)}`, !!d.kdVoid)}\n`;
        // kramdown's placeholder: its newline is not there yet when the parent is written
        newline = !d.kdPlaceholder;
        nlCut = 1;
        break;
      case 'code':
        out += `${pad(i)}${tag(c, `${write(kids, i + 2, c)}${pad(i)}`, !!d.kdVoid)}\n`;
        newline = true;
        nlCut = 1;
        break;
      case 'li': {
        let inner = write(kids, i + 2, c);
        if (d.kdTight) checkMatchable(inner, c.tagName === 'dd' ? 'A definition' : 'A list item');
        if (!d.kdTight) inner = `\n${inner}${pad(i)}`;
        else if (lastNewline) inner += pad(i);
        out += `${pad(i)}${tag(c, inner, !!d.kdVoid)}\n`;
        newline = true;
        nlCut = 1;
        break;
      }
      case 'html': {
        const parentRaw = isRawHtml(parent);
        const res = write(kids, i + 2, c);
        if (!parentRaw) out += pad(i);
        if (d.kdClosed && d.kdModel === 'raw') out += tag(c, '', true);
        else if (!allEmpty && d.kdModel !== 'block') out += tag(c, res, !!d.kdVoid);
        else if (!allEmpty) out += tag(c, `\n${lastNewline ? res.slice(0, -cut) : res}\n${pad(i)}`, !!d.kdVoid);
        else out += tag(c, '', VOID.has(c.tagName) || !!d.kdVoid);
        if (!parentRaw) {
          out += '\n';
          newline = true;
          nlCut = 1;
        }
        break;
      }
    }
  }
  lastNewline = newline;
  cut = nlCut;
  allEmpty = empty;
  return out;
}

/** kramdown's HTML for a hast tree from the handlers (layout and stringify in one walk). */
export function writeKramdownHtml(tree: Root): string {
  const html = write(tree.children as Child[], 0, tree);
  if ((tree.data as { kdPlaceholderSub?: boolean } | undefined)?.kdPlaceholderSub) checkMatchable(html, 'A document with a {:toc} or {:footnotes} list');
  return html;
}

/**
 * Nodes from the handlers laid out at `indent` under a Markdown parent (the direct writer's
 * route for the kinds it leaves to the handlers), and whether the last one ended with a newline.
 */
export function writeKramdownNodes(children: readonly Child[], indent: number): { html: string; newline: boolean } {
  const html = write(children, indent, ROOT);
  return { html, newline: lastNewline };
}

const ROOT: Root = { type: 'root', children: [] };
