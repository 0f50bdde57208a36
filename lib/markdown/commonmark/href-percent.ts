// A `%` in a link or image URL that starts no `%XX` escape: cmark's houdini_escape_href counts
// `%` as safe and writes it as it is (`/a%` stays `/a%`), where mdast-util-to-hast's normalizeUri
// writes `%25`. The URL is escaped here as escape_href does (other characters outside its safe
// list as UTF-8 `%XX`), and given as the element's href/src (data.hProperties, which
// remark-rehype lays over its own).
import type { Definition, Nodes, Root } from 'mdast';

// houdini_href_e.c HREF_SAFE: letters, digits, -_.+!*'(),%#@?=;:/,+&$~
const SAFE = /[A-Za-z0-9\-_.+!*'(),%#@?=;:/&$~]/;

function cmarkHref(url: string): string {
  let out = '';
  for (const ch of url) {
    if (SAFE.test(ch)) out += ch;
    else out += encodeURIComponent(ch.length === 1 && ch >= '\ud800' && ch <= '\udfff' ? '\ufffd' : ch);
  }
  return out;
}

function setUrl(node: Nodes, key: 'href' | 'src', url: string): void {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, [key]: cmarkHref(url) };
}

function collect(node: Nodes, definitions: Map<string, Definition>): void {
  if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collect(child as Nodes, definitions);
}

function visit(node: Nodes, definitions: Map<string, Definition>): void {
  if (node.type === 'link' || node.type === 'image') {
    if (/%(?![0-9A-Fa-f]{2})/.test(node.url)) setUrl(node, node.type === 'link' ? 'href' : 'src', node.url);
  } else if (node.type === 'linkReference' || node.type === 'imageReference') {
    const url = definitions.get(node.identifier)?.url;
    if (url !== undefined && /%(?![0-9A-Fa-f]{2})/.test(url)) setUrl(node, node.type === 'linkReference' ? 'href' : 'src', url);
  }
  if ('children' in node) for (const child of node.children) visit(child as Nodes, definitions);
}

/** Gives links and images whose URL holds a lone `%` the href/src cmark writes. */
export function keepLonePercents(tree: Root): void {
  const definitions = new Map<string, Definition>();
  collect(tree, definitions);
  visit(tree, definitions);
}
