// remark-rehype handlers for span nodes (kramdown/converter/html.rb convert_a,
// convert_codespan, convert_entity, convert_smart_quote, convert_footnote, …).
import type { State } from 'mdast-util-to-hast';
import { elem, raw, text, type Child } from './hast-nodes.js';
import { kd, type HandlerConfig } from './convert-state.js';
import { addHighlighterClass, all, attrs, highlightCode, type Handler } from './handlers-block.js';
import { entityToStr, escapeAll, escapeText } from '../escape.js';
import { entityByCode, entityByName } from '../kramdown/entities.js';
import { KyllError } from '../../errors/kyll-error.js';
import type { KramdownOptions } from '../options.js';
import type { KdData } from '../types.js';


const TYPOGRAPHIC: Record<string, string[]> = {
  mdash: ['mdash'], ndash: ['ndash'], hellip: ['hellip'], laquo_space: ['laquo', 'nbsp'],
  raquo_space: ['nbsp', 'raquo'], laquo: ['laquo'], raquo: ['raquo'],
};
const QUOTE_INDEX: Record<string, number> = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 };

/** A string that is already HTML: plain text when it needs no escaping. */
function outStr(s: string): Child {
  return /[<>&]/.test(s) ? raw(s) : text(s);
}

/** convert_typographic_sym: the HTML of each part (none for an unknown symbol). */
export function typographicParts(o: KramdownOptions, value: string): string[] {
  const custom = (o.typographic_symbols as Record<string, string>)[value];
  if (typeof custom === 'string') return [escapeText(custom)];
  return (TYPOGRAPHIC[value] ?? []).map((n) => entityToStr(o, entityByName(n) ?? { codePoint: 63, name: null }));
}

/** convert_smart_quote: smart_quote_entity looks the configured name or code point up (Utils::Entities.entity). */
export function smartQuoteHtml(o: KramdownOptions, value: string): string {
  const q = o.smart_quotes[QUOTE_INDEX[value] ?? 0];
  const e = typeof q === 'number' ? entityByCode(q) : entityByName(q);
  // ENTITY_MAP raises for a name it does not know; Jekyll's build stops there.
  if (!e) throw new KyllError('MARKDOWN_ERROR', `Can't handle generic non-integer character reference '${q}'`, {}, { hint: 'smart_quotes takes entity names (lsquo, laquo...) or code points (8222), not the characters themselves' });
  return entityToStr(o, e);
}

export function createSpanHandlers(config: HandlerConfig): Record<string, Handler> {
  return {
    text: (_state, node) => text(node.value),
    emphasis: (state, node) => elem('em', attrs(node), all(state, node)),
    strong: (state, node) => elem('strong', attrs(node), all(state, node)),
    delete: (state, node) => elem('del', attrs(node), all(state, node)),
    break: () => elem('br', undefined, [], { kdVoid: true }),
    link(state, node) {
      // kramdown's attributes keep its order; the mdast fields win, so remark plugins can rewrite links.
      const a = attrs(node);
      a.href = node.url;
      if (node.title != null) a.title = node.title;
      else delete a.title;
      return elem('a', a, all(state, node));
    },
    image(_state, node) {
      const a = attrs(node);
      if (a.src !== undefined) a.src = node.url;
      // convert_img: an HTML <img> made native without src keeps its attributes as found (a url a plugin set still adds src)
      else if (!(node.data as KdData | undefined)?.kdNoSrc || node.url !== '') {
        a.src = node.url;
        a.alt = node.alt ?? '';
        if (node.title != null) a.title = node.title;
      }
      return elem('img', a, [], { kdVoid: true });
    },
    inlineCode(state, node) {
      const a = attrs(node);
      const m = /\blanguage-(\S+)/.exec(a.class ?? '');
      const lang = m ? m[1] : undefined;
      const hl = highlightCode(config, state, node.value, lang, 'span');
      if (hl) {
        addHighlighterClass(a, kd(state, config).o.syntax_highlighter!, lang ?? hl.defaultLang);
        return elem('code', a, [raw(hl.html)]);
      }
      return elem('code', a, [raw(escapeAll(node.value))]);
    },
    kdEntity(state, node) {
      const s = kd(state, config);
      return outStr(entityToStr(s.o, { codePoint: node.codePoint, name: node.name }, node.original));
    },
    kdTypographic(state, node) {
      const s = kd(state, config);
      if (typeof (s.o.typographic_symbols as Record<string, string>)[node.value] === 'string') return raw(typographicParts(s.o, node.value)[0]);
      const parts = typographicParts(s.o, node.value).map(outStr);
      return parts.length === 1 ? parts[0] : parts;
    },
    kdSmartQuote(state, node) {
      return outStr(smartQuoteHtml(kd(state, config).o, node.value));
    },
    kdAbbreviation(_state, node) {
      const a: Record<string, string> = { ...(node.data?.kdAttr ?? {}) };
      if (node.title !== '') a.title = node.title;
      // convert_abbreviation writes the matched text as it is, unescaped: `AT&T` stays `AT&T`.
      return elem('abbr', a, [raw(node.value)]);
    },
    kdFootnoteReference(state, node) {
      const s = kd(state, config);
      const name = s.o.footnote_prefix + node.name;
      let repeat = '';
      let number: number;
      const found = s.footnotesByName.get(name);
      if (found) {
        number = found.number;
        repeat = `:${++found.repeat}`;
      } else {
        number = s.footnoteCounter++;
        const entry = { name, node, number, repeat: 0 };
        s.footnotes.push(entry);
        s.footnotesByName.set(name, entry);
      }
      return elem('sup', { id: `fnref:${name}${repeat}`, role: 'doc-noteref' }, [
        elem('a', { href: `#fn:${name}`, class: 'footnote', rel: 'footnote' }, [text(String(number))]),
      ]);
    },
    kdComment(_state, node) {
      if (node.category === 'block') return raw(`<!-- ${node.value} -->`, { kd: 'line' });
      return raw(`<!-- ${node.value} -->`);
    },
    kdXmlComment(_state, node) {
      if (node.category === 'block') return raw(node.value, { kd: 'line', kdRawSensitive: true });
      return raw(node.value);
    },
    kdRaw(_state, node) {
      const f: string[] = node.formats;
      if (f.length === 0 || f.includes('html')) return raw(node.value + (node.category === 'block' ? '\n' : ''));
      return [];
    },
    kdHtmlElement(state, node) {
      const children = all(state, node);
      if (node.category === 'span') {
        return elem(node.tagName, attrs(node), children, { kdVoid: children.length === 0 && VOID.has(node.tagName), kdHtml: true, kdModel: node.contentModel });
      }
      return elem(node.tagName, attrs(node), children, { kd: 'html', kdModel: node.contentModel, kdClosed: node.isClosed });
    },
  };
}

export const VOID = new Set('area base br col command embed hr img input keygen link meta param source track wbr'.split(' '));
