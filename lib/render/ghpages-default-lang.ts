// jekyll-commonmark-ghpages (loaded by every GitHub Pages build) patches Jekyll's `{% highlight %}`:
// HighlightBlock#render_rouge asks the site's Markdown converter for its processor, and
// Converters::Markdown#get_processor builds a new KramdownParser each time, whose #setup writes
// `syntax_highlighter_opts["default_lang"] ||= "plaintext"` into the site's own kramdown hash.
// By then kramdown has turned that hash's keys into Symbols in place (Options.merge runs the
// syntax_highlighter_opts validator: `val[str_to_sym(k)] = val.delete(k)`) if anything converted
// Markdown or smartified text before, so the String key is gone, "plaintext" goes in, and the
// next conversion's merge puts it over the site's own default_lang. From the first highlight
// block rendered after a conversion, then, fences and code spans without a language are
// plaintext, not the site's default_lang. Jekyll's Markdown converter caches its output by text
// (converters/markdown.rb#convert, @cache.getset), so a text converted before keeps its HTML and
// only a text not seen yet is converted (and sets the hash's keys to Symbols).
// Seen with Jekyll 4.3.1, the github-pages gem 232 and jekyll-commonmark-ghpages 0.5.1.
import type { MarkdownConverter, MarkdownWarning } from '../markdown/types.js';
import type { MarkdownSettings } from '../config/markdown-settings.js';
import type { Data } from '../types.js';

export interface DefaultLangReset {
  /** The build's converter: the site's default_lang until a highlight block follows a conversion, then plaintext. */
  readonly converter: MarkdownConverter;
  /** kramdown parsed the site's options (a conversion or smartify): their keys are Symbols now. */
  touched(): void;
  /** A highlight block went through render_rouge. */
  highlighted(): void;
}

const isHash = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/**
 * The settings a reset converts with, when one can change anything: jekyll-commonmark-ghpages
 * loaded, kramdown the processor, and a site default_lang that is not plaintext already.
 */
export function defaultLangResetSettings(settings: MarkdownSettings, pluginNames: readonly string[]): MarkdownSettings | undefined {
  if (!pluginNames.includes('jekyll-commonmark-ghpages') || settings.markdown.toLowerCase() !== 'kramdown') return undefined;
  const opts = settings.kramdown.syntax_highlighter_opts;
  if (!isHash(opts)) return undefined;
  const lang = opts.default_lang;
  // #setup's `||=`: nil or false become plaintext anyway.
  if (lang === undefined || lang === null || lang === false || lang === 'plaintext') return undefined;
  return { ...settings, kramdown: { ...settings.kramdown, syntax_highlighter_opts: { ...opts, default_lang: 'plaintext' } } };
}

/** The converter pair and the state that picks one, for one build rendered in Jekyll's order. */
export function defaultLangReset(site: MarkdownConverter, plain: MarkdownConverter): DefaultLangReset {
  let symbolKeys = false;
  let reset = false;
  let warnings: readonly MarkdownWarning[] = [];
  const converted = new Map<string, string>();
  return {
    converter: {
      convert(text: string, file?: string): string {
        const known = converted.get(text);
        warnings = [];
        if (known !== undefined) return known;
        const converter = reset ? plain : site;
        const html = converter.convert(text, file);
        warnings = converter.warnings;
        symbolKeys = true;
        converted.set(text, html);
        return html;
      },
      get warnings(): readonly MarkdownWarning[] {
        return warnings;
      },
    },
    touched() {
      symbolKeys = true;
    },
    highlighted() {
      if (symbolKeys) reset = true;
    },
  };
}
