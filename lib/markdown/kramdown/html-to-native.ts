// kramdown's `html_to_native` (parser/html.rb ElementConverter): with the option on, the kramdown
// parser hands each HTML element it has just read (block or span level) to this converter, which
// turns what kramdown has a native element for into that element (em, strong, a, img, p, lists,
// headers, simple tables, blockquote, code, pre, hr, br, math scripts), so that the converter
// writes them as it writes Markdown's; the rest stays HTML, its text with whitespace collapsed and
// entities read as kramdown's own elements.
import { category, el, type KEl } from './element.js';
import { entityByCode, entityByName, entityChar } from './entities.js';
import { HTML_BLOCK_ELEMENTS, HTML_ENTITY_SRC, HTML_SPAN_ELEMENTS, contentModel } from './patterns.js';
import { R } from './regex.js';
import { KramdownCrash } from '../kramdown-crash.js';

const REMOVE_TEXT_CHILDREN = new Set('html head hgroup ol ul dl table colgroup tbody thead tfoot tr select optgroup'.split(' '));
const WRAP_TEXT_CHILDREN = new Set('body section nav article aside header footer address div li dd blockquote figure figcaption fieldset form'.split(' '));
const REMOVE_WHITESPACE_CHILDREN = new Set('body section nav article aside header footer address div li dd blockquote figure figcaption td th fieldset form'.split(' '));
const STRIP_WHITESPACE = new Set('address article aside blockquote body caption dd div dl dt fieldset figcaption form footer header h1 h2 h3 h4 h5 h6 legend li nav p section td th'.split(' '));
const SIMPLE_ELEMENTS = new Set('em strong blockquote hr br img p thead tbody tfoot tr td th ul ol dl li dl dt dd'.split(' '));
const EMPHASIS: Record<string, string> = { em: 'em', i: 'em', strong: 'strong', b: 'strong' };
const SMART_QUOTES = new Set(['lsquo', 'rsquo', 'ldquo', 'rdquo']);
const TYPOGRAPHIC = new Set(['mdash', 'ndash', 'hellip', 'laquo', 'raquo']);

/** ElementConverter.convert(root, el): `e` (an element the parser just read) and what it holds. */
export function htmlToNative(e: KEl): void {
  process(e, true, false, null);
}

/**
 * converter/html.rb convert_td reads the row's section (`@stack[-2].type`) and the table's
 * alignment (`@stack[-3].options[:alignment][...]`): a cell html_to_native made outside a table
 * (`<td>` alone, in a div, a list or a lone `<tr>`) raises there, the first one in the document;
 * so does a `<th>` outside a table, which has no convert_th.
 */
export function checkNativeCells(root: KEl): void {
  const stack: KEl[] = [];
  const fail = (message: string): never => {
    throw new KramdownCrash(message, 'With html_to_native, an HTML <td> or <th> outside a <table> has no table for kramdown to align it in: put it in a table.');
  };
  const walk = (e: KEl): void => {
    // a <th> outside a table stays :th, which the converter has no method for
    if (e.type === 'th') fail("undefined method `convert_th' for an instance of Kramdown::Converter::Html");
    if (e.type === 'td') {
      const n = stack.length;
      if (n < 2) fail("undefined method `type' for nil:NilClass");
      if (n < 3) fail("undefined method `options' for nil:NilClass");
      if (!Array.isArray(stack[n - 3].options.alignment)) fail("undefined method `[]' for nil:NilClass");
    }
    stack.push(e);
    for (const c of e.children) walk(c);
    stack.pop();
  };
  walk(root);
}

const isBlock = (e: KEl): boolean => category(e) === 'block';

function process(e: KEl, convert: boolean, preserveText: boolean, parent: KEl | null): void {
  if (e.type === 'xml_comment' || e.type === 'xml_pi') {
    const ptype = parent === null ? 'div' : parent.type === 'html_element' ? parent.value : parent.type === 'codespan' ? 'code' : parent.type === 'codeblock' ? 'pre' : parent.type === 'header' ? 'h1' : parent.type;
    e.options = { category: contentModel(String(ptype)) === 'span' ? 'span' : 'block' };
    return;
  }
  if (e.type !== 'html_element') return;
  const name = String(e.value);
  const special = convert ? CONVERTERS[name] : undefined;
  if (special) return special(e);
  if (convert && REMOVE_TEXT_CHILDREN.has(name)) removeTextChildren(e);
  if (convert && SIMPLE_ELEMENTS.has(name)) {
    setBasics(e, name);
    processChildren(e, convert, preserveText);
  } else processHtmlElement(e, convert, preserveText);
  if (convert) {
    if (STRIP_WHITESPACE.has(name)) stripWhitespace(e);
    if (REMOVE_WHITESPACE_CHILDREN.has(name)) removeWhitespaceChildren(e);
    if (WRAP_TEXT_CHILDREN.has(name)) wrapTextChildren(e);
  }
}

function processChildren(e: KEl, convert = true, preserveText = false): void {
  e.children = e.children.flatMap((c) => {
    if (c.type === 'text') return processText(String(c.value), preserveText || !convert);
    process(c, convert, preserveText, e);
    return [c];
  });
}

