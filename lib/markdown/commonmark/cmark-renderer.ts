// commonmarker 0.23.6's Ruby HtmlRenderer (renderer.rb, renderer/html_renderer.rb) with
// jekyll-commonmark 1.4's code_block (Rouge), over the tree cmark-gfm's parser gives
// (../cmark-wasm.ts): what `markdown: CommonMark` writes; with `ghpages`, jekyll-commonmark-ghpages
// 0.5's JekyllCommonMarkCustomRenderer instead (`markdown: GFM` on GitHub Pages: kramdown-like
// heading ids, Rouge only for a language it knows). Each method is the Ruby one of the same
// name; `cr` looks at the last character written, as Renderer#cr looks at the stream.
import type { CmarkNode } from '../cmark-wasm.js';
import { highlightCode, rougeHighlighter } from '../../highlight/index.js';

/** The render options HtmlRenderer asks about (option_enabled?). */
export interface CmarkRenderOptions {
  readonly unsafe: boolean;
  readonly hardbreaks: boolean;
  readonly nobreaks?: boolean;
  readonly sourcepos?: boolean;
  readonly githubPreLang?: boolean;
  /** `tagfilter` among the extensions (Renderer#initialize). */
  readonly tagfilter: boolean;
  /** jekyll-commonmark-ghpages' renderer (CommonMarkGhPages). */
  readonly ghpages?: boolean;
}

const TYPE = 0;
const FIELDS = 5;
const CHILDREN = 6;

