// The Markdown stage: one unified processor per site, reused for every document.
// kramdown (default): our kramdown parser → mdast → hast (kramdown's handlers,
// remark-rehype compatible, bridged by remark-kramdown-rehype)
// → kramdown's whitespace → kramdown's bytes. CommonMark/GFM sites
// (jekyll-commonmark): remark-parse + remark-gfm → remark-rehype → HTML.
import { unified } from 'unified';
import { VFile } from 'vfile';
import kramdownParse from './plugins/kramdown-parse.js';
import remarkKramdownRehype from './plugins/remark-kramdown-rehype.js';
import rehypeKramdownLayout from './plugins/rehype-kramdown-layout.js';
import rehypeKramdownStringify from './plugins/rehype-kramdown-stringify.js';
import { createHandlers } from './plugins/handlers.js';
import { resolveOptions } from './options.js';
import { rougeHighlighter } from '../highlight/index.js';
import { commonmarkModule } from './commonmark-module.js';
import { toWarnings } from './warnings.js';
import { escapeAll } from './escape.js';
import { KyllError, isKyllError } from '../errors/kyll-error.js';
import type { Highlighter, MarkdownConfig, MarkdownConverter, MarkdownWarning } from './types.js';

/** A highlighter with no tokens, only escaping (what Rouge does for plain text). */
export const escapeHighlighter: Highlighter = (code) => escapeAll(code);

// Built at run time, not a /u literal: V8 checks a literal's \p{...} classes when it parses the
// file, even unused (about 3M instructions each).
const PLAIN_TEXT = new RegExp(String.raw`^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$`, 'u');
// Lines of `<p>text</p>` (or `<p class="a b">`), each ending with a newline, with no < > & in the text.
const RAW_PARAGRAPHS = /^(?:<p(?: class="[\w -]*")?>[^<>&\n\r\0]*<\/p>\n)+$/;

export function createMarkdownConverter(config: MarkdownConfig = {}): MarkdownConverter {
  const engine = String(config.markdown ?? 'kramdown').toLowerCase();
  let warnings: MarkdownWarning[] = [];
  if (engine === 'commonmark' || engine === 'gfm' || engine === 'commonmarkghpages') {
    // jekyll-commonmark: its own stack (remark-parse, remark-gfm, remark-rehype), loaded only here.
    return commonmarkModule().createCommonmarkConverter(config);
  }
  const options = resolveOptions(config.kramdown);
  // Jekyll's default syntax_highlighter is Rouge: our port of its lexers (lib/highlight).
  const handlers = createHandlers({ options, highlight: config.highlight ?? rougeHighlighter });
  const processor = unified()
    .use(kramdownParse, { options })
    .use(remarkKramdownRehype, { handlers })
    .use(rehypeKramdownLayout)
    .use(rehypeKramdownStringify)
    .freeze();
  // The same two transformers, called directly: unified's runSync goes through
  // trough's callback plumbing (wrap, done, then), a twentieth of a conversion.
  const toHast = remarkKramdownRehype({ handlers });
  const layout = rehypeKramdownLayout();
  const rawHtmlBlocks = options.parse_block_html !== true;
  return {
    convert(text, file) {
      // Words and single spaces only (a title, a site name): nothing kramdown reads
      // as markup or typography, so it is one paragraph of the same text.
      if (PLAIN_TEXT.test(text)) {
        warnings = [];
        return `<p>${text}</p>\n`;
      }
      // HTML paragraphs as kramdown writes them, read again (jekyll-seo-tag's description is
      // markdownify of a post's excerpt HTML): each is a block HTML element whose content
      // kramdown keeps as it is, escaping only < > & (parser/html.rb, raw content model), so
      // without those characters the output is the input.
      if (rawHtmlBlocks && RAW_PARAGRAPHS.test(text)) {
        warnings = [];
        return text;
      }
      const vfile = new VFile({ value: text, path: file });
      try {
        // processSync's steps without its callback and promise plumbing (a tenth of a
        // post's conversion time): parse, run the transformers, stringify.
        const hast = toHast(processor.parse(vfile) as Parameters<typeof toHast>[0]);
        layout(hast);
        const out = String(processor.stringify(hast, vfile));
        warnings = toWarnings(vfile);
        return out;
      } catch (error) {
        // Input we refuse (nesting too deep) stops the build, naming the file.
        if (isKyllError(error)) {
          throw new KyllError(error.code, file ? `${error.message} in ${file}` : error.message,
            { file: file || undefined, line: error.line }, { hint: error.hint });
        }
        // A bug of ours must not stop a site build: report it, keep the text.
        warnings = [...toWarnings(vfile), {
          message: `Markdown conversion failed (${String(error)}); the text was written escaped, unconverted`,
          file: file || undefined,
          ruleId: 'kyll-markdown-internal',
        }];
        return `<p>${escapeAll(text)}</p>\n`;
      }
    },
    get warnings() {
      return warnings;
    },
  };
}

const defaultConverters = new Map<string, MarkdownConverter>();

/** Markdown → HTML as Jekyll's kramdown converter writes it; `options` are `kramdown:` settings. */
export function markdownToHtml(text: string, options?: Record<string, unknown>): string {
  const key = options ? JSON.stringify(options) : '';
  let c = defaultConverters.get(key);
  if (!c) {
    c = createMarkdownConverter({ kramdown: options });
    if (defaultConverters.size < 32) defaultConverters.set(key, c);
  }
  return c.convert(text);
}