let entityRe: RegExp | undefined;

/** Text of HTML: whitespace collapsed (unless `preserve`), entities as entity, smart quote and typographic elements. */
function processText(raw: string, preserve = false): KEl[] {
  const text = preserve ? raw : raw.replace(/[ \t\r\n\f\v]+/g, ' ');
  const re = (entityRe ??= R(HTML_ENTITY_SRC, 'g'));
  const out: KEl[] = [];
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) {
      out.push(el('text', text.slice(pos)));
      break;
    }
    out.push(el('text', text.slice(pos, m.index)));
    pos = m.index + m[0].length;
    if (m[1] !== undefined && SMART_QUOTES.has(m[1])) out.push(el('smart_quote', m[1]));
    else if (m[1] !== undefined && TYPOGRAPHIC.has(m[1])) out.push(el('typographic_sym', m[1]));
    else {
      const entity = m[1] !== undefined ? entityByName(m[1]) : entityByCode(m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3]!, 16));
      if (entity) out.push(el('entity', entity, null, { original: m[0] }));
      else {
        // no entity of that name (Kramdown::Error): an `&`, and the text goes on after it
        pos = m.index + 1;
        out.push(el('entity', entityByName('amp')));
      }
    }
  }
  return out;
}

function processHtmlElement(e: KEl, convert = true, preserveText = false): void {
  e.options = { category: HTML_SPAN_ELEMENTS.has(e.value) ? 'span' : 'block', content_model: convert ? contentModel(e.value) : 'raw' };
  processChildren(e, convert, preserveText);
}

function removeTextChildren(e: KEl): void {
  e.children = e.children.filter((c) => c.type !== 'text');
}

function wrapTextChildren(e: KEl): void {
  const out: KEl[] = [];
  let lastIsP = false;
  for (const c of e.children) {
    if (!isBlock(c) || c.type === 'text') {
      if (!lastIsP) {
        out.push(el('p', null, null, { transparent: true }));
        lastIsP = true;
      }
      out[out.length - 1]!.children.push(c);
    } else {
      out.push(c);
      lastIsP = false;
    }
  }
  e.children = out;
}

function stripWhitespace(e: KEl): void {
  if (e.children.length === 0) return;
  const first = e.children[0]!;
  if (first.type === 'text') first.value = String(first.value).replace(/^[ \t\r\n\f\v]+/, '');
  const last = e.children[e.children.length - 1]!;
  if (last.type === 'text') last.value = String(last.value).replace(/[ \t\r\n\f\v\0]+$/, '');
}

function removeWhitespaceChildren(e: KEl): void {
  const list = e.children;
  e.children = list.filter((c, i) => !(c.type === 'text' && String(c.value).trim() === '' && (i === 0 || i === list.length - 1 || (isBlock(list[i - 1]!) && isBlock(list[i + 1]!)))));
}

function setBasics(e: KEl, type: string, options: Record<string, unknown> = {}): void {
  e.type = type;
  e.options = options;
  e.value = null;
}

function extractText(e: KEl): string {
  let raw = e.type === 'text' ? String(e.value ?? '') : '';
  for (const c of e.children) raw += extractText(c);
  return raw;
}

const CONVERTERS: Record<string, (e: KEl) => void> = {
  textarea: (e) => processHtmlElement(e, true, true),
  a(e) {
    if (e.attr.href !== undefined) {
      setBasics(e, 'a');
      processChildren(e);
    } else processHtmlElement(e, false);
  },
  em: convertEmphasis,
  i: convertEmphasis,
  strong: convertEmphasis,
  b: convertEmphasis,
  h1: convertHeader,
  h2: convertHeader,
  h3: convertHeader,
  h4: convertHeader,
  h5: convertHeader,
  h6: convertHeader,
  code: convertCode,
  pre: convertCode,
  table: convertTable,
  script(e) {
    if (!/\bmath\/tex\b/.test(e.attr.type ?? '')) return processHtmlElement(e);
    const display = /mode=display/.test(e.attr.type ?? '');
    setBasics(e, 'math', { category: display ? 'block' : 'span' });
    const first = e.children.shift();
    e.value = String(first?.value ?? '').replace(/^(?:%\s*)?<!\[CDATA\[\n?([^]*?)(?:\s%)?\]\]>$/, '$1');
    delete e.attr.type;
  },
};

// Emphasis whose text starts or ends with whitespace stays HTML (kramdown could not write it back).
function convertEmphasis(e: KEl): void {
  const text = extractText(e);
  if (/^[ \t\r\n\f\v]/.test(text) || /[ \t\r\n\f\v]$/.test(text)) return processHtmlElement(e, false);
  setBasics(e, EMPHASIS[e.value]!);
  processChildren(e);
}

function convertHeader(e: KEl): void {
  const level = Number(String(e.value).charAt(1));
  setBasics(e, 'header', { level });
  e.options.raw_text = extractText(e);
  processChildren(e);
}

