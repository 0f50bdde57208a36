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
  /** SOURCEPOS: `data-sourcepos` on the blocks written (sourcepos.ts). */
  readonly sourcepos?: boolean;
  /** `markdown: CommonMarkGhPages` (GitHub Pages' `markdown: GFM`): jekyll-commonmark-ghpages' renderer (ghpages.ts). */
  readonly ghpages?: boolean;
}

export function commonmarkOptions(config: unknown): CommonmarkOptions {
  const c = (config && typeof config === 'object' ? config : {}) as Record<string, unknown>;
  // setup_options upcases each name (`e.upcase`), setup_extensions takes it as written (`to_sym`,
  // and CommonMarker.extensions are lower case); an entry that is not a String raises NoMethodError,
  // which each rescues with an empty list: one such entry drops the whole list.
  const strings = (v: unknown): string[] => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : []);
  const options = strings(c.options).map((x) => x.toUpperCase());
  const extensions = strings(c.extensions);
  return {
    unsafe: options.includes('UNSAFE'),
    hardbreaks: options.includes('HARDBREAKS'),
    nobreaks: options.includes('NOBREAKS'),
    smart: options.includes('SMART'),
    footnotes: options.includes('FOOTNOTES'),
    githubPreLang: options.includes('GITHUB_PRE_LANG'),
    liberalHtmlTag: options.includes('LIBERAL_HTML_TAG'),
    strikethroughDoubleTilde: options.includes('STRIKETHROUGH_DOUBLE_TILDE'),
    sourcepos: options.includes('SOURCEPOS'),
    table: extensions.includes('table'),
    strikethrough: extensions.includes('strikethrough'),
    autolink: extensions.includes('autolink'),
    tasklist: extensions.includes('tasklist'),
    tagfilter: extensions.includes('tagfilter'),
  };
}
