// Permalink styles and URL generation: Configuration::STYLE_TO_PERMALINK, Utils.add_permalink_suffix
// and Jekyll::URL (jekyll/configuration.rb, jekyll/utils.rb, jekyll/url.rb).
import { escapePath } from './escape.js';
import { fillUrlTemplate } from './url-template.js';

/** The built-in styles (Configuration::STYLE_TO_PERMALINK). */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

/** Configuration#style_to_permalink: a style name → its template; anything else is a template already. */
export function styleToTemplate(style: string): string {
  return Object.hasOwn(PERMALINK_STYLES, style) ? PERMALINK_STYLES[style]! : style;
}

/** Utils.add_permalink_suffix: give `template` the ending (`/` or `:output_ext`) of the site's permalink style. */
export function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return `${template}/`;
  if (style === 'date' || style === 'ordinal' || style === 'none') return `${template}:output_ext`;
  let t = template;
  if (style.endsWith('/')) t += '/';
  if (style.endsWith(':output_ext')) t += ':output_ext';
  return t;
}

/** URL#sanitize_url: a leading `/`, `..` → `/`, `./` dropped, repeated slashes squeezed. */
export function sanitizeUrl(url: string): string {
  const slashed = `/${url}`;
  if (!slashed.includes('..') && !slashed.includes('./') && !slashed.includes('//')) return slashed;
  return slashed.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
}

export type Placeholders = Readonly<Record<string, string | null | undefined>>;

/**
 * URL#generate_url_from_drop, for posts and collection documents: each
 * `:name` ([a-z_]+; `:month_` may mean `:month` then `_`) becomes its escaped
 * value; an unknown name is an error. `where` names the document for the message.
 */
export function fillDocumentTemplate(template: string, placeholders: Placeholders, where?: string): string {
  return fillUrlTemplate(template, Object.keys(placeholders), (key) => placeholders[key], where);
}

/**
 * URL#generate_url_from_hash, for pages (placeholders :path, :basename,
 * :output_ext, replaced in that order); unknown `:names` stay as they are. Each value is
 * escaped while the text still has a `:`, whether the template uses it or not (as the gem's
 * gsub does); `where` names the file for an error.
 */
export function fillPageTemplate(template: string, placeholders: Placeholders, where?: string): string {
  let result = template;
  for (const [key, value] of Object.entries(placeholders)) {
    if (!result.includes(':')) break;
    result = value == null ? result.replaceAll(`/:${key}`, '') : result.replaceAll(`:${key}`, escapePath(value, where));
  }
  return result;
}

/** URL#to_s: the permalink (when set, even empty: "" is true in Ruby, and makes `/`) wins over the template; then sanitize. */
export function buildUrl(options: {
  template: string;
  permalink?: string | null;
  fill: (template: string) => string;
}): string {
  const source = options.permalink != null ? options.permalink : options.template;
  return sanitizeUrl(options.fill(source));
}

/** Renderer#permalink_ext: the extension a permalink names (`/feed.xml` → `.xml`), unless it ends with `/`. */
export function permalinkExt(permalink: string | null | undefined): string | undefined {
  if (!permalink || permalink.endsWith('/')) return undefined;
  const ext = extname(permalink);
  return ext === '' ? undefined : ext;
}

/** Ruby's File.extname: from the last dot of the base name; leading dots do not count (`foo.` → `.`). */
export function extname(path: string): string {
  const base = basename(path);
  const rest = base.replace(/^\.+/, '');
  const dot = rest.lastIndexOf('.');
  return dot === -1 ? '' : rest.slice(dot);
}

/** Ruby's File.basename(path): the last segment, trailing slashes ignored. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Ruby's File.basename(path, '.*'). */
export function basenameWithoutExt(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}
