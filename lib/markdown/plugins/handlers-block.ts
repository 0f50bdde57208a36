// remark-rehype handlers for block nodes, writing what kramdown's HTML
// converter writes (kramdown/converter/html.rb convert_p, convert_codeblock, …).
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { elem, raw, text, type Child } from './hast-nodes.js';
import { kd, type HandlerConfig } from './convert-state.js';
import { ROUGE_LEXERS } from './rouge-lexers.js';
import { rougeTable, type TableOptions } from '../../highlight/index.js';
import { RubySprintfError } from '../../values/ruby-sprintf.js';
import { KramdownCrash } from '../kramdown-crash.js';
import { escapeAll } from '../escape.js';
import { headerId, inToc } from './header-ids.js';
import type { KdData } from '../types.js';

type N = any;
export type Handler = (state: State, node: N, parent?: N) => Child | Child[] | undefined;

export function attrs(node: N): Record<string, string> {
  return { ...((node.data as KdData | undefined)?.kdAttr ?? {}) };
}

export function all(state: State, node: N): Child[] {
  return state.all(node) as Child[];
}

/** Rouge::Lexer.find_fancy, reduced to: is there a lexer of that name. */
function lexerKnown(lang: string): boolean {
  const q = lang.indexOf('?');
  const name = q < 0 ? lang : lang.slice(0, q);
  return name === 'guess' || ROUGE_LEXERS.has(name);
}

/** add_syntax_highlighter_to_class_attr */
export function addHighlighterClass(attr: Record<string, string>, name: string, lang: string): void {
  // the same few classes come back for every code span and block: each worked out once
  const key = `${attr.class ?? ''}\0${name}\0${lang}`;
  let out = highlighterClasses.get(key);
  if (out === undefined) {
    const cls = `${attr.class ?? ''} highlighter-${name}`.replace(/^[ \t\n\f\r\x0b]+/, '');
    let done = false;
    out = cls.replace(/\blanguage-[^ \t\n\f\r\x0b]+|^/, (m) => {
      if (done) return m;
      done = true;
      return m === '' ? `language-${lang} ` : `language-${lang}`;
    });
    if (highlighterClasses.size >= 256) highlighterClasses.clear();
    highlighterClasses.set(key, out);
  }
  attr.class = out;
}

const highlighterClasses = new Map<string, string>();

export interface Highlighted {
  readonly html: string;
  readonly defaultLang: string;
  /** The class of the block's <pre> (css_class; the outer div is always "highlight"). */
  readonly cssClass: string;
  /** HTMLLegacy's `wrap` (HTMLPygments' <div class="highlight"><pre><code>); false for spans. */
  readonly wrap: boolean;
}

/** Ruby's truthiness, as Rouge::Formatters::HTMLLegacy tests its options. */
const rubyTruthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

// syntax_highlighter/rouge.rb#prepare_options: the top-level options, overridden by
// those under `span:` or `block:` for that kind of code.
function rougeOptions(all: Record<string, unknown>, type: 'block' | 'span'): Record<string, unknown> {
  const { span, block, ...rest } = all;
  const own = type === 'span' ? span : block;
  return own && typeof own === 'object' ? { ...rest, ...(own as Record<string, unknown>) } : rest;
}

/** What highlightCode needs of the options for one kind of code, worked out once per option set. */
interface RougeSetting {
  readonly opts: Record<string, unknown>;
  readonly defaultLang: string | undefined;
  readonly cssClass: string;
  /** rouge.rb#call, for each language met: is it highlighted (a lexer, not disabled...). */
  readonly highlights: Map<string, boolean>;
}

const settings = new WeakMap<Record<string, unknown>, { block?: RougeSetting; span?: RougeSetting }>();

function rougeSetting(all: Record<string, unknown>, type: 'block' | 'span'): RougeSetting {
  let both = settings.get(all);
  if (!both) settings.set(all, both = {});
  let setting = both[type];
  if (!setting) {
    const opts = rougeOptions(all, type);
    setting = both[type] = {
      opts,
      defaultLang: typeof opts.default_lang === 'string' ? opts.default_lang : undefined,
      cssClass: typeof opts.css_class === 'string' ? opts.css_class : 'highlight',
      highlights: new Map(),
    };
  }
  return setting;
}

/** rouge.rb#call: disabled, no lexer, or plaintext without guessing: kramdown writes the code itself. */
function highlights(setting: RougeSetting, lang: string): boolean {
  let yes = setting.highlights.get(lang);
  if (yes === undefined) {
    yes = !rubyTruthy(setting.opts.disable) && lexerKnown(lang) && !(lang.split('?')[0] === 'plaintext' && !rubyTruthy(setting.opts.guess_lang));
    if (setting.highlights.size < 256) setting.highlights.set(lang, yes);
  }
  return yes;
}

