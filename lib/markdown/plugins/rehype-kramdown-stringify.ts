// A unified compiler that writes hast with kramdown's character escaping
// (kramdown/utils/html.rb): `<`, `>` and `&` escaped in text (character
// references kept), `"` too in attributes, attribute values always quoted and
// kept when empty (`class=""`), void elements as `<br />`. hast-util-to-html
// cannot give these bytes: it never escapes `>` in text and writes boolean
// attributes such as `disabled=""` without their value.
import type { Element, Nodes, Root } from 'hast';
import type { Processor } from 'unified';
import { escapeAttribute, escapeText } from '../escape.js';

/** An element's attributes as kramdown writes them (html_attributes), each with its leading space. */
export function attributes(e: Element): string {
  return attributeString(e.properties);
}

/** Attributes (hast properties or kramdown's attr) as kramdown writes them: html_attributes. */
export function attributeString(properties: Readonly<Record<string, unknown>>): string {
  let out = '';
  for (const k in properties) {
    const v = properties[k];
    if (v === null || v === undefined) continue;
    const value = Array.isArray(v) ? v.join(' ') : String(v);
    if (k === 'id' && value.trim() === '') continue;
    out += ` ${k}="${escapeAttribute(value)}"`;
  }
  return out;
}

function children(nodes: ReadonlyArray<Nodes>): string {
  let s = '';
  for (let i = 0; i < nodes.length; i++) s += stringify(nodes[i]);
  return s;
}

export function stringify(node: Nodes | { type: 'raw'; value: string }): string {
  switch (node.type) {
    case 'root':
      return children(node.children);
    case 'element': {
      const open = `<${node.tagName}${attributes(node)}`;
      if ((node.data as { kdVoid?: boolean } | undefined)?.kdVoid) return `${open} />`;
      return `${open}>${children(node.children)}</${node.tagName}>`;
    }
    case 'text':
      return escapeText(node.value);
    case 'raw':
      return node.value;
    case 'comment':
      return `<!--${node.value}-->`;
    case 'doctype':
      return '<!DOCTYPE html>';
    default:
      return '';
  }
}

/** unified plugin: hast → kramdown's HTML bytes. */
export default function rehypeKramdownStringify(this: Processor) {
  this.compiler = (tree) => stringify(tree as Root);
}
