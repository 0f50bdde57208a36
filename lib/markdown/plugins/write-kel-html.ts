// kramdown's HTML written straight from the parser's tree (kramdown/converter/html.rb
// convert_p, convert_header, convert_ul, convert_li, convert_table, convert_em, convert_a, ...),
// without building mdast and hast. The converter's route when no unified plugin needs
// those trees; it gives the bytes of the handlers' route (kramdown-parse.ts → the handlers
// → write-kramdown-html.ts), which the tests compare it with. The layout is the one
// write-kramdown-html.ts gives each hast node (block, indented, li...): mirrored here per
// kramdown element, including whether the last thing written ended with a newline.
// Rarer kinds (block HTML elements, standalone images, definition lists, math, comments) go
// through their handler and that writer, one subtree at a time; documents with footnotes,
// abbreviations or a `{:footnotes}` list are left to the handlers' route whole (null). What
// convert_root finishes after the whole document is done here with the handlers' root code:
// footnote references go through their handler (which numbers them), and the footnote list
// (handlers-root.ts footnoteContent) follows the document; a `{:toc}` list is written as a
// marker, replaced by the table of contents (tocTree) once every header is known, as
// convert_root substitutes its placeholder.
import type { KEl } from '../kramdown/element.js';
import type { ParseResult } from '../kramdown/parse.js';
import { toMdast } from '../kramdown/to-mdast.js';
import { checkMatchable } from '../kramdown-crash.js';
import type { KramdownOptions } from '../options.js';
import { initState, type ConvertState, type HandlerConfig } from './convert-state.js';
import { addHighlighterClass, highlightCode, type Handler } from './handlers-block.js';
import { smartQuoteHtml, typographicParts, VOID } from './handlers-span.js';
import { headerId } from './header-ids.js';
import { createBridgeState } from './remark-kramdown-rehype.js';
import { footnoteContent, tocTree } from './handlers-root.js';
import { elem } from './hast-nodes.js';
import { inToc } from './header-ids.js';
import { invalidUtf8Made } from '../../values/invalid-utf8.js';
import { attributeString } from './rehype-kramdown-stringify.js';
import { pad, writeKramdownNodes } from './write-kramdown-html.js';
import { entityToStr, escapeAll, escapeText } from '../escape.js';

/** Thrown when the document needs the handlers' whole-document route. */
const WHOLE = Symbol('whole document');
/** Where the `{:toc}` list was (a document holding this text itself takes the handlers' route). */
const TOC_MARK = '\u0000kyll-toc\u0000';

type Refs = { refs?: string[] } | undefined;

class Writer {
  /** Did the last node written end with a newline (write-kramdown-html's `lastNewline`). */
  nl = false;
  readonly o: KramdownOptions;
  readonly s: ConvertState;
  readonly state: any;
  /** Headers of the TOC written here (their entries in `s.toc` get hast children at the end), by entry. */
  readonly tocHeaders = new Map<number, KEl>();
  /** Whether this writer (not a handler of a delegated subtree) took the `{:toc}` list. */
  tocHere = false;

  constructor(readonly config: HandlerConfig, handlers: Readonly<Record<string, Handler>>, o: KramdownOptions) {
    this.o = o;
    this.state = createBridgeState(handlers);
    this.s = initState(this.state, config, o);
  }

  /** A list of children: as write-kramdown-html's `write`, the flag starts false. */
  children(list: readonly KEl[], indent: number): string {
    this.nl = false;
    let out = '';
    for (let k = 0; k < list.length; k++) out += this.node(list[k], indent);
    return out;
  }

  /** `<tag attrs>` + children one level deeper + `</tag>`: the element itself, no layout. */
  inline(tag: string, e: KEl, indent: number): string {
    const inner = this.children(e.children, indent + 2);
    this.nl = false;
    return `<${tag}${attributeString(e.attr)}>${inner}</${tag}>`;
  }

  /** Layout `block`: the element on a line of its own. */
  block(tag: string, attrs: string, e: KEl, indent: number): string {
    const inner = this.children(e.children, indent + 2);
    this.nl = true;
    return `${pad(indent)}<${tag}${attrs}>${inner}</${tag}>\n`;
  }

