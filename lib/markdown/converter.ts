// The Markdown stage: one converter per site, reused for every document.
// kramdown (default): our kramdown parser → mdast → hast (kramdown's handlers,
// remark-rehype compatible, bridged by remark-kramdown-rehype)
// → kramdown's whitespace and bytes. The steps are the unified plugins of
// lib/markdown/plugins, called directly (the pipeline is fixed, so unified's processor and
// a VFile per call would only add their bookkeeping), the last two as one walk
// (write-kramdown-html.ts). Most documents skip mdast and hast altogether: their HTML is
// written straight from the parser's tree (write-kel-html.ts, the same bytes; tested against
// the handlers' route, which documents with footnotes, abbreviations or a TOC still take).
// CommonMark/GFM sites (jekyll-commonmark): remark-parse + the GFM extensions listed → remark-rehype → HTML.
import { KramdownCrash } from './kramdown-crash.js';
import { parseResultToMdast } from './plugins/kramdown-parse.js';
import { parseKramdown } from './kramdown/parse.js';
import { writeKelHtml } from './plugins/write-kel-html.js';
import remarkKramdownRehype from './plugins/remark-kramdown-rehype.js';
import { writeKramdownHtml } from './plugins/write-kramdown-html.js';
import { createHandlers } from './plugins/handlers.js';
import { resolveOptions } from './options.js';
import { rougeHighlighter } from '../highlight/index.js';
import { isAmbiguousGuess, ambiguousGuessInFile } from '../highlight/guess.js';
import { isRougeCrash, rougeCrashInFile } from '../highlight/rouge-crash.js';
import { commonmarkModule } from './commonmark-module.js';
import { isCommonmarkProcessor } from './processors.js';
import { rawHtmlPrefix } from './raw-html-blocks.js';
import { firstBinaryByte } from '../values/binary-text.js';
import { simpleParagraphs } from './simple-paragraphs.js';
import { escapeAll } from './escape.js';
import { KyllError, isKyllError } from '../errors/kyll-error.js';
import type { Highlighter, MarkdownConfig, MarkdownConverter, MarkdownWarning } from './types.js';
import { codecFor } from '../read/text-codec.js';

/** A highlighter with no tokens, only escaping (what Rouge does for plain text). */
export const escapeHighlighter: Highlighter = (code) => escapeAll(code);

// Made on the first non-ASCII text, not when the module loads: V8 parses a pattern's
// \p{...} classes when it is constructed (milliseconds for \p{L}).
let plainTextRe: RegExp | undefined;

