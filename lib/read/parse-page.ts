// Pages: files outside collections with front matter (jekyll/page.rb, jekyll/convertible.rb Convertible#read_yaml).
import { mergeFlat } from '../values/typed-keys.js';
import type { Data, Diagnostic, Document, Page, SiteConfig } from '../types.js';
import { KyllError } from '../errors/index.js';
import { rubyTruthy } from '../values/truthy.js';
import { foundDefaultsFor } from '../config/front-matter-defaults.js';
import { pageUrl } from '../url/placeholders.js';
import { extname } from '../url/permalink.js';
import { outputExtFor, urlToOutputPath, withDestinationError } from '../url/url-to-path.js';
import { titleField } from './model-fields.js';
import { stripBom, tryReadFrontMatter, unreadableMessage, type FrontMatter } from './front-matter.js';
import { excerptModifiedWarning, excerptSeparator, extractExcerpt, hasGivenExcerpt } from './excerpt.js';
import { permalinkLine, permalinkValue } from './permalink-value.js';
import { localizedPermalink, type LocalizedRead } from './localized.js';
import { siteCodec } from './text-codec.js';

export interface ParsePageOptions {
  /** Path relative to the site source: `about.md`, `docs/index.md`. */
  path: string;
  config?: Partial<SiteConfig>;
  /** Front matter defaults for this file (FrontmatterDefaults#find of each key: foundDefaultsFor); computed from `config.defaults` when omitted. */
  defaults?: Data;
  /**
   * Where a warning goes when the front matter is not valid YAML. Given it, the
   * page is read as Convertible#read_yaml reads it (logged, then rendered with no
   * front matter) unless `strict_front_matter` is set; without it the
   * YAML_EXCEPTION is thrown. Front matter that is not a mapping always throws
   * (Convertible#validate_data!).
   */
  onWarning?: (warning: Diagnostic) => void;
  /** Data set over the front matter after reading, as a plugin does (jekyll-readme-index's permalink). */
  overrides?: Data;
  /** The text is not UTF-8 (Convertible#read_yaml's regexp raised): no front matter is read, the whole file is the content. */
  unreadable?: Document['unreadable'];
  /** Read for one language of jekyll-multiple-languages-plugin (localized.ts). */
  localized?: LocalizedRead;
  /** The file as Jekyll's read errors name it (its absolute path: jekyllFilename); `path` when omitted. */
  filename?: string;
}

/**
 * Parse a page. Its data is the front matter over the defaults (Convertible#to_liquid);
 * dates in it stay as YAML gave them (no site-zone conversion, unlike posts).
 */
