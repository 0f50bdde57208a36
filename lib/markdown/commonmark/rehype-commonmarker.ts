// Makes remark-rehype's HTML tree read as jekyll-commonmark 1.4 writes it
// (commonmarker's HtmlRenderer, jekyll-commonmark/html_renderer.rb):
// fenced code in Rouge's wrapper, raw HTML left out unless UNSAFE, and `"`
// and `>` escaped in text as cmark's escape_html does. Works on the hast, one node type at a time.
import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { rougeHighlighter } from '../../highlight/index.js';
import type { CommonmarkOptions } from './options.js';
import { cmarkFootnotes } from './cmark-footnotes.js';
import { codeBlockText } from './code-text.js';
import { restoreReferenceWhitespace } from './numeric-reference-value.js';
import { ghPagesCodeBlock, headingIds, joinPlainCodeBlocks } from './ghpages.js';
import { sourcepos } from './sourcepos.js';

// `own`: HTML the renderer writes itself (a task item's checkbox), never raw HTML of the source.
type Raw = { type: 'raw'; value: string; own?: true };
const raw = (value: string): Raw => ({ type: 'raw', value });

export default function rehypeCommonmarker(options: CommonmarkOptions) {
  return (tree: Root, file: VFile): void => {
    if (options.footnotes) cmarkFootnotes(tree);
    // CommonMarkGhPages: a document that ends with a plain code block ends without a newline.
    const { cmarkHtmlBlocks: htmlBlocks, cmarkLazyBreaks: lazyBreaks } = file.data as { cmarkHtmlBlocks?: ReadonlySet<number>; cmarkLazyBreaks?: ReadonlyMap<number, string> };
    if (visit(tree, { ...options, htmlBlocks, lazyBreaks }) && tree.type === 'root') file.data.endsWithoutNewline = true;
    if (options.ghpages) headingIds(tree);
  };
}

