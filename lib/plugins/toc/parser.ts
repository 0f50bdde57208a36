// jekyll-toc 0.18.0: the table of contents of rendered HTML and the anchors
// before each heading (lib/table_of_contents/parser.rb, helper.rb,
// configuration.rb). The HTML goes through Nokogiri, so anything that edits it
// gives back Nokogiri's serialization (shared/html).
import { attr, elements, parseFragment, textOf, type HtmlElement, type HtmlFragment } from '../shared/html/dom.js';
import { innerHtml } from '../shared/html/serialize.js';
import { escapeHtml, percentBytes } from '../shared/text.js';
import { isHash, toS, truthy } from '../shared/values.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';
import { unassignedInRubyClass } from '../../liquid/ruby/unicode13-unassigned.js';

export interface TocOptions {
  readonly minLevel: number;
  readonly maxLevel: number;
  readonly orderedList: boolean;
  readonly noTocSectionClass: string | string[];
  readonly listId: string;
  readonly listClass: string;
  readonly sublistClass: string;
  readonly itemClass: string;
  readonly itemPrefix: string;
}

const DEFAULTS: Record<string, unknown> = {
  min_level: 1,
  max_level: 6,
  ordered_list: false,
  no_toc_section_class: 'no_toc_section',
  list_id: 'toc',
  list_class: 'section-nav',
  sublist_class: '',
  item_class: 'toc-entry',
  item_prefix: 'toc-',
};

export const TOC_OPTION_NAMES = Object.keys(DEFAULTS);

/** Configuration#initialize: the defaults merged with `toc:` when it is a hash. */
export function tocOptions(config: unknown): TocOptions {
  const o = isHash(config) ? { ...DEFAULTS, ...config } : DEFAULTS;
  const sectionClass = o.no_toc_section_class;
  return {
    minLevel: Number(o.min_level),
    maxLevel: Number(o.max_level),
    orderedList: truthy(o.ordered_list),
    noTocSectionClass: Array.isArray(sectionClass) ? sectionClass.map(toS) : toS(sectionClass),
    listId: toS(o.list_id),
    listClass: toS(o.list_class),
    sublistClass: toS(o.sublist_class),
    itemClass: toS(o.item_class),
    itemPrefix: toS(o.item_prefix),
  };
}

interface Entry {
  id: string;
  text: string;
  nodeName: string;
  heading: HtmlElement;
  level: number;
}

// Helper#generate_toc_id: lower case, punctuation dropped, spaces to dashes, CGI.escape.
// Made on first use, not a literal nor a module-level RegExp: V8 parses a pattern when it is made
// (a /u literal's \p{...} classes when it parses the file), ~2 ms for this one at every start.
let punctuation: RegExp | undefined;
export function generateTocId(text: string): string {
  // String#downcase (Σ is σ, newer case pairs kept); letters newer than Ruby's Unicode are no \p{Word} to it
  punctuation ??= new RegExp(String.raw`[^\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}\- ]|` + unassignedInRubyClass(), 'gu');
  const slug = rubyDowncase(text).replace(punctuation, '').replace(/ /g, '-');
  return slug.replace(/[^a-zA-Z0-9_.\-~]+/g, percentBytes);
}

function classes(el: HtmlElement): string[] {
  return (attr(el, 'class') ?? '').split(/[ \t\n\r\f]+/).filter((c) => c !== '');
}

function inSection(el: HtmlElement, sectionClasses: string[]): boolean {
  for (let p = el.parent; p.type === 'element'; p = p.parent) if (classes(p).some((c) => sectionClasses.includes(c))) return true;
  return false;
}

export class TocParser {
  private readonly doc: HtmlFragment;
  private readonly entries: Entry[];

  constructor(html: string, private readonly options: TocOptions) {
    this.doc = parseFragment(html);
    this.entries = this.parseContent();
  }

  /** Parser#toc: the list, then the HTML with anchors. */
  toc(): string {
    return this.buildToc() + this.injectAnchors();
  }

  buildToc(): string {
    const tag = this.listTag();
    return `<${tag} id="${this.options.listId}" class="${this.options.listClass}">\n${this.buildList(this.entries)}</${tag}>`;
  }

  injectAnchors(): string {
    for (const entry of this.entries) {
      const first = entry.heading.children[0];
      if (!first) throw new Error("undefined method `add_previous_sibling' for nil:NilClass");
      const anchor: HtmlElement = {
        type: 'element',
        name: 'a',
        attrs: [['class', 'anchor'], ['href', `#${entry.id}`], ['aria-hidden', 'true']],
        children: [],
        parent: entry.heading,
      };
      anchor.children.push({ type: 'element', name: 'span', attrs: [['class', 'octicon octicon-link']], children: [], parent: anchor });
      entry.heading.children.unshift(anchor);
    }
    return innerHtml(this.doc);
  }

  private levels(): number[] {
    const out: number[] = [];
    for (let l = this.options.minLevel; l <= this.options.maxLevel; l++) out.push(l);
    return out;
  }

  // Parser#parse_content: headings in the levels, not in a no-TOC section, not of class no_toc.
  private parseContent(): Entry[] {
    const names = new Set(this.levels().map((l) => `h${l}`));
    const sections = [this.options.noTocSectionClass].flat();
    const counts = new Map<string, number>();
    const entries: Entry[] = [];
    for (const el of elements(this.doc)) {
      if (!names.has(el.name) || inSection(el, sections) || classes(el).includes('no_toc')) continue;
      const text = textOf(el);
      const given = attr(el, 'id');
      let id: string;
      if (given !== undefined && given !== null) {
        // The id attribute itself is the key of the count, so a given id is never suffixed.
        id = given;
      } else {
        id = generateTocId(text);
        const n = counts.get(id) ?? 0;
        counts.set(id, n + 1);
        if (n > 0) id = `${id}-${n}`;
      }
      entries.push({ id, text: escapeHtml(text), nodeName: el.name, heading: el, level: Number(el.name.slice(1)) });
    }
    return entries;
  }

  // Parser#build_toc_list.
  private buildList(entries: Entry[]): string {
    let out = '';
    const min = Math.min(...entries.map((e) => e.level));
    const tag = this.listTag();
    const ulAttrs = this.options.sublistClass === '' ? '' : ` class="${this.options.sublistClass}"`;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.level === min) {
        out += `<li class="${this.options.itemClass} ${this.options.itemPrefix}${entry.nodeName}"><a href="#${entry.id}">${entry.text}</a>`;
        const next = i + 1;
        if (next < entries.length && entries[next]!.level > min) {
          const nest = nested(entries.slice(next), min);
          out += `\n<${tag}${ulAttrs}>\n${this.buildList(nest)}</${tag}>\n`;
          i += nest.length;
        }
        out += '</li>\n';
      } else if (entry.level > min) {
        const nest = nested(entries.slice(i), min);
        out += this.buildList(nest);
        i += nest.length - 1;
      }
    }
    return out;
  }

  private listTag(): string {
    return this.options.orderedList ? 'ol' : 'ul';
  }
}

// Parser#get_nest_entries: up to the next entry at the minimum level.
function nested(entries: Entry[], min: number): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    if (e.level === min) break;
    out.push(e);
  }
  return out;
}
