// A page's or document's `permalink` as Jekyll 4.3 reads it: nil or false is none, a string is
// the permalink, and anything else stops the build (Renderer#permalink_ext calls `end_with?` on a
// page's, URL#generate_url_from_drop `gsub` on a document's: NoMethodError). The empty string
// is Convertible#validate_permalink!'s error, checked where a page is read.
import { KyllError, withExceptionMessage } from '../errors/index.js';
import { noMethodText, type RubyLine } from '../liquid/filters/no-method.js';
import type { Data } from '../types.js';

/**
 * `permalink`: the value to read, data.permalink unless a plugin picks another (localized.ts#localizedPermalink).
 * `method` is the String method Jekyll calls on it first: `gsub` for a document, `end_with?` for a page.
 */
export function permalinkValue(data: Data, file: string, text?: string, permalink: unknown = data.permalink, method: 'gsub' | 'end_with?' = 'gsub'): string | null {
  if (permalink == null || permalink === false) return null;
  if (typeof permalink === 'string') return permalink;
  // Jekyll 4.3.1 prints Ruby's bare NoMethodError, naming no file (as a Liquid Exception naming the
  // template when a template reads the url first): its words, and the file and line where kyll has them.
  const error = new KyllError('INVALID_PERMALINK', noMethodText(method, permalink), { file, line: text === undefined ? undefined : permalinkLine(text) }, {
    hint: `The permalink of ${file} must be a string, quoted where YAML would read a number, a date or a list (permalink: "/2020-01-01/").`,
  });
  throw withExceptionMessage(error, noMethodText(method, permalink, CALLED_AT[method]));
}

/**
 * The line of Jekyll that calls the method, which Ruby 3.1's error_highlight adds to the message a
 * Liquid Exception shows: Renderer#permalink_ext's for a page, URL#generate_url_from_drop's for a document.
 */
const CALLED_AT: Readonly<Record<'gsub' | 'end_with?', RubyLine>> = {
  'end_with?': { line: 'if document_permalink && !document_permalink.end_with?("/")', call: '.end_with?' },
  gsub: { line: 'template.gsub(%r!:([a-z_]+)!) do |match|', call: '.gsub' },
};

/**
 * Collection#url_template is `metadata.fetch("permalink")`, which URL#generate_url_from_drop calls
 * `gsub` on for a document with no permalink of its own: a collection's `permalink:` that is no
 * string fails there (nil or false: URL's "One of :template or :permalink must be supplied.").
 * The posts collection has the site's style put in place of nil and false (add_default_collections).
 */
export function checkCollectionTemplate(metadata: Data, label: string, file: string): void {
  if (!('permalink' in metadata)) return;
  const template = metadata.permalink;
  if (typeof template === 'string' || (label === 'posts' && (template == null || template === false))) return;
  const none = template == null || template === false;
  const why = none ? 'One of :template or :permalink must be supplied.' : noMethodText('gsub', template);
  const error = new KyllError('INVALID_PERMALINK', why, { file: '_config.yml' }, {
    hint: `The permalink of the collection '${label}' (for ${file}) must be a string: write collections.${label}.permalink as one, such as /:collection/:name/.`,
  });
  throw none ? error : withExceptionMessage(error, noMethodText('gsub', template, CALLED_AT.gsub));
}

/** The line of a `permalink:` key in a file's front matter. */
export function permalinkLine(text: string): number | undefined {
  const i = text.split('\n').findIndex((line) => /^permalink\s*:/.test(line));
  return i === -1 ? undefined : i + 1;
}