export function renderCmark(doc: CmarkNode, options: CmarkRenderOptions): string {
  let parts: string[] = [];
  let last = '';
  const out = (s: string): void => {
    if (s === '') return;
    parts.push(s);
    last = s[s.length - 1]!;
  };
  let inTight = false;
  let inPlain = false;
  let footnoteIx: number | undefined;
  let writtenFootnoteIx: number | undefined;
  let alignments = '';
  let needsCloseTbody = false;
  let inHeader = false;
  let columnIndex = 0;
  const usedIds = new Map<string, number>();

  const cr = (): void => {
    if (parts.length > 0 && last !== '\n') out('\n');
  };
  const block = (body: () => void): void => {
    cr();
    body();
    cr();
  };
  const sourcepos = (n: CmarkNode): string => (options.sourcepos ? ` data-sourcepos="${n[1]}:${n[2]}-${n[3]}:${n[4]}"` : '');
  const children = (n: CmarkNode): void => {
    const kids = n[CHILDREN];
    for (let i = 0; i < kids.length; i++) render(kids[i]!, n, kids[i + 1]);
  };
  const outFootnoteBackref = (): boolean => {
    if (writtenFootnoteIx === footnoteIx) return false;
    writtenFootnoteIx = footnoteIx;
    out(`<a href="#fnref${footnoteIx}" class="footnote-backref">↩</a>`);
    return true;
  };
  const rawHtml = (n: CmarkNode): void => out(options.unsafe ? tagfilter(n[FIELDS].literal ?? '', options.tagfilter) : '<!-- raw HTML omitted -->');

  // Renderer#render: `next` is node.next (nil at the end of the parent's children).
  function render(n: CmarkNode, parent: CmarkNode | undefined, next: CmarkNode | undefined): void {
    const type = n[TYPE];
    const f = n[FIELDS];
    if (type === 'document') {
      children(n);
      if (writtenFootnoteIx !== undefined) out('</ol>\n</section>\n');
      return;
    }
    if (inPlain && type !== 'text' && type !== 'softbreak') return children(n);
    switch (type) {
      case 'header':
        if (options.ghpages) return ghpagesHeader(n);
        return block(() => {
          out(`<h${f.level}${sourcepos(n)}>`);
          children(n);
          out(`</h${f.level}>`);
        });
      case 'paragraph':
        if (inTight && parent?.[TYPE] !== 'blockquote') return children(n);
        return block(() => {
          out(`<p${sourcepos(n)}>`);
          children(n);
          if (parent?.[TYPE] === 'footnote_definition' && next === undefined) {
            out(' ');
            outFootnoteBackref();
          }
          out('</p>');
        });
      case 'list': {
        const oldInTight = inTight;
        inTight = f.tight === 1;
        block(() => {
          if (f.ordered !== 1) out(`<ul${sourcepos(n)}>\n`);
          else out(f.start === 1 ? `<ol${sourcepos(n)}>\n` : `<ol start="${f.start}"${sourcepos(n)}>\n`);
          children(n);
          out(f.ordered !== 1 ? '</ul>' : '</ol>');
        });
        inTight = oldInTight;
        return;
      }
      case 'list_item':
        return block(() => {
          const tasklist = f.typeString === 'tasklist';
          const data = tasklist ? `><input type="checkbox" ${f.checked === 1 ? 'checked="" disabled=""' : 'disabled=""'} /` : '';
          out(`<li${sourcepos(n)}${data}>${tasklist ? ' ' : ''}`);
          children(n);
          out('</li>');
        });
      case 'blockquote':
        return block(() => {
          out(`<blockquote${sourcepos(n)}>\n`);
          children(n);
          out('</blockquote>');
        });
      case 'hrule':
        return block(() => out(`<hr${sourcepos(n)} />`));
      case 'code_block':
        return options.ghpages ? ghpagesCodeBlock(n) : block(() => codeBlock(n));
      case 'html':
        return block(() => rawHtml(n));
      case 'inline_html':
        return rawHtml(n);
      case 'emph':
        out('<em>');
        children(n);
        return out('</em>');
      case 'strong':
        out('<strong>');
        children(n);
        return out('</strong>');
      case 'link':
        out(`<a href="${escapeHref(f.url ?? '')}"`);
        if (f.title) out(` title="${escapeHtml(f.title)}"`);
        out('>');
        children(n);
        return out('</a>');
      case 'image': {
        out(`<img src="${escapeHref(f.url ?? '')}"`);
        const oldInPlain = inPlain;
        inPlain = true;
        out(' alt="');
        children(n);
        out('"');
        inPlain = oldInPlain;
        if (f.title) out(` title="${escapeHtml(f.title)}"`);
        return out(' />');
      }
      case 'text':
        return out(escapeHtml(f.literal ?? ''));
      case 'code':
        return out(`<code>${escapeHtml(f.literal ?? '')}</code>`);
      case 'linebreak':
        return out('<br />\n');
      case 'softbreak':
        return out(options.hardbreaks ? '<br />\n' : options.nobreaks ? ' ' : '\n');
      case 'table':
        alignments = f.alignments ?? '';
        needsCloseTbody = false;
        out(`<table${sourcepos(n)}>\n`);
        children(n);
        if (needsCloseTbody) out('</tbody>\n');
        return out('</table>\n');
      case 'table_header':
        columnIndex = 0;
        inHeader = true;
        out(`<thead>\n<tr${sourcepos(n)}>\n`);
        children(n);
        out('</tr>\n</thead>\n');
        inHeader = false;
        return;
      case 'table_row':
        columnIndex = 0;
        if (!inHeader && !needsCloseTbody) {
          needsCloseTbody = true;
          out('<tbody>\n');
        }
        out(`<tr${sourcepos(n)}>\n`);
        children(n);
        return out('</tr>\n');
      case 'table_cell': {
        const align = ALIGN[alignments[columnIndex] ?? 'n'] ?? '';
        out(inHeader ? `<th${align}${sourcepos(n)}>` : `<td${align}${sourcepos(n)}>`);
        children(n);
        out(inHeader ? '</th>\n' : '</td>\n');
        columnIndex++;
        return;
      }
      case 'strikethrough':
        out('<del>');
        children(n);
        return out('</del>');
      case 'footnote_reference': {
        const s = f.literal ?? '';
        return out(`<sup class="footnote-ref"><a href="#fn${s}" id="fnref${s}">${s}</a></sup>`);
      }
      case 'footnote_definition':
        if (footnoteIx === undefined) {
          out('<section class="footnotes">\n<ol>\n');
          footnoteIx = 0;
        }
        footnoteIx++;
        out(`<li id="fn${footnoteIx}">\n`);
        children(n);
        if (outFootnoteBackref()) out('\n');
        return out('</li>\n');
      default:
        // Renderer#render: a type the renderer has no method for raises NoMethodError
        throw new Error(`undefined method \`${type}' for HtmlRenderer`);
    }
  }

  // jekyll-commonmark/html_renderer.rb#code_block: Rouge's HTMLLegacy in its wrapper.
  function codeBlock(n: CmarkNode): void {
    const info = n[FIELDS].info ?? '';
    // extract_code_lang: info.split(/\s+/)[0] (Ruby's \s: ASCII white space), nil for an empty info
    const lang = info === '' ? undefined : info.split(/[ \t\n\v\f\r]+/)[0];
    const dataLang = lang !== undefined ? ` data-lang="${lang}"` : '';
    out(`<div class="${lang !== undefined ? `language-${lang} ` : ''}highlighter-rouge"><div class="highlight">`);
    out(`<pre${sourcepos(n)} class="highlight"`);
    out(options.githubPreLang ? `${dataLang}><code>` : `><code${dataLang}>`);
    // Rouge::Lexer.find_fancy(lang, code): a block that names no language has it guessed
    out(rougeHighlighter(n[FIELDS].literal ?? '', lang ?? 'guess'));
    out('</code></pre></div></div>');
  }

  // JekyllCommonMarkCustomRenderer#header: the children written to a stream of their own, the id made from that HTML.
  function ghpagesHeader(n: CmarkNode): void {
    block(() => {
      const [outer, outerLast] = [parts, last];
      parts = [];
      last = '';
      children(n);
      const content = parts.join('');
      [parts, last] = [outer, outerLast];
      out(`<h${n[FIELDS].level}${sourcepos(n)} id="${generateId(content)}">`);
      out(content);
      out(`</h${n[FIELDS].level}>`);
    });
  }

  // #generate_id: "section" for an empty one, then -1, -2... for the ids already used.
  function generateId(html: string): string {
    let id = basicGenerateId(html);
    if (id === '') id = 'section';
    const used = usedIds.get(id);
    if (used === undefined) usedIds.set(id, 0);
    else {
      usedIds.set(id, used + 1);
      id += `-${used + 1}`;
    }
    return id;
  }

  // #code_block: Rouge's HTMLLegacy in a block when Rouge knows the language; else cmark's
  // `<pre><code>`, written without the block's line breaks.
  function ghpagesCodeBlock(n: CmarkNode): void {
    const info = n[FIELDS].info ?? '';
    // node.fence_info.split(/[\s,]/)[0]: Ruby's split drops the empty strings at the end
    const lang = info === '' ? undefined : rubySplitFirst(info, /[ \t\n\v\f\r,]/);
    const content = n[FIELDS].literal ?? '';
    const highlighted = lang !== undefined ? highlightCode(content, lang) : null;
    if (highlighted !== null) {
      return block(() => out(`<div class="language-${lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${highlighted}</code></pre></div></div>`));
    }
    if (options.githubPreLang) out(`<pre${sourcepos(n)}${lang !== undefined ? ` lang="${lang}"` : ''}><code>`);
    else out(`<pre${sourcepos(n)}><code${lang !== undefined ? ` class="language-${lang}"` : ''}>`);
    out(escapeHtml(content));
    out('</code></pre>');
  }

  render(doc, undefined, undefined);
  return parts.join('');
}

