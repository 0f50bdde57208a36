// The parser's kramdown-shaped tree as mdast: standard node types where mdast
// has them, the kd* types of ../types.ts where it does not.
import type { KEl } from './element.js';
import type { KdData } from '../types.js';

type Node = Record<string, any>;

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** The node's data: `extra` (undefined or not empty), then kramdown's attributes and IAL references. */
function data(e: KEl, extra?: KdData): KdData | undefined {
  const attr = hasKeys(e.attr);
  const refs = e.options.ial?.refs;
  const withRefs = refs !== undefined && refs.length > 0;
  if (!attr && !withRefs) return extra;
  const d: KdData = { ...extra };
  if (attr) d.kdAttr = e.attr;
  if (withRefs) d.kdRefs = refs;
  return d;
}

function node(type: string, e: KEl, fields: Node, extra?: KdData): Node {
  const n: Node = { type, ...fields };
  const d = data(e, extra);
  if (d) n.data = d;
  return n;
}

export function toMdast(e: KEl, footnotes = new Map<KEl, Node[]>()): Node {
  const kids = (): Node[] => e.children.map((c) => toMdast(c, footnotes));
  switch (e.type) {
    case 'root': return { type: 'root', children: kids() };
    case 'blank': return { type: 'kdBlank', value: e.value };
    case 'p': return node('paragraph', e, { children: kids() }, e.options.transparent ? { kdTransparent: true } : undefined);
    case 'header': return node('heading', e, { depth: e.options.level, children: kids() }, { kdRawText: e.options.raw_text ?? '' });
    case 'blockquote': return node('blockquote', e, { children: kids() });
    case 'codeblock': return node('code', e, { lang: null, meta: null, value: e.value }, e.options.lang !== undefined ? { kdLang: e.options.lang } : undefined);
    case 'hr': return node('thematicBreak', e, {});
    case 'ul': case 'ol': return node('list', e, { ordered: e.type === 'ol', start: null, spread: false, children: kids() });
    case 'li': return node('listItem', e, { spread: false, children: kids() });
    case 'dl': return node('kdDefinitionList', e, { children: kids() });
    case 'dt': return node('kdDefinitionTerm', e, { children: kids() }, { kdRawText: e.options.raw_text ?? '' });
    case 'dd': return node('kdDefinitionDescription', e, { children: kids() });
    case 'html_element':
      if (e.value === 'del' && e.options.category === 'span' && !e.options.content_model && Object.keys(e.attr).length === 0) {
        return { type: 'delete', children: kids() };
      }
      return node('kdHtmlElement', e, {
        tagName: e.value, category: e.options.category ?? 'block', contentModel: e.options.content_model ?? null,
        isClosed: !!e.options.is_closed, children: kids(),
      });
    case 'xml_comment': case 'xml_pi': return { type: 'kdXmlComment', value: e.value, category: e.options.category ?? 'block' };
    case 'comment': return { type: 'kdComment', value: e.value, category: e.options.category ?? 'block' };
    case 'raw': return { type: 'kdRaw', value: e.value, category: e.options.category ?? 'span', formats: e.options.type ?? [] };
    case 'table': return node('kdTable', e, { align: e.options.alignment, children: kids() });
    case 'thead': case 'tbody': case 'tfoot': return node('kdTableSection', e, { section: e.type, children: kids() });
    case 'tr': return node('tableRow', e, { children: kids() });
    case 'td': return node('tableCell', e, { children: kids() });
    case 'math': return node('kdMath', e, { value: e.value, category: e.options.category ?? 'block' });
    case 'footnote': {
      const content = e.value as KEl;
      let children = footnotes.get(content);
      if (!children) {
        children = [];
        footnotes.set(content, children);
        for (const x of content.children.map((c) => toMdast(c, footnotes))) children.push(x);
      }
      return node('kdFootnoteReference', e, { name: e.options.name, children });
    }
    case 'abbreviation': return { type: 'kdAbbreviation', value: e.value, title: '' };
    case 'text': return { type: 'text', value: e.value };
    case 'raw_text': return { type: 'text', value: e.value };
    case 'em': return node('emphasis', e, { children: kids() });
    case 'strong': return node('strong', e, { children: kids() });
    case 'a': return node('link', e, { url: e.attr.href ?? '', title: e.attr.title ?? null, children: kids() });
    case 'img': return node('image', e, { url: e.attr.src ?? '', title: e.attr.title ?? null, alt: e.attr.alt ?? '' }, e.attr.src === undefined ? { kdNoSrc: true } : undefined);
    case 'codespan': return node('inlineCode', e, { value: e.value });
    case 'br': return { type: 'break' };
    case 'entity': return { type: 'kdEntity', value: safeChar(e.value.codePoint), codePoint: e.value.codePoint, name: e.value.name, original: e.options.original ?? null };
    case 'typographic_sym': return { type: 'kdTypographic', value: e.value };
    case 'smart_quote': return { type: 'kdSmartQuote', value: e.value };
    default: return { type: 'kdBlank', value: '' };
  }
}

function safeChar(cp: number): string {
  return cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
}