export function parsePage(text: string, options: ParsePageOptions): Page {
  const config = options.config ?? {};
  const zone = typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : undefined;
  const relativePath = options.path.replace(/^\/+/, '');
  const body = stripBom(text);
  // Convertible#read_yaml's messages name `filename`, the file's absolute path
  const filename = options.filename ?? relativePath;
  const read = options.unreadable ? ({ ok: true, fm: { data: {}, content: body, contentLine: 1 } } as const) : tryReadFrontMatter(body, relativePath, { zone, codec: siteCodec(config), named: filename });
  let fm: FrontMatter | null;
  if (read.ok) fm = read.fm;
  else {
    if (read.notMapping || config.strict_front_matter === true || !options.onWarning) throw read.error;
    options.onWarning({ level: 'warning', code: 'YAML_EXCEPTION', message: unreadableMessage(read.error, filename, 'Error reading file'), file: relativePath, line: read.error.line });
    fm = { data: {}, content: read.content, contentLine: read.contentLine };
  }
  const defaults = options.defaults ?? foundDefaultsFor({ defaults: [], ...config } as SiteConfig, relativePath, 'pages');
  // Page#initialize: defaults answer only for keys the front matter lacks (a
  // default_proc), so `layout: null` in a page turns a default layout off.
  const data: Data = mergeFlat(defaults, fm?.data ?? {}, options.overrides ?? {});
  const own = { ...(fm?.data ?? {}), ...(options.overrides ?? {}) };
  const defaultedKeys = Object.keys(defaults).filter((k) => !Object.prototype.hasOwnProperty.call(own, k));
  // Convertible#validate_permalink!: before the defaults answer (Page#initialize sets the
  // default_proc after read_yaml), so an empty permalink from the defaults is none.
  if (fm?.data.permalink === '') {
    throw new KyllError('INVALID_PERMALINK', `Invalid permalink in ${filename}`, { file: relativePath, line: permalinkLine(body) });
  }
  const slash = relativePath.lastIndexOf('/');
  const dir = slash === -1 ? '' : relativePath.slice(0, slash);
  const name = relativePath.slice(slash + 1);
  // Page#process: the extension, and the base name without trailing dots.
  const ext = extname(name);
  const basename = name.slice(0, name.length - ext.length).replace(/\.+$/, '');
  // Page#url is made when the page is rendered (Page#to_liquid) or a template reads it: until then
  // a permalink that cannot make one (not a string) is kept as the page's urlError.
  let outputExt = outputExtFor(ext, config.markdown_ext, null);
  let url = '';
  let urlError: KyllError | undefined;
  try {
    const permalink = unpublishedPage(own, config) ? null : permalinkValue(data, relativePath, body, localizedPermalink(data, options.localized), 'end_with?');
    outputExt = outputExtFor(ext, config.markdown_ext, permalink);
    url = pageUrl({ dir, basename, outputExt, permalink, permalinkStyle: String(config.permalink ?? 'date'), where: relativePath });
  } catch (e) {
    if (!(e instanceof KyllError) || e.code !== 'INVALID_PERMALINK') throw e;
    urlError = e;
  }
  const content = fm ? fm.content : body;
  const modified = options.onWarning && ((separator: string): void => options.onWarning!(excerptModifiedWarning(relativePath, separator)));
  const excerptSource = config.page_excerpts == null || config.page_excerpts === false ? undefined : pageExcerptSource(fm?.data ?? {}, content, ext, config, modified);
  return {
    kind: 'page',
    relativePath,
    collection: null,
    data,
    content,
    contentLine: fm ? fm.contentLine : 1,
    ext,
    outputExt,
    url,
    outputPath: urlToOutputPath(url, outputExt, { page: true }),
    write: true,
    ...(urlError ? { urlError } : withDestinationError(url, relativePath)),
    ...titleField(data),
    ...(defaultedKeys.length > 0 ? { defaultedKeys } : {}),
    ...(excerptSource === undefined ? {} : { excerptSource }),
    ...(options.unreadable ? { unreadable: options.unreadable } : {}),
  };
}

const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm']);

/**
 * `page_excerpts: true` (Page#generate_excerpt): an HTML page gets an excerpt made as a post's is,
 * unless its front matter gives one. It runs in Page#initialize before the front matter
 * defaults answer, so only the page's own `excerpt`, `excerpt_separator` and `permalink` count.
 */
function pageExcerptSource(own: Data, content: string, ext: string, config: Partial<SiteConfig>, onModified?: (separator: string) => void): string | undefined {
  if (hasGivenExcerpt(own)) return undefined;
  const separator = excerptSeparator(own.excerpt_separator, config.excerpt_separator);
  if (separator === '') return undefined;
  // Page#html?: the output extension, from the page's own permalink or its converter.
  const permalink = own.permalink == null || own.permalink === false ? null : String(own.permalink);
  if (!HTML_EXTENSIONS.has(outputExtFor(ext, config.markdown_ext, permalink))) return undefined;
  return extractExcerpt(content, separator, onModified && (() => onModified(separator)));
}


// A page with published: false (or nil) is left out by the reader before Jekyll reads its permalink.
function unpublishedPage(own: Data, config: Partial<SiteConfig>): boolean {
  return unpublishedData(own) && !rubyTruthy(config.unpublished);
}

/**
 * Publisher#can_be_published? for a Page: `data.fetch("published", true)`, and Hash#fetch does not
 * ask the default_proc that answers for the front matter defaults (Page#initialize), so only the
 * page's own `published` leaves it out; a default `published: false` does not (though
 * `page.published` reads false). A document's defaults are merged into its data, and count.
 */
export function publishablePage(page: Page, config: Partial<SiteConfig>): boolean {
  return rubyTruthy(config.unpublished) || !unpublishedData(page.data) || (page.defaultedKeys?.includes('published') ?? false);
}

/** Publisher#can_be_published?'s `data.fetch("published", true)` is false or nil: a `published` key that is false, `~` or empty. */
export function unpublishedData(data: Data): boolean {
  return Object.hasOwn(data, 'published') && (data.published === false || data.published == null);
}
