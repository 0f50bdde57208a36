// Nokogiri's DocumentFragment#inner_html, as libxml2's HTML serializer writes
// each top-level node (HTMLtree.c htmlNodeDumpFormatOutput, format on): void
// elements without a slash, boolean attributes bare, URL attributes
// percent-escaped, and a newline added around block elements whose first or
// last child is not text.
import { percentBytes } from '../text.js';
import { RAW_TEXT, VOID, type HtmlElement, type HtmlFragment, type HtmlNode } from './dom.js';

/** html40ElementTable elements with isinline 0 (the others it knows are inline). */
const BLOCK = new Set(
  ('address blockquote body caption center col colgroup dd dir div dl dt fieldset form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head hr html isindex legend li link menu meta noframes noscript ol optgroup option p pre table tbody td tfoot th thead title tr ul base style area param')
    .split(' '),
);
/** htmlIsBooleanAttr. */
const BOOLEAN = new Set(['checked', 'compact', 'declare', 'defer', 'disabled', 'ismap', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'selected']);
// xmlURIEscapeStr keeps letters, digits, -_.!~*'() and the list htmlAttrDumpOutput gives.
const URI_KEEP = /[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]/;

export function innerHtml(fragment: HtmlFragment | HtmlElement): string {
  return fragment.children.map((n) => nodeHtml(n)).join('');
}

/** Text as libxml2 writes it: &, < and > escaped. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function uriEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (URI_KEEP.test(ch)) out += ch;
    else out += percentBytes(ch);
  }
  return out;
}

// xmlEncodeEntitiesReentrant on an attribute of an HTML document: &, < and > escaped, except
// that `&{` up to the next `}` is kept as written (HTML 4's script macros, B.7.1), and so is
// `<!--` up to the first `-->` found from its `<` (server-side includes; `<!-->` counts).
const attrEncode = (s: string): string =>
  s.replace(/&\{[^}]*\}|<!--(?:>|->|[\s\S]*?-->)|[&<>]/g, (m) => (m.length > 1 ? m : escapeText(m)));

// xmlBufWriteQuotedString: double quotes unless the value holds one (then single quotes, or
// &quot; when it holds both).
function quoted(v: string): string {
  if (!v.includes('"')) return `"${v}"`;
  if (!v.includes("'")) return `'${v}'`;
  return `"${v.replace(/"/g, '&quot;')}"`;
}

// Control characters other than tab, LF and CR: the parser keeps them in an attribute's value
// (Node#[] has them), but libxml2's serializer leaves them out when it writes the value.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function attrsHtml(el: HtmlElement): string {
  let out = '';
  for (const [name, raw] of el.attrs) {
    out += ` ${name}`;
    if (raw === null || BOOLEAN.has(name)) continue;
    const value = raw.replace(CONTROL, '');
    const isUri = name === 'href' || name === 'action' || name === 'src' || (name === 'name' && el.name === 'a');
    // htmlAttrDumpOutput: a URI attribute is %-escaped after the entity encoding, its leading blanks dropped.
    out += `=${quoted(isUri ? uriEscape(attrEncode(value.replace(/^[ \t\n\r]+/, ''))) : attrEncode(value))}`;
  }
  return out;
}

const isText = (n: HtmlNode | undefined): boolean => n !== undefined && n.type === 'text';

function nodeHtml(node: HtmlNode): string {
  if (node.type === 'text') return node.parent.type === 'element' && RAW_TEXT.has(node.parent.name) ? node.text : escapeText(node.text);
  if (node.type === 'comment') return `<!--${node.text}-->`;
  if (node.type === 'pi') return node.text;
  const el = node;
  const open = `<${el.name}${attrsHtml(el)}>`;
  if (VOID.has(el.name)) return open;
  const kids = el.children;
  // An empty element whose end tag libxml2 saves only when needed (html40ElementTable
  // saveEndTag: of the elements with content, only li) is written without one.
  if (kids.length === 0) return el.name === 'li' ? open : `${open}</${el.name}>`;
  const formats = BLOCK.has(el.name) && kids.length > 1 && !el.name.startsWith('p');
  let out = open;
  if (formats && !isText(kids[0])) out += '\n';
  kids.forEach((child, k) => {
    out += nodeHtml(child);
    const next = kids[k + 1];
    if (child.type === 'element' && BLOCK.has(child.name) && next && !isText(next) && !el.name.startsWith('p')) out += '\n';
  });
  if (formats && !isText(kids[kids.length - 1])) out += '\n';
  return `${out}</${el.name}>`;
}
