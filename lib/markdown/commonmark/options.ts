// jekyll-commonmark's settings: `commonmark: { options: [...], extensions: [...] }`
// in _config.yml (jekyll-commonmark.rb#setup_options, #setup_extensions).
export interface CommonmarkOptions {
  /** UNSAFE: raw HTML is written; otherwise commonmarker leaves it out. */
  readonly unsafe: boolean;
  readonly hardbreaks: boolean;
  /** NOBREAKS: a soft line break is written as a space (HtmlRenderer#softbreak; HARDBREAKS wins). */
  readonly nobreaks?: boolean;
  /** SMART: curly quotes, dashes and ellipses (remark-smart-punctuation.ts). */
  readonly smart: boolean;
  /** FOOTNOTES: `[^1]` references and `[^1]: ...` definitions; without it a definition is a link's. */
  readonly footnotes: boolean;
  /** The GFM extensions listed, each on its own (remark-commonmarker-extensions.ts). */
  readonly table: boolean;
  readonly strikethrough: boolean;
  readonly autolink: boolean;
  readonly tasklist: boolean;
  /** `tagfilter`: the `<` of raw `<script>`, `<iframe>`... written as `&lt;` (rehype-commonmarker.ts). */
  readonly tagfilter: boolean;
  /** GITHUB_PRE_LANG: a code block's `data-lang` on its `<pre>` (jekyll-commonmark's HtmlRenderer#code_block). */
  readonly githubPreLang?: boolean;
  /** LIBERAL_HTML_TAG: a `<` that opens nothing else is raw HTML up to the line's last `>` (liberal-html-tag.ts). */
  readonly liberalHtmlTag?: boolean;
  /** STRIKETHROUGH_DOUBLE_TILDE: only `~~` strikes through (strikethrough-029.ts). */
  readonly strikethroughDoubleTilde?: boolean;
  /** `markdown: CommonMarkGhPages` (GitHub Pages' `markdown: GFM`): jekyll-commonmark-ghpages' renderer (ghpages.ts). */
  readonly ghpages?: boolean;
}

export function commonmarkOptions(config: unknown): CommonmarkOptions {
  const c = (config && typeof config === 'object' ? config : {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : []);
  const options = list(c.options);
  const extensions = list(c.extensions);
  return {
    unsafe: options.includes('unsafe'),
    hardbreaks: options.includes('hardbreaks'),
    nobreaks: options.includes('nobreaks'),
    smart: options.includes('smart'),
    footnotes: options.includes('footnotes'),
    githubPreLang: options.includes('github_pre_lang'),
    liberalHtmlTag: options.includes('liberal_html_tag'),
    strikethroughDoubleTilde: options.includes('strikethrough_double_tilde'),
    table: extensions.includes('table'),
    strikethrough: extensions.includes('strikethrough'),
    autolink: extensions.includes('autolink'),
    tasklist: extensions.includes('tasklist'),
    tagfilter: extensions.includes('tagfilter'),
  };
}
