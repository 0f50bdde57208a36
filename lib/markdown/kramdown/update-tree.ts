// After block parsing: span parsing of raw text (kramdown.rb update_tree),
// abbreviations (abbreviation.rb replace_abbreviations) and the GFM pass
// (parser/gfm.rb update_elements: hard line breaks, header ids).
import { isGfmInput } from '../options.js';
import { Scanner } from './scanner.js';
import { R, escapeRe } from './regex.js';
import { category, el, type KEl } from './element.js';
import { updateAttrWithIal } from './attribute-list.js';
import { entityByName, entityChar } from './entities.js';
import { invalidUtf8Made, packedInvalid } from '../../values/invalid-utf8.js';
import { KEPT_BYTE, KramdownCrash } from '../kramdown-crash.js';
import type { Grammar, Parser } from './parser.js';
import { smartQuotes } from './smart-quotes.js';
import { typographicSyms } from './simple-spans.js';
import { rubyDowncase as downcase } from '../../values/ruby-downcase.js';
import { emphasisSpans, SPAN_START, type Typographic } from './emphasis-spans.js';


const typographics = new WeakMap<Grammar, Typographic>();

/** Which of smart quotes and typographic symbols `g` parses (the scanner-free spans then may too). */
function typographic(g: Grammar): Typographic {
  let t = typographics.get(g);
  if (!t) {
    t = { quotes: g.spans.includes(smartQuotes), symbols: g.spans.includes(typographicSyms) };
    typographics.set(g, t);
  }
  return t;
}

export function updateTree(p: Parser, element: KEl): void {
  if (element.children.length === 0) return;
  let lastBlank: KEl | null = null;
  const out: KEl[] = [];
  for (const child of element.children) {
    if (child.type === 'raw_text') {
      lastBlank = null;
      if (!SPAN_START.test(child.value)) {
        const location = child.options.location;
        if (child.value !== '') out.push(el('text', child.value, null, location ? { location } : undefined));
        continue;
      }
      // Emphasis around plain text only (emphasis-spans.ts); not once failed attempts have
      // spent the budget (emphasis then declines), nor on the slow path the tests compare with.
      const simple = p.grammar.dispatch !== undefined && p.budget > 0 ? emphasisSpans(child.value, child.options.location, typographic(p.grammar)) : null;
      if (simple) {
        for (const x of simple) out.push(x);
        continue;
      }
      // (update_tree numbers the lines from the parent's location, not the text's own: raw text
      // a div, quote or the root holds after other blocks warns with the parent's first line)
      p.src = new Scanner(child.value, element.options.location ?? 1);
      p.stack = [];
      p.textType = 'text';
      p.tree = undefined as unknown as KEl;
      child.children = [];
      p.parseSpans(child);
      for (const x of child.children) out.push(x);
    } else if (child.type === 'eob') {
      if (child.options.ial) updateAttrWithIal(p, child.attr, child.options.ial);
    } else if (child.type === 'blank') {
      if (lastBlank) lastBlank.value += child.value;
      else {
        lastBlank = child;
        out.push(child);
      }
    } else {
      lastBlank = null;
      updateTree(p, child);
      if (child.options.ial) updateAttrWithIal(p, child.attr, child.options.ial);
      if (child.type === 'dt' || (child.type === 'header' && autoIdStripping(p))) updateRawText(p, child);
      out.push(child);
    }
  }
  element.children = out;
}

// update_tree reads the option once the blocks are parsed: GFM's #initialize sets it, and a
// {::options auto_id_stripping="false" /} anywhere in the document turns it off again.
function autoIdStripping(p: Parser): boolean {
  return !!p.options.auto_id_stripping;
}

// With U+00A0, as in parser/gfm.rb.
const SYM_CHARS: Record<string, string> = { laquo_space: '«\u00a0', raquo_space: '\u00a0»' };

/** update_raw_text (GFM's version collects code, math and typographic text too). */
function updateRawText(p: Parser, item: KEl): void {
  const gfm = isGfmInput(p.options);
  let raw = '';
  const walk = (c: KEl): void => {
    if (c.type === 'text') raw += c.value;
    else if (gfm && (c.type === 'codespan' || c.type === 'math')) raw += c.value;
    else if (gfm && c.type === 'entity') {
      // `raw_text << child.value.char`: pack('U*')'s bytes where UTF-8 has no character
      // (invalid-utf8.ts); past 2**31-1 char is nil, and `<<` raises
      const ch = entityChar(c.value) ?? packedInvalid(c.value.codePoint);
      if (ch === null) throw new KramdownCrash('no implicit conversion of nil into String', 'A header or definition term holds a character reference past 2**31-1, which has no character: write another.');
      raw += ch;
    }
    else if (gfm && (c.type === 'smart_quote' || c.type === 'typographic_sym')) {
      raw += SYM_CHARS[c.value] ?? entityChar(entityByName(c.value)!) ?? '';
    } else c.children.forEach(walk);
  };
  walk(item);
  item.options.raw_text = raw;
}

