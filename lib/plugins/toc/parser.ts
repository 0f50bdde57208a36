// jekyll-toc 0.18.0: the table of contents of rendered HTML and the anchors
// before each heading (lib/table_of_contents/parser.rb, helper.rb,
// configuration.rb). The HTML goes through Nokogiri, so anything that edits it
// gives back Nokogiri's serialization (shared/html).
import { attr, elements, parseFragment, textOf, type HtmlElement, type HtmlFragment, type HtmlNode } from '../shared/html/dom.js';
import { parseInElement } from '../shared/html/pipeline.js';
import { innerHtml } from '../shared/html/serialize.js';
import { escapeHtml, percentBytes } from '../shared/text.js';
import { isHash, toS, truthy } from '../shared/values.js';
import { LiquidFailure } from '../../liquid/errors.js';
import { rubyObjectToS } from '../../liquid/ruby/to-s.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { unassignedInRubyClass } from '../../liquid/ruby/unicode13-unassigned.js';

export interface TocOptions {
  /** The heading levels (Configuration#toc_levels iterated), or the Ruby error iterating it raises. */
  readonly levels: number[] | { error: LiquidFailure };
  readonly orderedList: boolean;
  readonly noTocSectionClass: string | string[];
  readonly listId: string;
  readonly listClass: string;
  /** The sublist class, or the value itself when it has no `empty?` (nil, a number, true/false). */
  readonly sublistClass: string | { readonly noEmpty: unknown };
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


/** Configuration#initialize: the defaults merged with `toc:` when it is a hash. */
export function tocOptions(config: unknown): TocOptions {
  const o = isHash(config) ? { ...DEFAULTS, ...config } : DEFAULTS;
  const sectionClass = o.no_toc_section_class;
  const sublist = o.sublist_class;
  return {
    levels: tocLevels(o.min_level, o.max_level),
    orderedList: truthy(o.ordered_list),
    noTocSectionClass: Array.isArray(sectionClass) ? sectionClass.map(toS) : toS(sectionClass),
    listId: rubyObjectToS(o.list_id),
    listClass: rubyObjectToS(o.list_class),
    sublistClass: typeof sublist === 'string' || Array.isArray(sublist) || isHash(sublist) ? rubyObjectToS(sublist) : { noEmpty: sublist },
    itemClass: rubyObjectToS(o.item_class),
    itemPrefix: rubyObjectToS(o.item_prefix),
  };
}

/**
 * Configuration#toc_levels (`min_level..max_level`) as parse_content iterates it: Integers give
 * their run (none when min > max); a nil or Float start cannot be iterated; a Range of two
 * unlike values (1.."6") cannot be made. Strings of digits count as numbers (String#upto).
 */
function tocLevels(min: unknown, max: unknown): number[] | { error: LiquidFailure } {
  const digits = (v: unknown): boolean => typeof v === 'string' && /^\d+$/.test(v);
  const kind = (v: unknown): string => (v == null ? 'nil' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'other');
  // Range.new: nil at either end makes a begin-/endless range; otherwise the ends must compare
  // ArgumentError, which Liquid's filter call turns into Liquid::ArgumentError ("Liquid error (line N)")
  if (min != null && max != null && kind(min) !== kind(max)) return { error: new LiquidFailure('error', 'bad value for range') };
  // TypeError: no Liquid::Error
  if (min == null) return { error: new LiquidFailure('plain', "can't iterate from NilClass") };
  if (typeof min === 'number' && !Number.isInteger(min)) return { error: new LiquidFailure('plain', "can't iterate from Float") };
  if (typeof min === 'number' && typeof max === 'number') {
    const out: number[] = [];
    for (let l = min; l <= max; l++) out.push(l);
    return out;
  }
  if (digits(min) && digits(max)) {
    const out: number[] = [];
    for (let l = Number(min); l <= Number(max); l++) out.push(l);
    return out;
  }
  // other Strings (String#upto: "a".."c"): names no heading has, none when the start sorts after the end
  if (typeof min === 'string' && typeof max === 'string') return min > max ? [] : [Number.NaN];
  // an endless range never ends in Ruby; anything else: as numbers
  const out: number[] = [];
  for (let l = Number(min); l <= Number(max); l++) out.push(l);
  return out;
}

/**
 * Parser#parse_content's two CSS selectors, as Nokogiri's CSS parser rejects them: no levels
 * (or `no_toc_section_class: []`) make an empty selector; an empty class name makes `. h2`.
 */
function selectorError(levels: number[], sectionClass: string | string[]): string | undefined {
  if (levels.length === 0) return "unexpected '$' after ''";
  const classes = [sectionClass].flat();
  if (classes.length === 0) return "unexpected '$' after ''";
  if (classes.some((c) => c === '')) return "unexpected ' ' after '.'";
  return undefined;
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
      const anchor = anchorNodes(entry.id, entry.heading);
      entry.heading.children.unshift(...anchor);
    }
    return innerHtml(this.doc);
  }

  // Parser#parse_content: headings in the levels, not in a no-TOC section, not of class no_toc.
  private parseContent(): Entry[] {
    const levels = this.options.levels;
    if (!Array.isArray(levels)) throw levels.error;
    const invalid = selectorError(levels, this.options.noTocSectionClass);
    // Nokogiri::CSS::SyntaxError: no Liquid::Error, so no "Liquid error" prefix
    if (invalid) throw new LiquidFailure('plain', invalid);
    const names = new Set(levels.map((l) => `h${l}`));
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
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.level === min) {
        out += `<li class="${this.options.itemClass} ${this.options.itemPrefix}${entry.nodeName}"><a href="#${entry.id}">${entry.text}</a>`;
        const next = i + 1;
        if (next < entries.length && entries[next]!.level > min) {
          const nest = nested(entries.slice(next), min);
          out += `\n<${tag}${this.ulAttributes()}>\n${this.buildList(nest)}</${tag}>\n`;
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

  // Parser#ul_attributes: asked only when a list nests; `sublist_class.empty?` fails on nil, numbers, true.
  private ulAttributes(): string {
    const sublist = this.options.sublistClass;
    // NoMethodError, with the line error_highlight adds (Jekyll's log puts it on one line)
    if (typeof sublist !== 'string') {
      const code = `@ul_attributes ||= @configuration.sublist_class.empty? ? '' : %( class="#{@configuration.sublist_class}") ^^^^^^^`;
      throw new LiquidFailure('plain', `${noMethodText('empty?', sublist.noEmpty)} ${code}`);
    }
    return sublist === '' ? '' : ` class="${sublist}"`;
  }

  private listTag(): string {
    return this.options.orderedList ? 'ol' : 'ul';
  }
}

// Parser#inject_anchors_into_html: the anchor is markup that Nokogiri parses (Node#coerce in the
// heading's context), with the id as written: a given id holding `"` or `&` changes the markup.
function anchorNodes(id: string, heading: HtmlElement): HtmlNode[] {
  if (/["&]/.test(id)) {
    const nodes = parseInElement(`<a class="anchor" href="#${id}" aria-hidden="true"><span class="octicon octicon-link"></span></a>`);
    for (const n of nodes) n.parent = heading;
    return nodes;
  }
  const anchor: HtmlElement = { type: 'element', name: 'a', attrs: [['class', 'anchor'], ['href', `#${id}`], ['aria-hidden', 'true']], children: [], parent: heading };
  anchor.children.push({ type: 'element', name: 'span', attrs: [['class', 'octicon octicon-link']], children: [], parent: anchor });
  return [anchor];
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