// <code> a code span, <pre> a code block, when their text (entities read) is plain text.
function convertCode(e: KEl): void {
  const result = processText(extractText(e), true);
  let text: string | undefined = '';
  for (const c of result) {
    if (c.type === 'text') text += String(c.value);
    else if (c.type === 'entity') {
      const cp = c.value.codePoint as number;
      const ch = [60, 62, 34, 38].includes(cp) ? String.fromCharCode(cp) : entityChar(c.value);
      if (ch === null) {
        text = undefined; // Entity#char gives nil: `mem << nil` raises, the elements stay
        break;
      }
      text += ch;
    } else {
      const ch = entityByName(String(c.value));
      text += ch ? (entityChar(ch) ?? '') : '';
    }
  }
  const single = text !== undefined ? [el('text', text)] : result;
  if (single.length > 1 || single[0]!.type !== 'text') return processHtmlElement(e, false, true);
  if (e.value === 'code') {
    setBasics(e, 'codespan');
    if (e.attr.class !== undefined) e.attr.class = e.attr.class.replace(/\s+\bhighlighter-\w+\b|\bhighlighter-\w+\b\s*/g, '');
  } else {
    const only = e.children.length === 1 ? e.children[0]! : undefined;
    setBasics(e, 'codeblock');
    if (only && only.value === 'code') {
      const lang = /\blanguage-\S+/.exec(only.attr.class ?? '');
      if (lang) e.attr.class = `${lang[0]} ${e.attr.class ?? ''}`.trimEnd();
    }
  }
  e.value = single[0]!.value;
  e.children = [];
}

function convertTable(e: KEl): void {
  if (!isSimpleTable(e)) return processHtmlElement(e, false);
  removeTextChildren(e);
  processChildren(e);
  setBasics(e, 'table');
  const calcAlignment = (c: KEl): void => {
    if (c.type === 'tr') {
      e.options.alignment = c.children.map((td) => {
        const style = td.attr.style;
        if (style === undefined) return 'default';
        const m = /(?:;\s*)?text-align:\s+(center|left|right)/.exec(style);
        if (m) td.attr.style = style.slice(0, m.index) + style.slice(m.index + m[0].length);
        if (td.attr.style!.trim() === '') delete td.attr.style;
        return m ? m[1] : 'default';
      });
    } else c.children.forEach(calcAlignment);
  };
  calcAlignment(e);
  e.children = e.children.filter((c) => c.type !== 'html_element');
  const thToTd = (c: KEl): void => {
    if (c.type === 'th') c.type = 'td';
    else c.children.forEach(thToTd);
  };
  thToTd(e);
  // `el.children.first.type`: a table of no rows (`<table></table>`) raises
  if (e.children.length === 0) throw new KramdownCrash("undefined method `type' for nil:NilClass", 'With html_to_native, an HTML <table> without rows has nothing for kramdown to read: give it a row or remove it.');
  if (e.children[0].type === 'tr') {
    const tbody = el('tbody');
    tbody.children = e.children;
    e.children = [tbody];
  }
}

// is_simple_table?: cells of phrasing content only, as many in each row, one alignment for all
// rows, and rows of td only, or a thead of th rows with tbody (and tfoot) of td rows.
function isSimpleTable(table: KEl): boolean {
  const phrasing = (c: KEl): boolean => c.children.every((cc) => (cc.type === 'text' || !HTML_BLOCK_ELEMENTS.has(cc.value)) && phrasing(cc));
  const cellsOk = (c: KEl): boolean => (c.value === 'th' || c.value === 'td' ? phrasing(c) : c.children.every(cellsOk));
  if (!cellsOk(table)) return false;
  const isCell = (c: KEl): boolean => c.value === 'th' || c.value === 'td';
  let cells = 0;
  const countCells = (t: KEl): void => {
    if (t.value === 'tr') {
      const count = t.children.filter(isCell).length;
      if (count !== cells) cells = cells === 0 ? count : -1;
    } else t.children.forEach(countCells);
  };
  countCells(table);
  if (cells === -1) return false;
  let alignment: string[] | undefined;
  const alignOk = (t: KEl): boolean => {
    if (t.value !== 'tr') return t.children.every(alignOk);
    const current: string[] = [];
    for (const cell of t.children.filter(isCell)) {
      const m = /text-align:\s+(center|left|right|justify|inherit)/.exec(cell.attr.style ?? '');
      if (m && (m[1] === 'justify' || m[1] === 'inherit')) return false;
      current.push(m ? m[1]! : 'default');
    }
    alignment ??= current;
    return alignment.join(',') === current.join(',');
  };
  if (!alignOk(table)) return false;
  const rows = (t: KEl, type: string): boolean => t.children.every((r) => (r.value === 'tr' || r.type === 'text') && r.children.every((c) => c.value === type || c.type === 'text'));
  return (
    rows(table, 'td') ||
    (table.children.every((t) => t.type === 'text' || (t.value === 'thead' && rows(t, 'th')) || ((t.value === 'tfoot' || t.value === 'tbody') && rows(t, 'td'))) &&
      table.children.some((t) => t.value === 'tbody'))
  );
}
