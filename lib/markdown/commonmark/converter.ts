// The CommonMark/GFM stage (jekyll-commonmark): remark-parse + the GFM extensions listed →
// remark-rehype → HTML as commonmarker writes it. Loaded only by sites with
// `markdown: CommonMark` or GFM (commonmark-module.ts).
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { commonmarkOptions, type CommonmarkOptions } from './options.js';
import { CMARK_HTML } from './html-options.js';
import { isCommonMarkGhPages, restoreHighlightNewlines } from '../ghpages-highlight-newline.js';
import rehypeCommonmarker from './rehype-commonmarker.js';
import remarkSmartPunctuation from './remark-smart-punctuation.js';
import remarkHardBreakTab from './hard-break-tab.js';
import remarkCommonmarkerExtensions from './remark-commonmarker-extensions.js';
import { cmarkFootnoteRoot } from './footnote-order.js';
import { afterBreakHandlers } from './after-break.js';
import { toWarnings } from '../warnings.js';
import { isAmbiguousGuess, ambiguousGuessInFile } from '../../highlight/guess.js';
import { isRougeCrash, rougeCrashInFile } from '../../highlight/rouge-crash.js';
import { InvalidByteSequence, hasKeptBytes } from './kept-bytes.js';
import { CMARK_EXTENSIONS, CMARK_PARSE, cmarkParse } from '../cmark-wasm.js';
import { renderCmark } from './cmark-renderer.js';
import { KyllError } from '../../errors/kyll-error.js';
import type { MarkdownConfig, MarkdownConverter, MarkdownWarning } from '../types.js';

export function createCommonmarkConverter(config: MarkdownConfig): MarkdownConverter {
  let warnings: MarkdownWarning[] = [];
  const ghpages = isCommonMarkGhPages(config.markdown);
  const cm = { ...commonmarkOptions(config.commonmark), ghpages };
  // Only for a text with bytes that are not UTF-8 (see below): made on its first use.
  const makeProcessor = () => unified()
    .use(remarkParse)
    .use(remarkCommonmarkerExtensions, cm)
    .use(cm.smart ? [[remarkSmartPunctuation, { strikethrough: cm.strikethrough }]] : [])
    .use(remarkHardBreakTab)
    .use(remarkRehype, { allowDangerousHtml: true, handlers: { ...afterBreakHandlers, ...(cm.footnotes ? { root: cmarkFootnoteRoot } : {}) } })
    .use(rehypeCommonmarker, cm)
    // cmark writes &amp; &lt; &quot;, not hexadecimal references
    .use(rehypeStringify, CMARK_HTML)
    .freeze();
  let processor: ReturnType<typeof makeProcessor> | undefined;
  // cmark-gfm itself parses (../cmark-wasm.ts) and commonmarker's renderer writes (cmark-renderer.ts;
  // jekyll-commonmark-ghpages' for CommonMarkGhPages). The stack above stays for a text with bytes
  // that are not UTF-8 (kept-bytes.ts).
  const wasm = cmarkSettings(cm);
  return {
    convert(text, file) {
      if (!hasKeptBytes(text)) {
        warnings = [];
        try {
          const html = renderCmark(cmarkParse(text, wasm.parse, wasm.extensions), cm);
          // CommonMarkGhPages#convert: the <br data-jekyll-commonmark-ghpages> a {% highlight %} block's line breaks became, back to line breaks
          return ghpages ? restoreHighlightNewlines(html) : html;
        } catch (error) {
          if (isAmbiguousGuess(error) && file) throw ambiguousGuessInFile(error, file);
          if (isRougeCrash(error) && file) throw rougeCrashInFile(error, file);
          throw error;
        }
      }
      // cmark's S_parser_feed splits lines at \r\n, \r or \n and ends each with \n: no \r is left anywhere.
      const vfile = new VFile({ value: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, path: file });
      let html: string;
      try {
        html = String((processor ??= makeProcessor()).processSync(vfile));
        // CommonMarkGhPages#convert's gsub on the rendered HTML (and its renderer's generate_id on a
        // heading's text) raises Ruby's ArgumentError when a kept byte reached it: only bytes cmark
        // percent-encodes (a link's or image's destination) or drops let the page through
        if (ghpages && hasKeptBytes(html)) throw new InvalidByteSequence();
      } catch (error) {
        // Rouge can't guess the language of a code block that names none: Renderer#convert names the file.
        if (isAmbiguousGuess(error) && file) throw ambiguousGuessInFile(error, file);
        if (isRougeCrash(error) && file) throw rougeCrashInFile(error, file);
        // Ruby's regexp over bytes that are not UTF-8 (kept-bytes.ts), as Renderer#convert reports it.
        if (error instanceof InvalidByteSequence && file) {
          throw new KyllError('INVALID_ENCODING', `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': ${error.message}`, { file }, { hint: 'Save the file as UTF-8.' });
        }
        throw error;
      }
      const out = ghpages ? restoreHighlightNewlines(html) : html;
      warnings = toWarnings(vfile);
      // commonmarker ends every block with a newline (CommonMarkGhPages' plain code blocks excepted)
      return out === '' || out.endsWith('\n') || vfile.data.endsWithoutNewline ? out : `${out}\n`;
    },
    get warnings() {
      return warnings;
    },
  };
}

/** jekyll-commonmark's parse options (those of its `options` that are commonmarker's parse options) and extensions, as bits. */
function cmarkSettings(cm: CommonmarkOptions): { parse: number; extensions: number } {
  const parse = (cm.sourcepos ? CMARK_PARSE.SOURCEPOS : 0) | (cm.unsafe ? CMARK_PARSE.UNSAFE : 0) | (cm.smart ? CMARK_PARSE.SMART : 0) | (cm.liberalHtmlTag ? CMARK_PARSE.LIBERAL_HTML_TAG : 0) | (cm.footnotes ? CMARK_PARSE.FOOTNOTES : 0) | (cm.strikethroughDoubleTilde ? CMARK_PARSE.STRIKETHROUGH_DOUBLE_TILDE : 0);
  const extensions = (cm.table ? CMARK_EXTENSIONS.table : 0) | (cm.strikethrough ? CMARK_EXTENSIONS.strikethrough : 0) | (cm.autolink ? CMARK_EXTENSIONS.autolink : 0) | (cm.tagfilter ? CMARK_EXTENSIONS.tagfilter : 0) | (cm.tasklist ? CMARK_EXTENSIONS.tasklist : 0);
  return { parse, extensions };
}
