// `kramdown: {show_warnings: true}`: KramdownParser#convert logs each warning of a conversion as
// "Kramdown warning: ...". Jekyll converts through its Markdown converter's cache
// (converters/markdown.rb#convert, Jekyll::Cache keyed by the text), so a text converted again
// (the same body on two pages, a title through markdownify on every page) warns once a build.
import type { MarkdownConverter } from '../markdown/types.js';
import type { Diagnostic } from '../types.js';
import { truthy } from '../plugins/shared/values.js';

/** `converter`, reporting its warnings when the site's kramdown settings ask for them (`show_warnings`). */
export function showingKramdownWarnings(converter: MarkdownConverter, kramdown: Readonly<Record<string, unknown>> | undefined, report: (d: Diagnostic) => void): MarkdownConverter {
  if (!truthy(kramdown?.show_warnings)) return converter;
  const warned = new Set<string>();
  return {
    convert(text, file) {
      const html = converter.convert(text, file);
      if (converter.warnings.length > 0 && !warned.has(text)) {
        warned.add(text);
        for (const w of converter.warnings) {
          report({ level: 'warning', code: 'KRAMDOWN_WARNING', message: `Kramdown warning: ${w.message}`, ...(w.file ? { file: w.file } : {}) });
        }
      }
      return html;
    },
    get warnings() {
      return converter.warnings;
    },
  };
}