  /** Layout `indented`: open and close tags on lines of their own, the children between. */
  indented(tag: string, attrs: string, e: KEl, indent: number): string {
    const inner = this.children(e.children, indent + 2);
    this.nl = true;
    return `${pad(indent)}<${tag}${attrs}>\n${inner}${pad(indent)}</${tag}>\n`;
  }

  node(e: KEl, i: number): string {
    switch (e.type) {
      case 'blank':
        this.nl = true;
        return '\n';
      case 'text':
      case 'raw_text': {
        const v: string = e.value;
        this.nl = v.endsWith('\n');
        return escapeText(v);
      }
      case 'p': {
        if (e.options.transparent) {
          // the children take the paragraph's place in its parent's list, one level deeper
          // (convert_p's inner: a block HTML element there, from html_to_native, is indented so)
          let out = '';
          for (let k = 0; k < e.children.length; k++) out += this.node(e.children[k], i + 2);
          return out;
        }
        // a lone image with {:standalone} is a figure: the handler writes it
        if (e.children.length === 1 && e.children[0].type === 'img' && (e.children[0].options.ial as Refs)?.refs?.includes('standalone')) {
          return this.delegate(e, i);
        }
        return this.block('p', attributeString(e.attr), e, i);
      }
      case 'header': {
        const attr = this.o.auto_ids && e.attr.id === undefined ? { ...e.attr, id: headerId(this.s, e.options.raw_text ?? '') } : e.attr;
        const level: number = e.options.level;
        const html = this.block(`h${Math.min(Math.max(level + this.o.header_offset, 1), 6)}`, attributeString(attr), e, i);
        // convert_header: any id, even an empty one, puts the header in the TOC (its hast children made at the end, if a TOC needs them)
        if (typeof attr.id === 'string' && inToc(this.s, level, attr)) {
          this.tocHeaders.set(this.s.toc.length, e);
          this.s.toc.push([level, attr.id, []]);
        }
        return html;
      }
      case 'blockquote':
        return this.indented('blockquote', attributeString(e.attr), e, i);
      case 'hr':
        this.nl = true;
        return `${pad(i)}<hr${attributeString(e.attr)} />\n`;
      case 'ul':
      case 'ol': {
        const refs = (e.options.ial as Refs)?.refs;
        if (refs) {
          // (the list handler's order: the first `{:toc}` list, then the first `{:footnotes}` one)
          if (!this.s.tocPlaceholder && refs.includes('toc')) {
            this.s.tocPlaceholder = elem(e.type, { ...e.attr }, []);
            this.tocHere = true;
            // the placeholder's parent sees no newline after it (kdPlaceholder, write-kramdown-html)
            this.nl = false;
            return TOC_MARK;
          }
          if (refs.includes('footnotes')) throw WHOLE;
        }
        return this.indented(e.type, attributeString(e.attr), e, i);
      }
      case 'li': {
        const first = e.children[0];
        const tight = !first || (first.type === 'p' && !!first.options.transparent);
        let inner = this.children(e.children, i + 2);
        if (tight) checkMatchable(inner, 'A list item');
        if (!tight) inner = `\n${inner}${pad(i)}`;
        else if (this.nl) inner += pad(i);
        this.nl = true;
        return `${pad(i)}<li${attributeString(e.attr)}>${inner}</li>\n`;
      }
      case 'table':
        return this.table(e, i);
      case 'codeblock':
        return this.codeblock(e, i);
      case 'em':
      case 'strong':
        return this.inline(e.type, e, i);
      case 'a': {
        const attrs = attributeString(typeof e.attr.href === 'string' ? e.attr : { ...e.attr, href: '' });
        const inner = this.children(e.children, i + 2);
        this.nl = false;
        return `<a${attrs}>${inner}</a>`;
      }
      case 'codespan':
        return this.codespan(e);
      case 'br':
        this.nl = false;
        return '<br />';
      case 'img':
        // convert_img: the attributes as the parser left them (an HTML <img> made native may have no src or alt)
        this.nl = false;
        return `<img${attributeString(e.attr)} />`;
      case 'html_element':
        // (a block in a span element of raw content is laid out by what it is in: the handlers' route)
        if (e.options.category === 'span' && e.options.content_model === 'raw' && e.children.some((c) => c.type !== 'text')) return this.delegate(e, i);
        if (e.options.category === 'span' && !(e.children.length > 0 && VOID.has(e.value))) {
          // convert_html_element for a span element: its tag, the children in it (`<br />` when void and empty)
          if (e.children.length === 0 && VOID.has(e.value)) {
            this.nl = false;
            return `<${e.value}${attributeString(e.attr)} />`;
          }
          return this.inline(e.value, e, i);
        }
        return this.delegate(e, i);
      case 'entity':
        return this.html(entityToStr(this.o, e.value, e.options.original ?? null));
      case 'typographic_sym': {
        const parts = typographicParts(this.o, e.value);
        return parts.length === 0 ? '' : this.html(parts.join(''));
      }
      case 'smart_quote':
        return this.html(smartQuoteHtml(this.o, e.value));
      case 'footnote':
        // convert_footnote: numbered in the order met (the handler keeps the count in `s`)
        return this.delegate(e, i);
      case 'abbreviation':
        throw WHOLE;
      default:
        return this.delegate(e, i);
    }
  }

