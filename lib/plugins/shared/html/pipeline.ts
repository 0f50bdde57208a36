// What html-pipeline 2.14 filters share: the text nodes a filter may rewrite
// (Filter#has_ancestor?), and Node#replace with markup, parsed in place.
import type { HookDocument } from '../../hooks.js';
import { parseFragment, prefixedAttributesLast, type HtmlNode, type HtmlParent, type HtmlText } from './dom.js';
import { escapeText } from './serialize.js';

/** Every text node under `root`, in document order. */
export function textNodes(root: HtmlParent): HtmlText[] {
  const out: HtmlText[] = [];
  const walk = (parent: HtmlParent): void => {
    for (const child of parent.children) {
      if (child.type === 'text') out.push(child);
      else if (child.type === 'element') walk(child);
    }
  };
  walk(root);
  return out;
}

/** Filter#has_ancestor?: an element of one of these names above the node. */
export function hasAncestor(node: HtmlNode, names: ReadonlySet<string>): boolean {
  for (let p: HtmlParent = node.parent; p.type === 'element'; p = p.parent) if (names.has(p.name)) return true;
  return false;
}

/**
 * Node#replace(markup): the nodes of the parsed markup take the node's place, parsed by
 * Node#coerce for the node's parent (Nokogiri 1.13). Under an element, that is
 * DocumentFragment.new with the element as context: the markup wrapped as `<div>markup</div>`,
 * the first node's children kept, so a `</div>` of the markup's own (an emoji's text decoded from
 * `&lt;/div&gt;`) ends it there and the rest of that text is dropped. At the fragment's top level,
 * DocumentFragment#fragment asks the fragment's document, which has no root: a fragment of its own.
 */
export function replaceWithHtml(node: HtmlNode, html: string): void {
  const parent = node.parent;
  const nodes = parent.type === 'fragment' ? parseFragment(html).children : parseInElement(html);
  for (const n of nodes) n.parent = parent;
  const i = parent.children.indexOf(node);
  parent.children.splice(i, 1, ...nodes);
}

/**
 * Node#coerce(markup) for a node inside an element (HTML4::DocumentFragment.new with a context):
 * `<div>markup</div>` parsed in context, the div's children. Their parent is left for the caller.
 */
export function parseInElement(html: string): HtmlNode[] {
  const first = parseFragment(`<div>${html}</div>`, { inContext: true }).children[0];
  const nodes = first?.type === 'element' ? first.children : [];
  for (const n of nodes) if (n.type === 'element') prefixedAttributesLast(n);
  return nodes;
}

/** Node#to_html of a text node: &, < and > escaped. */
export function textHtml(node: HtmlText): string {
  return escapeText(node.text);
}

/** What the :post_render filters ask of a document: page or written document, its output_ext. */
export function outputKind(doc: HookDocument): { writtenOrPage: boolean; outputExt: string; permalinkIsFolder: boolean } {
  const isPage = doc.collection === undefined || doc.collection === null;
  const permalink = doc.data.permalink;
  return {
    writtenOrPage: isPage || doc.write !== false,
    outputExt: doc.outputExt ?? (doc.outputPath ?? '').match(/\.[^./]*$/)?.[0] ?? '',
    permalinkIsFolder: typeof permalink === 'string' && permalink.endsWith('/'),
  };
}

/**
 * How jekyll-mentions and jemoji hand a page's output to a filter: with a
 * <body>, only what lies between the opening tag (and the whitespace after it)
 * and </body>; else the whole output. `matches` says whether to filter at all.
 */
export function filterBody(output: string, matches: (html: string) => boolean, filter: (html: string) => string): string {
  if (!output.includes('<body')) return matches(output) ? filter(output) : output;
  const m = /<body([\s\S]*?)>[ \t\n\v\f\r]*/.exec(output);
  if (!m) return output;
  const head = output.slice(0, m.index);
  const tail = output.slice(m.index + m[0].length);
  const end = tail.indexOf('</body>');
  const body = end < 0 ? tail : tail.slice(0, end);
  const rest = end < 0 ? '' : tail.slice(end);
  return matches(body) ? head + m[0] + filter(body) + rest : output;
}