// HTMLTable#initialize: the options under their names, each written with Ruby's to_s (nil as
// nothing) when given; line_format goes through sprintf, and a bad one raises as in Ruby.
function tableOptions(opts: Record<string, unknown>): TableOptions {
  const given = (key: string): string | undefined => (key in opts ? (opts[key] == null ? '' : String(opts[key])) : undefined);
  return {
    startLine: typeof opts.start_line === 'number' ? opts.start_line : 1,
    lineFormat: given('line_format'),
    tableClass: given('table_class'),
    gutterClass: given('gutter_class'),
    codeClass: given('code_class'),
  };
}

export function highlightCode(config: HandlerConfig, state: State, code: string, lang: string | undefined, type: 'block' | 'span'): Highlighted | null {
  const s = kd(state, config);
  // Converter.syntax_highlighter: kramdown has Rouge (ours); other names (pygments...) write plain code.
  if (s.o.syntax_highlighter !== 'rouge') return null;
  // The options object is the converter's (or a document's {::options}): its merge is kept.
  const setting = rougeSetting(s.o.syntax_highlighter_opts as Record<string, unknown>, type);
  const { opts, defaultLang, cssClass } = setting;
  const effective = lang ?? defaultLang;
  // rouge.rb#call: no language and no guessing, disabled, or no lexer: kramdown writes the code itself.
  if (!effective || !highlights(setting, effective)) return null;
  let html = s.highlight(code, lang ?? defaultLang);
  // HTMLLegacy: HTMLTable when line_numbers, HTMLPygments unless wrap is false (always for spans)
  if (rubyTruthy(opts.line_numbers)) {
    try {
      html = rougeTable(html, code, tableOptions(opts));
    } catch (error) {
      if (!(error instanceof RubySprintfError)) throw error;
      throw new KramdownCrash(error.message, `The kramdown syntax_highlighter_opts line_format ${JSON.stringify(opts.line_format)} is not a sprintf format of one line number (e.g. '%i')`);
    }
  }
  const wrap = type === 'block' && rubyTruthy('wrap' in opts ? opts.wrap : true);
  return { html, defaultLang: defaultLang ?? '', cssClass, wrap };
}

// A transparent paragraph's children stand in its place one level deeper (convert_p's inner):
// it shows on a block HTML element there (html_to_native), laid out at its indent.
function deeper<T>(children: T): T {
  if (Array.isArray(children)) for (const c of children) if (c && c.type === 'element') c.data = { ...c.data, kdDeeper: true };
  return children;
}