// #basic_generate_id: leading non-letters of each line gone (Ruby's ^: after \n only, not U+2028), then only [a-zA-Z0-9 -], spaces as dashes, lower case.
function basicGenerateId(html: string): string {
  return html.replace(/(?<=^|\n)[^a-zA-Z]+/g, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}

// String#split(pattern)[0]: nil when every part is empty (Ruby drops trailing empty strings).
function rubySplitFirst(s: string, pattern: RegExp): string | undefined {
  const parts = s.split(pattern);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts[0];
}

const ALIGN: Readonly<Record<string, string>> = { l: ' align="left"', r: ' align="right"', c: ' align="center"' };

// houdini_escape_html0 with secure = 0 (Node#html_escape_html): & < > " only.
const HTML_SPECIAL = /[&<>"]/;
const HTML_REFS: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(s: string): string {
  return HTML_SPECIAL.test(s) ? s.replace(/[&<>"]/g, (c) => HTML_REFS[c]!) : s;
}

// houdini_escape_href (Node#html_escape_href): these bytes as they are, & and ' as references,
// every other byte as %XX.
const HREF_SAFE = /^[-!#$%()*+,./0-9:;=?@A-Z_a-z~]*$/;

export function escapeHref(s: string): string {
  if (HREF_SAFE.test(s)) return s;
  let out = '';
  for (const c of s) {
    if (/[-!#$%()*+,./0-9:;=?@A-Z_a-z~]/.test(c)) out += c;
    else if (c === '&') out += '&amp;';
    else if (c === "'") out += '&#x27;';
    else for (const b of Buffer.from(c, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// Renderer#tagfilter (with the tagfilter extension): the `<` of these tags, in raw HTML.
const FILTERED = /<(?=(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \t\n\v\f\r]|>|\/>))/gi;

function tagfilter(html: string, on: boolean): string {
  return on ? html.replace(FILTERED, '&lt;') : html;
}