/** replace_abbreviations */
export function replaceAbbreviations(p: Parser, element: KEl, res?: [RegExp, RegExp]): void {
  if (p.abbrevDefs.size === 0) return;
  if (!res) {
    const keys = [...p.abbrevDefs.keys()].sort((a, b) => b.length - a.length);
    const union = keys.map((k) => escapeRe(k)).join('|');
    res = [R(`(?:${union})`), R(`(?=(?:\\W|^)(?:${union})(?!\\w))`)];
  }
  const [first, last] = res;
  const out: KEl[] = [];
  for (const child of element.children) {
    if (child.type === 'text' && element.options.content_model !== 'raw') {
      first.lastIndex = 0;
      if (!new RegExp(first.source, 'mu').test(child.value)) {
        out.push(child);
        continue;
      }
      const s = new Scanner(child.value);
      let temp: string | null;
      while ((temp = s.scanUntil(last)) !== null) {
        let abbr = s.scan(first);
        if (abbr === null) {
          temp += s.scan(/\W|^/u) ?? '';
          abbr = s.scan(first);
          if (abbr === null) {
            temp += s.getch();
            out.push(el('text', temp));
            continue;
          }
        }
        out.push(el('text', temp), el('abbreviation', abbr));
      }
      out.push(el('text', s.rest));
    } else {
      replaceAbbreviations(p, child, res);
      out.push(child);
    }
  }
  element.children = out;
}

// NON_WORD_RE: Ruby's \p{Word} (Onigmo: Alphabetic, Mark, Nd, Pc); the zero-width
// joiners of emoji sequences are not in it (`## 🧑‍💻 1. Dev` gets `-1-dev`).
// Built at run time, not a /u literal: V8 checks a literal's \p{...} classes when it parses the
// file, even unused (about 3M instructions each).
let nonWord: RegExp | undefined;
const NON_WORD = (): RegExp => (nonWord ??= new RegExp(String.raw`[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]`, 'gu'));

/**
 * update_elements (parser/gfm.rb). A new children array only where a text splits at hard breaks.
 * `hardBreak` is GFM's @hard_line_break, set in #initialize from hard_wrap as the document
 * starts: a later {::options hard_wrap="..." /} does not change it.
 */
export function updateElements(p: Parser, element: KEl, ids: Map<string, number>, hardBreak: string): void {
  const children = element.children;
  let out: KEl[] | null = null;
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    if (child.type === 'text' && child.value.includes(hardBreak)) {
      out ??= children.slice(0, k);
      const lines: string[] = child.value.split(hardBreak);
      const omit = lines[lines.length - 1] === '' && category(element) === 'block' && children[children.length - 1] === child;
      for (let i = 0; i < lines.length; i++) {
        out.push(el('text', i > 0 ? `\n${lines[i]}` : lines[i]));
        if (i < lines.length - 2 || (i === lines.length - 2 && !omit)) out.push(el('br'));
      }
      continue;
    }
    if (child.type === 'header' && p.options.auto_ids && child.attr.id === undefined) {
      child.attr.id = gfmHeaderId(p, child.options.raw_text ?? '', ids);
    } else if (child.type !== 'html_element' && child.children.length > 0) updateElements(p, child, ids, hardBreak);
    if (out) out.push(child);
  }
  if (out) element.children = out;
}

/** generate_gfm_header_id */
export function gfmHeaderId(p: Parser, text: string, ids: Map<string, number>): string {
  // NON_WORD on ASCII text keeps letters, digits, _ - space and tab: the same without \p classes.
  // String#downcase of a text whose bytes are no UTF-8 (a reference to a surrogate or beyond
  // Unicode, invalid-utf8.ts) raises ArgumentError
  if (invalidUtf8Made() > 0 && KEPT_BYTE.test(text)) throw new KramdownCrash('input string invalid', 'A header refers to a surrogate or a code point beyond Unicode (&#xD800;, &#x110000;), which has no UTF-8: give the header an id ({#id}) or write another character.');
  const lower = downcase(text);
  let result = (/^[\0-\x7f]*$/.test(lower) ? lower.replace(/[^A-Za-z0-9_\- \t]/g, '') : lower.replace(NON_WORD(), '')).replace(/[ \t]/g, '-');
  const n = (ids.get(result) ?? -1) + 1;
  ids.set(result, n);
  if (n > 0) result += `-${n}`;
  return String(p.options.auto_id_prefix ?? '') + result;
}