  /** HTML for a text node (entities, symbols): the flag as write-kramdown-html sets it. */
  html(s: string): string {
    this.nl = s.endsWith('\n');
    return s;
  }

  /** convert_codespan, with the handlers' highlighting (Rouge's plaintext lexer by default). */
  codespan(e: KEl): string {
    const cls = e.attr.class;
    const m = cls === undefined ? null : /\blanguage-(\S+)/.exec(cls);
    const lang = m ? m[1] : undefined;
    const hl = highlightCode(this.config, this.state, e.value, lang, 'span');
    this.nl = false;
    if (!hl) return `<code${attributeString(e.attr)}>${escapeAll(e.value)}</code>`;
    const a = { ...e.attr };
    addHighlighterClass(a, this.o.syntax_highlighter!, lang ?? hl.defaultLang);
    return `<code${attributeString(a)}>${hl.html}</code>`;
  }

  /** convert_codeblock: Rouge's wrapper divs, or `<pre><code>` with the code escaped. */
  codeblock(e: KEl, i: number): string {
    const cls = e.attr.class;
    // show-whitespaces marks every space: the handler does that
    if (cls !== undefined && /\bshow-whitespaces\b/.test(cls)) return this.delegate(e, i);
    let attr = e.attr;
    // extract_code_language: Ruby's \S, so a full-width space (U+3000) stays in the language.
    let lang: string | undefined;
    const m = cls === undefined ? null : /\blanguage-([^ \t\n\f\r\x0b]+)/.exec(cls);
    if (m) {
      lang = m[1];
      attr = { ...attr, class: cls!.replace(/\blanguage-[^ \t\n\f\r\x0b]+/, '').trim() };
      if (attr.class === '') delete attr.class;
    }
    const hl = highlightCode(this.config, this.state, e.value, e.options.lang ?? lang, 'block');
    this.nl = true;
    if (hl) {
      if (attr === e.attr) attr = { ...attr };
      addHighlighterClass(attr, this.o.syntax_highlighter!, lang ?? hl.defaultLang);
      const inner = hl.wrap ? `<div class="highlight"><pre${attributeString({ class: hl.cssClass })}><code>${hl.html}</code></pre></div>` : hl.html;
      return `${pad(i)}<div${attributeString(attr)}>${inner}${pad(i)}</div>\n`;
    }
    const code = lang ? `<code${attributeString({ class: `language-${lang}` })}>` : '<code>';
    return `${pad(i)}<pre${attributeString(attr)}>${code}${escapeAll(e.value).replace(/\n$/, '')}\n</code></pre>\n`;
  }