// Elements whose text children are the newlines between blocks, not soft line breaks.
const BLOCK_HOLDERS = new Set(['ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'section']);

function separatesBlocks(node: Nodes): boolean {
  if (node.type === 'root') return true;
  if (node.type !== 'element') return false;
  if (BLOCK_HOLDERS.has(node.tagName)) return true;
  // (a footnote's `<li id="fnN">` holds blocks only, even an empty note's back link on its own line)
  return node.tagName === 'li' && (node.properties.id !== undefined || node.children.some((c) => c.type === 'element' && c.tagName === 'p'));
}

// Block elements a tight list item holds beside its unwrapped paragraph text.
const BLOCKS = new Set(['ul', 'ol', 'pre', 'blockquote', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p']);

function isBackref(node: ElementContent | Raw | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'a' && hasClass(node, 'footnote-backref');
}

function isBlock(node: ElementContent | Raw | undefined): boolean {
  return node?.type === 'element' && BLOCKS.has(node.tagName);
}

// commonmarker's HtmlRenderer#table writes `<table>` without the cr a block starts with: in a
// list item it follows `<li>` or the text of a tight item's paragraph on the same line (a
// footnote's `<li id="fnN">` is written with its newline). After an HTML block it starts on the
// line after it, the block's text ending in a newline.
function tableOnItemLine(li: Element, htmlBlock: (n: ElementContent | Raw | undefined) => boolean): void {
  if (li.properties.id !== undefined) return;
  li.children = li.children.filter((c, i) => {
    const [before, after] = [li.children[i - 1], li.children[i + 1]];
    return !(c.type === 'text' && c.value === '\n' && after?.type === 'element' && after.tagName === 'table' && !isBlock(before) && !htmlBlock(before));
  });
}

// `htmlBlocks`: where the HTML blocks of list items start (raw in the hast, like inline HTML).
// `lazyBreaks`: the white space cmark keeps at the start of a lazy line after a backslash's hard break, by the break's offset (code-text-lazy.ts).
type VisitOptions = CommonmarkOptions & { readonly htmlBlocks?: ReadonlySet<number> | undefined; readonly lazyBreaks?: ReadonlyMap<number, string> | undefined };

function visit(node: Nodes, options: VisitOptions): boolean {
  if (!('children' in node)) return false;
  const htmlBlock = (n: ElementContent | Raw | undefined): boolean => n?.type === 'raw' && options.htmlBlocks?.has((n as { position?: Position }).position?.start.offset ?? -1) === true;
  if (node.type === 'element' && node.tagName === 'li') tableOnItemLine(node, htmlBlock);
  // HARDBREAKS writes each soft break as `<br />` and a newline, else NOBREAKS as a space.
  const hardbreaks = (options.hardbreaks || options.nobreaks === true) && !separatesBlocks(node);
  const softbreak = options.hardbreaks ? '<br />\n' : ' ';
  const out: Array<ElementContent | Raw> = [];
  let afterBreak = false;
  const children = node.children as Array<ElementContent | Raw>;
  let lazy: string | undefined;
  children.forEach((child, at) => {
    const follows = afterBreak;
    afterBreak = child.type === 'element' && child.tagName === 'br';
    if (child.type === 'text' && lazy !== undefined && child.value.startsWith('\n')) child.value = `\n${lazy}${child.value.slice(1)}`;
    lazy = afterBreak ? options.lazyBreaks?.get((child as { position?: Position }).position?.start.offset ?? -1) : undefined;
    if (hardbreaks && child.type === 'text' && child.value === '\n' && (isBlock(children[at - 1]) || isBlock(children[at + 1]) || htmlBlock(children[at - 1]) || htmlBlock(children[at + 1]) || isBackref(children[at - 1]))) {
      // a tight item's newline before or after a nested block (cmark's cr()), or after the back
      // link a footnote ending in a block has on its own line: not a soft break
      out.push(child);
    } else if (child.type === 'raw' && !(child as Raw).own) {
      // (the stand-in keeps the source's position: an item's HTML block is known by where it starts)
      const { position } = child as { position?: Position };
      const stand = (value: string): Raw => ({ ...raw(value), ...(position === undefined ? {} : { position }) });
      out.push(!options.unsafe ? stand('<!-- raw HTML omitted -->') : options.tagfilter ? stand(tagfilter(child.value)) : child);
    } else if (child.type === 'text') {
      // HARDBREAKS: every soft line break becomes <br /> (html_renderer.rb#softbreak). The line
      // ending right after a hard break (two spaces or `\` at a line's end) is the hard break's own:
      // cmark writes `<br />` and that newline once.
      let value = child.value;
      if (hardbreaks && follows && value.startsWith('\n')) {
        out.push({ type: 'text', value: '\n' });
        value = value.slice(1);
        if (value === '') return;
      }
      const lines = hardbreaks ? value.split('\n') : [value];
      lines.forEach((line, i) => {
        if (i > 0) out.push(raw(softbreak));
        out.push(...escapeQuotes({ type: 'text', value: restoreReferenceWhitespace(line) }));
      });
    } else if (child.type === 'element' && child.tagName === 'pre' && isCode(child.children[0])) {
      out.push(options.ghpages ? ghPagesCodeBlock(child.children[0] as Element, options.githubPreLang === true) : codeBlock(child.children[0] as Element, options.githubPreLang === true));
    } else if (child.type === 'element' && hasClass(child, 'task-list-item')) {
      taskItem(child);
      visit(child, options);
      out.push(child);
    } else {
      if (child.type === 'element' && hasClass(child, 'contains-task-list')) dropClass(child, 'contains-task-list');
      visit(child as Nodes, options);
      const altBreaks = child.type === 'element' ? imageAlt(child, options) : undefined;
      if (altBreaks !== undefined) out.push(...withCmarkAttributes(child as Element, altBreaks));
      else if (child.type === 'element' && hasAngleInAttribute(child)) out.push(...withCmarkAttributes(child));
      else out.push(child);
    }
  });
  (node as { children: unknown[] }).children = out;
  const tightItem = node.type === 'element' && node.tagName === 'li' && !separatesBlocks(node);
  const item = node.type === 'element' && node.tagName === 'li' && node.properties.id === undefined;
  return options.ghpages === true && joinPlainCodeBlocks(out, tightItem, htmlBlock, item);
}

function hasClass(node: Element, name: string): boolean {
  return ((node.properties?.className as string[] | undefined) ?? []).includes(name);
}

function dropClass(node: Element, name: string): void {
  const rest = ((node.properties.className as string[] | undefined) ?? []).filter((c) => c !== name);
  if (rest.length > 0) node.properties.className = rest;
  else delete node.properties.className;
}

// html_renderer.rb#list_item / #tasklist: the checkbox opens the item, then a space, then its content.
function taskItem(li: Element): void {
  dropClass(li, 'task-list-item');
  const holder = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? li;
  const at = holder.children.findIndex((c) => c.type === 'element' && c.tagName === 'input');
  if (at < 0) return;
  const input = holder.children[at] as Element;
  holder.children.splice(at, 1);
  const next = holder.children[at];
  if (next?.type === 'text') next.value = next.value.replace(/^ /, '');
  // An empty task item (`- [ ] ` in a loose list) has no paragraph for cmark; nor has a box whose
  // line a setext underline made a heading (the paragraph mdast-util-to-hast made for the box):
  // the line break after it goes with it, the item's other blocks keep theirs (`- [x] a\n  ===\n\n  b`).
  if (holder !== li && holder.children.length === 0) {
    const at = li.children.indexOf(holder);
    const after = li.children[at + 1];
    li.children.splice(at, after?.type === 'text' && after.value.trim() === '' ? 2 : 1);
    if (li.children.every((c) => c.type === 'text' && c.value.trim() === '')) li.children = [];
  }
  const checked = input.properties?.checked ? 'checked="" ' : '';
  // tasklist.c html_render writes it whether or not UNSAFE lets raw HTML through
  (li.children as Array<ElementContent | Raw>).unshift({ ...raw(`<input type="checkbox" ${checked}disabled="" /> `), own: true });
}

function isCode(node: ElementContent | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'code';
}

// html_renderer.rb#code_block: the language is the first word of the info string.
// GITHUB_PRE_LANG: jekyll-commonmark's renderer writes `data-lang` on the `<pre>` instead.
function codeBlock(code: Element, preLang: boolean): Raw {
  const cls = (code.properties?.className as string[] | undefined)?.find((c) => c.startsWith('language-'));
  const lang = cls ? cls.slice('language-'.length) : undefined;
  const text = codeBlockText(code);
  const dataLang = lang ? ` data-lang="${lang}"` : '';
  const open = `<div class="${lang ? `language-${lang} ` : ''}highlighter-rouge"><div class="highlight"><pre${sourcepos(code)} class="highlight"${preLang ? dataLang : ''}><code${preLang ? '' : dataLang}>`;
  // Rouge::Lexer.find_fancy(nil, code) guesses the language of a block that names none.
  return raw(`${open}${rougeHighlighter(text, lang ?? 'guess')}</code></pre></div></div>`);
}

// cmark's escape_html writes `"` as &quot; and `>` as &gt; in text (and code); hast-util-to-html
// escapes neither.
const CMARK_ONLY = /["]|>/;
const CMARK_REF: Record<string, string> = { '"': '&quot;', '>': '&gt;' };

function escapeQuotes(node: Text): Array<Text | Raw> {
  if (!CMARK_ONLY.test(node.value)) return [node];
  const out: Array<Text | Raw> = [];
  let from = 0;
  for (const m of node.value.matchAll(/["]|>/g)) {
    if (m.index > from) out.push({ type: 'text', value: node.value.slice(from, m.index) });
    out.push(raw(CMARK_REF[m[0]]!));
    from = m.index + 1;
  }
  if (from < node.value.length) out.push({ type: 'text', value: node.value.slice(from) });
  return out;
}

// A link's title or an image's alt text with `<`, `>`, `'` or a backtick: cmark's escape_html
// escapes only & < > " there, hast-util-to-html also ' and ` but not < >; such an element is
// written here (remark's a and img, attributes in cmark's order: href/src, alt, title), its URL
// as escape_href leaves it (already percent-encoded; & and ' as references).
const URL_ATTRIBUTES = new Set(['href', 'src']);

function hasAngleInAttribute(node: Element): boolean {
  return ['title', 'alt'].some((k) => typeof node.properties?.[k] === 'string' && /[<>'`]/.test(node.properties[k] as string));
}

// An image's alt text: Renderer#render writes a soft break of the "plain" label through
// HtmlRenderer#softbreak all the same, so HARDBREAKS puts `<br />` (unescaped) and a newline there
// and NOBREAKS a space. The alt's lines (its soft breaks are its only source newlines; a reference's
// `&#10;` is a placeholder until restoreReferenceWhitespace) when HARDBREAKS splits it, else undefined.
function imageAlt(node: Element, options: VisitOptions): string[] | undefined {
  const alt = node.properties.alt;
  if (typeof alt !== 'string') return undefined;
  if (options.hardbreaks && alt.includes('\n')) return alt.split('\n').map(restoreReferenceWhitespace);
  node.properties.alt = restoreReferenceWhitespace(options.nobreaks === true ? alt.replace(/\n/g, ' ') : alt);
  return undefined;
}

function withCmarkAttributes(node: Element, altLines?: readonly string[]): Array<ElementContent | Raw> {
  const attrs = Object.entries(node.properties ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => {
      const value = Array.isArray(v) ? v.join(' ') : String(v);
      if (k === 'alt' && altLines !== undefined) return ` alt="${altLines.map(escapeAttribute).join('<br />\n')}"`;
      return ` ${k === 'className' ? 'class' : k}="${URL_ATTRIBUTES.has(k) ? escapeHref(value) : escapeAttribute(value)}"`;
    })
    .join('');
  if (node.tagName === 'img') return [raw(`<img${attrs} />`)];
  return [raw(`<${node.tagName}${attrs}>`), ...node.children, raw(`</${node.tagName}>`)];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeHref(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');
}

// extensions/tagfilter.c as commonmarker 0.23.6 runs it: a filtered tag's `<` becomes `&lt;`
// wherever it starts in raw HTML, block or inline (even in an attribute); end tags stay.
const FILTERED = /<(?=(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \t\n\v\f\r>]|\/>))/gi;

function tagfilter(html: string): string {
  return html.replace(FILTERED, '&lt;');
}