// ASCII words separated by single spaces; an ASCII character other than letters, digits and space.
// Patterns rather than a loop over the characters: V8 runs a pattern as machine code from its
// second use, where the loop stayed in the interpreter for most of a one-off build.
const ASCII_PLAIN = /^[0-9A-Za-z]+(?: [0-9A-Za-z]+)*$/;
const ASCII_OTHER = /[^0-9A-Za-z \u0080-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Letters and numbers in words separated by single spaces (`^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$`). */
function isPlainText(s: string): boolean {
  if (ASCII_PLAIN.test(s)) return true;
  // Only text with a non-ASCII character and no ASCII punctuation needs the \p{...} pattern.
  if (ASCII_OTHER.test(s) || !NON_ASCII.test(s)) return false;
  return (plainTextRe ??= new RegExp(String.raw`^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$`, 'u')).test(s);
}

export function createMarkdownConverter(config: MarkdownConfig = {}): MarkdownConverter {
  let warnings: MarkdownWarning[] = [];
  if (isCommonmarkProcessor(String(config.markdown ?? 'kramdown'))) {
    // jekyll-commonmark: its own stack (remark-parse, remark-gfm's extensions, remark-rehype), loaded only here.
    return commonmarkModule().createCommonmarkConverter(config);
  }
  const options = resolveOptions(config.kramdown);
  const codec = codecFor(config.encoding);
  // the to_s of a number or an array is US-ASCII text in Ruby, whatever the site's encoding
  if (config.usAscii) options.encodable = (c) => c.charCodeAt(0) < 128;
  else if (codec) options.encodable = (c) => codec.encode(c) !== undefined;
  // Jekyll's default syntax_highlighter is Rouge: our port of its lexers (lib/highlight).
  const handlerConfig = { options, highlight: config.highlight ?? rougeHighlighter };
  const handlers = createHandlers(handlerConfig);
  const toHast = remarkKramdownRehype({ handlers });
  // (html_to_native makes those elements kramdown's own: the parser writes them)
  const rawHtmlBlocks = options.parse_block_html !== true && !options.html_to_native;
  // Plain paragraphs keep their line breaks only without hard_wrap (GFM turns them into <br />).
  const plainParagraphs = !options.hard_wrap && !options.remove_line_breaks_for_cjk;

  /** The whole pipeline; `warnings` become the parser's (with `file`). */
  function full(text: string, file: string | undefined): string {
    let parsed: MarkdownWarning[] = [];
    try {
      const result = parseKramdown(text, options);
      parsed = result.warnings.map((w) => ({ message: w.message, file: file || undefined, line: w.line, ruleId: 'kramdown' }));
      const out = writeKelHtml(result, handlerConfig, handlers) ?? writeKramdownHtml(toHast(parseResultToMdast(result)));
      warnings = parsed;
      return out;
    } catch (error) {
      // Rouge can't guess a code block's language: Jekyll's Renderer#convert names the file.
      if (isAmbiguousGuess(error)) throw file ? ambiguousGuessInFile(error, file) : error;
      // Rouge raised while lexing a code block: Renderer#convert reports it naming the converter and the file.
      if (isRougeCrash(error)) throw file ? rougeCrashInFile(error, file) : error;
      // Input we refuse (nesting too deep) stops the build, naming the file.
      if (isKyllError(error)) {
        throw new KyllError(error.code, file ? `${error.message} in ${file}` : error.message,
          { file: file || undefined, line: error.line }, { hint: error.hint });
      }
      // kramdown raises on this input: Jekyll's Renderer#convert names the converter and the file.
      if (error instanceof KramdownCrash) {
        const message = file ? `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': ${error.message}` : error.message;
        throw new KyllError('MARKDOWN_ERROR', message, { file: file || undefined }, { hint: error.hint });
      }
      // A bug of ours must not stop a site build: report it, keep the text.
      warnings = [...parsed, {
        message: `Markdown conversion failed (${String(error)}); the text was written escaped, unconverted`,
        file: file || undefined,
        ruleId: 'kyll-markdown-internal',
      }];
      return `<p>${escapeAll(text)}</p>\n`;
    }
  }

  return {
    convert(text, file) {
      // JekyllDocument.setup runs kramdown's validators on every conversion: a refused setting stops each one.
      if (options.option_error !== undefined) {
        throw new KyllError('MARKDOWN_ERROR', file ? `${options.option_error} in ${file}` : options.option_error, { file: file || undefined });
      }
      // a binary String (base64_decode's) with bytes beyond ASCII: kramdown's String#encode to UTF-8 fails
      const byte = firstBinaryByte(text);
      if (byte !== undefined) {
        const message = `${byte} from ASCII-8BIT to UTF-8`;
        throw new KyllError('MARKDOWN_ERROR', file ? `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': ${message}` : message, { file: file || undefined });
      }
      // Words and single spaces only (a title, a site name): nothing kramdown reads
      // as markup or typography, so it is one paragraph of the same text.
      if (isPlainText(text)) {
        warnings = [];
        return `<p>${text}</p>\n`;
      }
      // Leading lines of HTML paragraphs (raw-html-blocks.ts): written without the parser;
      // what follows their blank line is converted on its own. Should that part warn or
      // fail, the whole text goes through the parser, so that lines and messages are its own.
      const prefix = rawHtmlBlocks ? rawHtmlPrefix(text) : null;
      // Plain paragraphs with links and autolinks (simple-paragraphs.ts): the whole text,
      // or what follows the HTML paragraphs, written without the parser.
      const plain = plainParagraphs ? simpleParagraphs(prefix ? text.slice(prefix.end) : text) : null;
      if (plain !== null) {
        warnings = [];
        return prefix ? prefix.html + plain : plain;
      }
      if (prefix) {
        if (prefix.end === text.length) {
          warnings = [];
          return prefix.html;
        }
        try {
          const rest = full(text.slice(prefix.end), file);
          if (warnings.length === 0) return prefix.html + rest;
        } catch {
          // the whole text below says what failed, and where
        }
      }
      return full(text, file);
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