  /** convert_table and convert_td: sections, rows and cells each on a line, `th` in the head. */
  table(e: KEl, i: number): string {
    const align: string[] = e.options.alignment;
    let out = `${pad(i)}<table${attributeString(e.attr)}>\n`;
    for (const section of e.children) {
      out += `${pad(i + 2)}<${section.type}${attributeString(section.attr)}>\n`;
      const cellTag = section.type === 'thead' ? 'th' : 'td';
      for (const row of section.children) {
        out += `${pad(i + 4)}<tr${attributeString(row.attr)}>\n`;
        for (let k = 0; k < row.children.length; k++) {
          const cell = row.children[k];
          const a = align[k];
          const attrs = a && a !== 'default'
            ? attributeString({ ...cell.attr, style: (cell.attr.style !== undefined ? `${cell.attr.style}; ` : '') + `text-align: ${a}` })
            : attributeString(cell.attr);
          const inner = cell.children.length > 0
            ? this.children(cell.children, i + 8)
            : escapeText(entityToStr(this.o, { codePoint: 160, name: 'nbsp' }));
          out += `${pad(i + 6)}<${cellTag}${attrs}>${inner}</${cellTag}>\n`;
        }
        out += `${pad(i + 4)}</tr>\n`;
      }
      out += `${pad(i + 2)}</${section.type}>\n`;
    }
    this.nl = true;
    return `${out}${pad(i)}</table>\n`;
  }

  /** One subtree through its handler and write-kramdown-html (what the handlers' route does). */
  delegate(e: KEl, i: number): string {
    const r = this.state.one(toMdast(e), undefined);
    const list = r === undefined ? [] : Array.isArray(r) ? r : [r];
    if (list.length === 0) return '';
    const { html, newline } = writeKramdownNodes(list, i);
    this.nl = newline;
    return html;
  }
}

/**
 * The document's HTML written from the parse result, or null when it needs the handlers'
 * whole-document route (abbreviations, a footnotes placeholder, a TOC placeholder in a
 * subtree left to the handlers).
 */
export function writeKelHtml(result: ParseResult, config: HandlerConfig, handlers: Readonly<Record<string, Handler>>): string | null {
  if (result.abbrevDefs.size > 0) return null;
  const w = new Writer(config, handlers, result.options);
  // (Writer#children, keeping apart the top-level part that holds the TOC's marker)
  let html = '';
  let before: string | undefined;
  let part = '';
  try {
    const list = result.root.children;
    w.nl = false;
    for (let k = 0; k < list.length; k++) {
      const had = w.tocHere;
      const out = w.node(list[k], 0);
      if (!had && w.tocHere) {
        before = html;
        part = out;
        html = '';
      } else html += out;
    }
  } catch (error) {
    if (error === WHOLE) return null;
    throw error;
  }
  // convert_root: the footnote list first (its definitions may hold headers of the TOC)
  const notes = w.s.footnotes.length > 0 ? footnoteContent(w.state, w.s) : null;
  // a placeholder met inside a subtree (or a footnote) left to the handlers
  if (w.s.footnotePlaceholder || (w.s.tocPlaceholder && !w.tocHere)) return null;
  if (notes) html += writeKramdownNodes([notes], 0).html;
  if (before === undefined) return html;
  const toc = withToc(w, part);
  return toc === null ? null : before + toc + html;
}

/**
 * convert_root's substitution of the TOC placeholder in `part` (the top-level part that holds
 * it), or null for the handlers' route: where the marker is not unique there, or where
 * kramdown's regexps may raise on the text (checkMatchable).
 */
function withToc(w: Writer, part: string): string | null {
  const at = part.indexOf(TOC_MARK);
  if (at === -1 || part.includes(TOC_MARK, at + 1) || invalidUtf8Made() > 0) return null;
  // (the children of a header with a footnote cannot be converted again: that counts a reference)
  for (const header of w.tocHeaders.values()) if (holdsFootnote(header)) return null;
  const toc = w.s.toc;
  for (const [k, header] of w.tocHeaders) toc[k][2] = w.state.all(toMdast(header));
  // (not copied: the children are this TOC's own, or those of a delegated header already written)
  const tree = tocTree(w.s, w.s.tocPlaceholder!, false);
  const list = tree ? writeKramdownNodes([tree], 0).html : '';
  return part.slice(0, at) + list + part.slice(at + TOC_MARK.length);
}

function holdsFootnote(e: KEl): boolean {
  for (const c of e.children) if (c.type === 'footnote' || holdsFootnote(c)) return true;
  return false;
}