export function createBlockHandlers(config: HandlerConfig): Record<string, Handler> {
  return {
    kdBlank: () => text('\n'),
    paragraph(state, node) {
      const children = all(state, node);
      if ((node.data as KdData | undefined)?.kdTransparent) return deeper(children);
      const only = node.children.length === 1 ? node.children[0] : null;
      if (only && only.type === 'image' && (only.data as KdData | undefined)?.kdRefs?.includes('standalone')) {
        return standaloneImage(node, only);
      }
      return elem('p', attrs(node), children, { kd: 'block' });
    },
    heading(state, node) {
      const s = kd(state, config);
      const attr = attrs(node);
      if (s.o.auto_ids && attr.id === undefined) attr.id = headerId(s, (node.data as KdData | undefined)?.kdRawText ?? '');
      const children = all(state, node);
      // convert_header: any id, even an empty one (a header of only symbols), puts the header in the TOC.
      if (typeof attr.id === 'string' && inToc(s, node.depth, attr)) s.toc.push([node.depth, attr.id, children as ElementContent[]]);
      const level = Math.min(Math.max(node.depth + s.o.header_offset, 1), 6);
      return elem(`h${level}`, attr, children, { kd: 'block' });
    },
    blockquote: (state, node) => elem('blockquote', attrs(node), all(state, node), { kd: 'indented' }),
    thematicBreak: (_state, node) => elem('hr', attrs(node), [], { kd: 'void', kdVoid: true }),
    code(state, node) {
      const attr = attrs(node);
      // extract_code_language: Ruby's \S, so a full-width space (U+3000) stays in the language.
      let lang: string | undefined;
      const m = /\blanguage-([^ \t\n\f\r\x0b]+)/.exec(attr.class ?? '');
      if (m) {
        lang = m[1];
        attr.class = attr.class.replace(/\blanguage-[^ \t\n\f\r\x0b]+/, '').trim();
        if (attr.class === '') delete attr.class;
      }
      const infoLang = (node.data as KdData | undefined)?.kdLang ?? lang;
      const hl = highlightCode(config, state, node.value, infoLang, 'block');
      if (hl) {
        addHighlighterClass(attr, kd(state, config).o.syntax_highlighter!, lang ?? hl.defaultLang);
        const inner = hl.wrap ? elem('div', { class: 'highlight' }, [
          elem('pre', { class: hl.cssClass }, [elem('code', undefined, [raw(hl.html)])]),
        ]) : raw(hl.html);
        return elem('div', attr, [inner], { kd: 'code' });
      }
      let body = escapeAll(node.value).replace(/\n$/, '');
      if (/\bshow-whitespaces\b/.test(attr.class ?? '')) body = showWhitespaces(body);
      return elem('pre', attr, [elem('code', lang ? { class: `language-${lang}` } : undefined, [raw(`${body}\n`)])], { kd: 'block' });
    },
    list(state, node) {
      const s = kd(state, config);
      const refs: string[] = (node.data as KdData | undefined)?.kdRefs ?? [];
      const tag = node.ordered ? 'ol' : 'ul';
      if (!s.tocPlaceholder && refs.includes('toc')) {
        s.tocPlaceholder = elem(tag, attrs(node), []);
        return s.tocPlaceholder;
      }
      if (!s.footnotePlaceholder && refs.includes('footnotes')) {
        s.footnotePlaceholder = elem('div', undefined, []);
        return s.footnotePlaceholder;
      }
      return elem(tag, attrs(node), all(state, node), { kd: 'indented' });
    },
    listItem: (state, node) => li('li', state, node),
    kdDefinitionList: (state, node) => elem('dl', attrs(node), all(state, node), { kd: 'indented' }),
    kdDefinitionDescription: (state, node) => li('dd', state, node),
    kdDefinitionTerm(state, node, parent) {
      const attr = attrs(node);
      const refs: string[] = (parent?.data as KdData | undefined)?.kdRefs ?? [];
      if (attr.id === undefined) {
        for (const ref of refs) {
          const m = /^auto_ids(?:-([\w-]+))?/.exec(ref);
          if (m) {
            attr.id = `${m[1] ?? ''}${basicId((node.data as KdData | undefined)?.kdRawText ?? '')}`.replace(/^\s+/, '');
            break;
          }
        }
      }
      return elem('dt', attr, all(state, node), { kd: 'block' });
    },
    kdMath(state, node) {
      const s = kd(state, config);
      const attr = attrs(node);
      const block = node.category === 'block';
      if (s.o.math_engine === 'mathjax') {
        const value = escapeAll(node.value);
        if (Object.keys(attr).length === 0) return raw(block ? `\\[${value}\\]\n` : `\\(${value}\\)`);
        if (block) return elem('div', attr, [raw(`\\[${value}\\]\n`)], { kd: 'block' });
        // math_engine/mathjax.rb: a span with attributes holds the value as it is, unescaped
        return elem('span', attr, [raw(`$${node.value}$`)]);
      }
      // convert_math without an engine: the value goes in unescaped, between $$ or $
      attr.class = `${attr.class ?? ''} kdmath`.replace(/^ +/, '');
      if (block) return elem('div', attr, [raw(`$$\n${node.value}\n$$`)], { kd: 'block' });
      return elem('span', attr, [raw(`$${node.value}$`)]);
    },
  };
}

function li(tag: string, state: State, node: N): Element {
  const first = node.children[0];
  const tight = !first || (first.type === 'paragraph' && !!(first.data as KdData | undefined)?.kdTransparent);
  return elem(tag, attrs(node), all(state, node), { kd: 'li', kdTight: tight });
}

/** convert_codeblock's show-whitespaces: every space and tab in a span of its own. */
function showWhitespaces(code: string): string {
  return code.replace(/(^[ \t]+)|([ \t]+$)|([ \t]+)/gm, (m, lead, trail) => {
    const suffix = lead ? '-l' : trail ? '-r' : '';
    return [...m].map((c) => (c === '\t'
      ? `<span class="ws-tab${suffix}">\t</span>`
      : `<span class="ws-space${suffix}">&#8901;</span>`)).join('');
  });
}

// Ruby's ^ is a line start after \n only (JavaScript's m flag also starts lines after \r and U+2028).
const RUBY_LINE_START_NON_LETTERS = /(?<![^\n])[^a-zA-Z]+/g;

/** basic_generate_id (kramdown/converter/base.rb): `str.gsub(/^[^a-zA-Z]+/, '')`, then tr. */
export function basicId(str: string): string {
  return str.replace(RUBY_LINE_START_NON_LETTERS, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}

/** convert_standalone_image: a lone image with {:standalone} becomes a figure. */
function standaloneImage(p: N, img: N): Element {
  const figure = attrs(p);
  const image = attrs(img);
  if (image.src === undefined) Object.assign(image, { src: img.url, alt: img.alt ?? '' });
  for (const k of ['class', 'id']) {
    if (k in image && !(k in figure)) {
      figure[k] = image[k];
      delete image[k];
    }
  }
  return elem('figure', figure, [
    elem('img', image, [], { kd: 'void', kdVoid: true }),
    elem('figcaption', undefined, [raw(image.alt ?? '')], { kd: 'block' }),
  ], { kd: 'indented' });
}
