// The root: the document, then kramdown's footnote list and table of contents
// (kramdown/converter/html.rb convert_root, footnote_content, generate_toc_tree).
import { KramdownCrash } from '../kramdown-crash.js';
import type { Element, ElementContent, Root } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { elem, raw, type Child, type KdElementData } from './hast-nodes.js';
import { initState, type ConvertState, type HandlerConfig } from './convert-state.js';
import { all, type Handler } from './handlers-block.js';
import { entityToStr, escapeText } from '../escape.js';
import type { KramdownOptions } from '../options.js';

type N = any;

export function createRootHandler(config: HandlerConfig): Record<string, Handler> {
  return {
    root(state, node) {
      const o: KramdownOptions = node.data?.kdOptions ?? config.options;
      const s = initState(state, config, o);
      const children = all(state, node);
      const notes = footnoteContent(state, s);
      if (notes) {
        if (s.footnotePlaceholder) Object.assign(s.footnotePlaceholder, notes, { data: { ...notes.data, kdPlaceholder: true } });
        else children.push(notes);
      }
      if (s.tocPlaceholder) {
        const toc = tocTree(s, s.tocPlaceholder);
        if (toc) Object.assign(s.tocPlaceholder, toc, { data: { ...toc.data, kdPlaceholder: true } });
        else Object.assign(s.tocPlaceholder, raw('', { kdEmptyPlaceholder: true }));
      }
      if (s.footnotePlaceholder && !notes) Object.assign(s.footnotePlaceholder, raw('', { kdEmptyPlaceholder: true }));
      // convert_root's sub! of the placeholder: a regexp over the whole document (write-kramdown-html)
      const data = s.tocPlaceholder || s.footnotePlaceholder ? { kdPlaceholderSub: true } : undefined;
      return { type: 'root', children, data } as unknown as Child;
    },
  };
}

const PARA_OR_HEADER = new Set(['paragraph', 'heading']);

/** Element.new(:raw, html): written as it is (no format, no category). */
const rawNode = (value: string): N => ({ type: 'kdRaw', value, formats: [] });

const BACKLINK = (space: string, name: string, label: string) =>
  `${space}<a href="#fnref:${name}" class="reversefootnote" role="doc-backlink">${label}</a>`;

export function footnoteContent(state: State, s: ConvertState): Element | null {
  if (s.footnotes.length === 0) return null;
  const o = s.o;
  const ol = elem('ol', o.footnote_nr !== 1 ? { start: String(o.footnote_nr) } : undefined, [], { kd: 'indented' });
  const label = escapeText(o.footnote_backlink);
  const nbsp = entityToStr(o, { codePoint: 160, name: 'nbsp' });
  for (let i = 0; i < s.footnotes.length; i++) {
    // footnote_content reads the repeat count before it converts the definition, so references
    // made from inside a definition (to itself or to an earlier note) get ids but no backlink.
    const { name, node, repeat } = s.footnotes[i];
    const def: N = { type: 'kdFootnoteDefinition', children: structuredClone(node.children) };
    // The backlinks go into the parser's tree before it is converted, as kramdown adds :raw
    // elements to the last paragraph: with footnote_backlink_inline, the last one found by
    // following last children (a list item's transparent paragraph, a header) however deep.
    // footnote_content reads `li.children.last.type`: a note made of definitions only (`[^1]: [r]: /u`)
    // has no children, and kramdown 2.4 raises NoMethodError (converter/html.rb#footnote_content).
    if (def.children.length === 0) {
      throw new KramdownCrash("undefined method `type' for nil:NilClass", `Footnote [^${name}] holds nothing but link or abbreviation definitions, on which kramdown fails; give it some text.`);
    }
    let para: N = null;
    let insertSpace = false;
    if (def.children.at(-1)?.type === 'paragraph' || o.footnote_backlink_inline) {
      let parent: N = def;
      while (parent.children?.length > 0 && !PARA_OR_HEADER.has(parent.children.at(-1).type)) parent = parent.children.at(-1);
      para = parent.children?.at(-1) ?? null;
      insertSpace = true;
    }
    if (!para) {
      para = { type: 'paragraph', children: [] };
      def.children.push(para);
      insertSpace = false;
    }
    if (o.footnote_backlink !== '') {
      para.children.push(rawNode(BACKLINK(insertSpace ? nbsp : '', name, label)));
      for (let k = 1; k <= repeat; k++) para.children.push(rawNode(BACKLINK(nbsp, `${name}:${k}`, `${label}<sup>${k + 1}</sup>`)));
    }
    const li = elem('li', { id: `fn:${name}`, role: 'doc-endnote' }, all(state, def), { kd: 'li' });
    (li.data as { kdTight?: boolean }).kdTight = li.children.length === 0;
    ol.children.push(li);
  }
  if (ol.children.length === 0) return null;
  return elem('div', { class: 'footnotes', role: 'doc-endnotes' }, [ol], { kd: 'indented', kdIndent: 0 });
}

interface TocItem {
  level: number;
  li: Element;
  sub: Element;
}

/** `clone`: the entries' children are shared with their headers (the handlers' route) and are copied before fix_for_toc changes them. */
export function tocTree(s: ConvertState, placeholder: Element, clone = true): Element | null {
  const attr = { ...(placeholder.properties as Record<string, string>) };
  attr.id ??= 'markdown-toc';
  const sections = elem(placeholder.tagName, attr, [], { kd: 'indented', kdIndent: 0 });
  const stack: TocItem[] = [];
  const pop = () => {
    const item = stack.pop()!;
    if (item.sub.children.length === 0) item.li.children.pop();
  };
  for (const [level, id, children] of s.toc) {
    const a = elem('a', { href: `#${id}`, id: `${attr.id}-${id}` }, fixForToc(clone ? structuredClone(children) : children));
    const sub = elem(placeholder.tagName, undefined, [], { kd: 'indented' });
    const li = elem('li', undefined, [a, sub], { kd: 'li', kdTight: true });
    const item = { level, li, sub };
    for (;;) {
      if (stack.length === 0) {
        sections.children.push(li);
        stack.push(item);
        break;
      } else if (stack[stack.length - 1].level < level) {
        stack[stack.length - 1].sub.children.push(li);
        stack.push(item);
        break;
      } else pop();
    }
  }
  while (stack.length > 0) pop();
  return sections.children.length > 0 ? sections : null;
}

/** fix_for_toc_entry: no footnote markers, links unwrapped. */
function fixForToc(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) {
    if (n.type === 'element') {
      // fix_for_toc_entry removes :footnote and unwraps :a elements; raw HTML (<a>, <sup>) stays as it is.
      const d = n.data as KdElementData | undefined;
      const html = d?.kdHtml === true || d?.kd === 'html';
      if (!html && n.tagName === 'sup' && (n.properties as Record<string, unknown>).role === 'doc-noteref') continue;
      n.children = fixForToc(n.children);
      if (!html && n.tagName === 'a') {
        for (const x of n.children) out.push(x);
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

export type { Root };
