// jekyll-commonmark-ghpages 0.5 (`markdown: GFM` on GitHub Pages, the CommonMarkGhPages
// converter): commonmarker's HTML with its own renderer (JekyllCommonMarkCustomRenderer in
// lib/jekyll-commonmark-ghpages.rb). Headings get kramdown-like ids; a fenced block whose
// language Rouge knows is highlighted in Rouge's HTMLLegacy wrapper, any other is cmark's
// plain `<pre><code>`, written without the block separators (`cr`) other blocks have.
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { CMARK_HTML } from './html-options.js';
import { highlightCode } from '../../highlight/index.js';
import { codeBlockText } from './code-text.js';
import { sourcepos } from './sourcepos.js';

type Raw = { type: 'raw'; value: string };


// The plain code blocks written: no newline follows them unless a block that starts with one does.
const plainBlocks = new WeakSet<Raw>();
// The highlighted ones (blocks too, with their newlines).
const highlightedBlocks = new WeakSet<Raw>();

/** #code_block: the language is the info string's first word (up to Ruby's \s, ASCII white space only, or a comma). */
export function ghPagesCodeBlock(code: Element, preLang = false): Raw {
  const cls = (code.properties?.className as string[] | undefined)?.find((c) => c.startsWith('language-'));
  const lang = cls === undefined ? undefined : cls.slice('language-'.length).split(/[ \t\n\v\f\r,]/)[0]!;
  const text = codeBlockText(code);
  // Rouge::Lexer.find_fancy(lang, content): highlighted only when Rouge has the lexer.
  const highlighted = lang ? highlightCode(text, lang) : null;
  if (highlighted !== null) {
    const block: Raw = { type: 'raw', value: `<div class="language-${lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${highlighted}</code></pre></div></div>` };
    highlightedBlocks.add(block);
    return block;
  }
  // GITHUB_PRE_LANG (`commonmark: options`): the language goes on the `<pre>` as `lang`, written
  // as it stands (CommonMarker's `out`, no escaping), as it is in the class otherwise.
  const pre = `<pre${sourcepos(code)}`;
  const open = lang === undefined ? `${pre}><code>` : preLang ? `${pre} lang="${lang}"><code>` : `${pre}><code class="language-${lang}">`;
  const block: Raw = { type: 'raw', value: `${open}${escapeCmark(text)}</code></pre>` };
  plainBlocks.add(block);
  return block;
}

// The blocks written between newlines (Renderer#block's `cr`); anything else in a tight list
// item is its paragraph's inline content, written without them (#paragraph when @in_tight).
const BLOCK_TAGS = /^(?:p|ul|ol|li|blockquote|pre|h[1-6]|hr|table|div|section)$/;

// An HTML block of a list item (`htmlBlock`) is a block too: #html writes it between `cr`s.
function isInline(node: ElementContent | Raw | undefined, htmlBlock: (n: ElementContent | Raw) => boolean): boolean {
  if (node === undefined) return false;
  if (node.type === 'element') return !BLOCK_TAGS.test(node.tagName);
  if (node.type === 'raw') return !highlightedBlocks.has(node) && !plainBlocks.has(node) && !htmlBlock(node);
  return node.type === 'text' && node.value !== '\n';
}

// The notes' `<section>`: HtmlRenderer#footnote_def opens it without a `cr` of its own.
function isFootnotes(node: ElementContent | Raw): boolean {
  return node.type === 'element' && node.tagName === 'section' && ((node.properties?.className as string[] | undefined) ?? []).includes('footnotes');
}

// A table: the table extension's renderer (table.c#html_render) opens `<table` without a `cr`.
const isTable = (node: ElementContent | Raw): boolean => node.type === 'element' && node.tagName === 'table';

// A note's back link after its last block: HtmlRenderer#footnote_definition writes it
// (out_footnote_backref) right after the children, without a `cr`.
const isBackref = (node: ElementContent | Raw): boolean =>
  node.type === 'element' && node.tagName === 'a' && ((node.properties?.className as string[] | undefined) ?? []).includes('footnote-backref');

/**
 * The newline after a plain code block goes when nothing that starts with one follows it: another
 * plain code block, a table, the notes' section, a note's back link, or the end of its container (`</li>`, `</blockquote>`, the document). In a
 * tight list item (`tight`) the newlines between it and the item's start or its inline content
 * go too: neither `<li>` nor a tight paragraph writes one. In any list item (`item`, not a note's
 * `<li>`, which #footnote_definition writes with its newline) one that comes first follows `<li>` on its line.
 * Returns whether the children end with a plain code block.
 */
export function joinPlainCodeBlocks(children: Array<ElementContent | Raw>, tight = false, htmlBlock: (n: ElementContent | Raw) => boolean = () => false, item = tight): boolean {
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i]!;
    if (node.type !== 'raw' || !plainBlocks.has(node)) continue;
    const next = children[i + 1];
    const after = children[i + 2];
    const glued = after === undefined || (after.type === 'raw' && plainBlocks.has(after)) || isTable(after) || isFootnotes(after) || isBackref(after) || (tight && isInline(after, htmlBlock));
    if (next?.type === 'text' && next.value === '\n' && glued) children.splice(i + 1, 1);
    const before = children[i - 1];
    if (before?.type === 'text' && before.value === '\n' && ((item && i === 1) || (tight && isInline(children[i - 2], htmlBlock)))) children.splice(i - 1, 1);
  }
  const last = children[children.length - 1];
  return last !== undefined && last.type === 'raw' && plainBlocks.has(last);
}

let stringifier: ReturnType<typeof makeStringifier> | undefined;
const makeStringifier = () => unified().use(rehypeStringify, CMARK_HTML).freeze();
const headingHtml = () => (stringifier ??= makeStringifier());

/** #header: every heading's id from its HTML, in document order, numbered when repeated (#generate_id). */
export function headingIds(tree: Root): void {
  const used = new Map<string, number>();
  const walk = (node: Nodes): void => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element' && HEADINGS.has(node.tagName)) {
      let id = basicId(headingHtml().stringify({ type: 'root', children: node.children }));
      if (id === '') id = 'section';
      const n = used.get(id);
      used.set(id, n === undefined ? 0 : n + 1);
      // (SOURCEPOS: `<h1 data-sourcepos="..." id="...">`, #header's order)
      const at = node.properties['data-sourcepos'];
      node.properties = { ...(at === undefined ? {} : { 'data-sourcepos': at }), id: n === undefined ? id : `${id}-${n + 1}` };
      return;
    }
    if (node.type === 'element' && INLINE_ONLY.has(node.tagName)) return;
    for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Elements whose content is inline (a paragraph's, a code block's, a table's cells): no heading in them.
const INLINE_ONLY = new Set(['p', 'pre', 'code', 'table', 'a', 'em', 'strong', 'del', 'img', 'sup']);

// #basic_generate_id: non-letters at the start of each line (Ruby's ^) go, then everything but
// ASCII letters, digits, spaces and hyphens; spaces become hyphens, letters lower case.
function basicId(html: string): string {
  return html.replace(/(?<![^\n])[^a-zA-Z]+/g, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}

// cmark's escape_html: & < > and ".
function escapeCmark(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
