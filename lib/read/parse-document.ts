// Reading one collection document or post as Jekyll's Document#read does (jekyll/document.rb):
// folder categories, front matter defaults, front matter, then title/slug/date, categories, tags, excerpt.
import type { Data, Diagnostic, Document, SiteConfig } from '../types.js';
import { JekyllTime, fileTime } from '../time/index.js';
import { KyllError } from '../errors/index.js';
import { defaultsFor } from '../config/front-matter-defaults.js';
import { configuredDir } from '../config/site-dir.js';
import { posix } from 'node:path';
import { isPlainHash } from '../config/merge.js';
import { collectionUrlTemplate, documentUrl } from '../url/placeholders.js';
import { basenameWithoutExt, extname, styleToTemplate } from '../url/permalink.js';
import { outputExtFor, urlToOutputPath, withDestinationError } from '../url/url-to-path.js';
import { DATE_PLACEHOLDERS } from '../url/date-parts.js';
import { hasYamlHeader, psychText, stripBom, tryReadFrontMatter, unreadableMessage } from './front-matter.js';
import { siteCodec } from './text-codec.js';
import { parseYaml } from './yaml.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { excerptModifiedWarning, excerptSeparator, extractExcerpt, hasGivenExcerpt } from './excerpt.js';
import { CategoriesTypeError, categoriesFromPath, mergeData, mergeListInto, populateCategories, populateTags, type MergeContext } from './merge-data.js';
import { taxonomyFields, titleField } from './model-fields.js';
import { localizedPermalink, withoutLocaleFolders, type LocalizedRead } from './localized.js';
import { parseDatelessName, parsePostName, titleizeSlug } from './post-name.js';
import { checkCollectionTemplate, permalinkValue } from './permalink-value.js';
import { unhashedMetadata, unhashedUrlError } from '../site/collection-metadata.js';

export interface ParseDocumentOptions {
  /** Path relative to the site source: `_notes/a.md`, `news/_posts/2020-09-09-x.md`. */
  path: string;
  /** The collection label; `posts` for posts and drafts. */
  collection: string;
  config?: Partial<SiteConfig>;
  /** Front matter defaults for this file; computed from `config.defaults` when omitted. */
  defaults?: Data;
  /** The defaults could not be merged for this file (DefaultsPrecedenceError): Document#read's error, its content unread. */
  defaultsError?: Error;
  /** site.time: the date of undated documents and the "no date" marker. Default: the clock. */
  time?: JekyllTime;
  /** The file's modification time in ms (the date of an undated draft). */
  mtime?: number;
  /**
   * Where a warning goes when the front matter cannot be read. Given it, such a
   * file is read as Jekyll reads it (Document#handle_read_error: logged, then
   * rendered with no front matter) unless `strict_front_matter` is set; without
   * it, or with `strict_front_matter`, the YAML_EXCEPTION is thrown.
   */
  onWarning?: (warning: Diagnostic) => void;
  /** Filled in with what the result took from `time` (lib/site/read-memo.ts keeps the rest across a clock change). */
  clock?: ClockUse;
  /** The text is not UTF-8 (Document#read_content's regexp raised, handle_read_error logged it): the whole file is the content, with the defaults only. */
  unreadable?: Document['unreadable'];
  /** File.read refused the file (Document#read_content raised before the content was set): no content, the defaults only. */
  refused?: boolean;
  /** Read for one language of jekyll-multiple-languages-plugin (localized.ts). */
  localized?: LocalizedRead;
  /** The file as Jekyll's read errors name it (Document#path, its absolute path: jekyllFilename); the relative path when omitted. */
  filename?: string;
}

/** What a read took from site.time. */
export interface ClockUse {
  /** The result depends on the time: an undated document (dated site.time), a `10:00` date (today's). */
  used: boolean;
  /** Unix seconds at which a read would give another result: a date equal to site.time counts as none. */
  readonly avoid: number[];
}

/** A document as read: always dated (site.time when it has no date of its own). */
export interface ParsedDocument extends Document {
  readonly date: JekyllTime;
  readonly slug: string;
  readonly id: string;
  readonly draft: boolean;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
}

/** Parse a collection document (or a post: see parsePost). Synchronous and pure. */
export function parseDocument(text: string, options: ParseDocumentOptions): ParsedDocument {
  const config = options.config ?? {};
  const zone = typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : undefined;
  const now = options.time ?? JekyllTime.inZone(Date.now(), zone);
  const label = options.collection;
  const collectionDir = `_${label}`;
  const relativePath = documentRelativePath(options.path, config);
  const draft = label === 'posts' && !relativePath.includes(collectionDir);
  const clock = options.clock;
  const ctx: MergeContext = { relativePath, zone, now, onNow: clock && ((): void => void (clock.used = true)) };
  // Where the document is, for every way out below (a document read in part or whole).
  const place: DocumentPlace = { relativePath, label, collectionDir, draft, now, config, mtime: options.mtime };

  // Document#initialize: categories from the folders above _posts (or _drafts).
  let data: Data = { categories: categoriesFromPath(relativePath, draft ? '_drafts' : collectionDir) };
  if (options.defaultsError && !isYamlFile(relativePath)) return defaultsUnmerged(options.defaultsError, data, {}, place, options);
  const defaults = options.defaults ?? defaultsFor({ defaults: [], ...config } as SiteConfig, relativePath, label);
  if (Object.keys(defaults).length > 0) {
    try {
      data = mergeData(data, defaults, 'front matter defaults', ctx);
    } catch (e) {
      if (!(e instanceof CategoriesTypeError)) throw e;
      // (a .yml document is read without its defaults: yamlDocument below)
      if (!isYamlFile(relativePath)) return defaultsUnmerged(e, data, defaults, place, options);
    }
  }

  const body = stripBom(text);
  // Document#read: a .yml/.yaml document's data is the whole file loaded as YAML
  // (Utils.safe_load_yaml_file: its first YAML document, closed by a `---` or not), unrescued.
  if (isYamlFile(relativePath) && hasYamlHeader(text)) {
    // An empty first document is nil, and Document#data `@data ||= {}`.
    const yaml = parseYaml(psychText(text, relativePath, siteCodec(config)), relativePath, 0, { zone }) ?? {};
    if (!isPlainHash(yaml)) throw new KyllError('YAML_EXCEPTION', `Invalid YAML front matter in ${relativePath}`, { file: relativePath, line: 1 });
    return yamlDocument(yaml as Data, place);
  }
  if (options.unreadable || options.refused) {
    if (clock) clock.used = true;
    const doc = unreadDocument({ content: body, contentLine: 1 }, data, place);
    return options.unreadable ? { ...doc, unreadable: options.unreadable } : doc;
  }
  // Document#handle_read_error names the file by `path`, its absolute path
  const filename = options.filename ?? relativePath;
  const read = tryReadFrontMatter(body, relativePath, { zone, codec: siteCodec(config), named: filename });
  if (!read.ok) {
    if (config.strict_front_matter === true || !options.onWarning) throw read.error;
    options.onWarning(unreadableDiagnostic(read, relativePath, filename));
    if (clock) clock.used = true;
    return unreadDocument(read, data, place);
  }
  const fm = read.fm;
  if (fm && !isPlainHash(fm.data)) throw new KyllError('YAML_EXCEPTION', `Invalid YAML front matter in ${relativePath}`, { file: relativePath, line: 1 });
  if (fm) {
    try {
      data = mergeData(data, fm.data, 'YAML front matter', { ...ctx, dateLine: () => keyLine(body, 'date') });
    } catch (e) {
      if (!(e instanceof CategoriesTypeError)) throw e;
      // Document#read rescues the TypeError (handle_read_error): logged, the front matter left out, the body kept.
      const error = new KyllError('YAML_EXCEPTION', `could not read file ${filename}: ${e.message}`, { file: relativePath, line: keyLine(body, 'categories') });
      if (config.strict_front_matter === true || !options.onWarning) throw error;
      options.onWarning({ level: 'error', code: 'YAML_EXCEPTION', message: error.message, file: relativePath, line: error.line });
      if (clock) clock.used = true;
      return unreadDocument(fm, data, place);
    }
  }
  const content = fm ? fm.content : body;
  const contentLine = fm ? fm.contentLine : 1;

  // Document#populate_title: the file name's date is used unless the front matter has another one.
  const named = parsePostName(relativePath);
  let slug: string;
  let ext: string | undefined;
  if (named) {
    const date = data.date;
    const second = date instanceof Date ? Math.floor(date.getTime() / 1000) : undefined;
    if (second !== undefined) clock?.avoid.push(second);
    if (second === undefined || second === Math.floor(now.getTime() / 1000)) {
      if (second !== undefined && clock) clock.used = true;
      data = mergeData(data, { date: named.date }, 'filename', ctx);
    }
    slug = named.slug;
    ext = named.ext;
  } else {
    const dateless = parseDatelessName(relativePath);
    slug = (dateless?.slug ?? basenameWithoutExt(relativePath)).replace(/\.+$/, '');
    ext = dateless?.ext;
  }
  if (rubyFalsy(data.title)) data.title = titleizeSlug(slug);
  if (rubyFalsy(data.slug)) data.slug = slug;
  if (rubyFalsy(data.ext)) data.ext = ext ?? null;
  data = withoutLocaleFolders(data, options.localized);
  data = mergeListInto(data, 'categories', populateCategories(data), 'YAML front matter', ctx);
  data = mergeListInto(data, 'tags', populateTags(data), 'YAML front matter', ctx);

  // Document#date and #draft?
  const dated = data.date instanceof Date;
  if (!dated && clock) clock.used = true;
  if (!dated) data.date = draft && options.mtime !== undefined ? JekyllTime.inZone(fileTime(options.mtime, now), zone) : now;
  if (rubyFalsy(data.draft)) data.draft = draft;
  const date = data.date as JekyllTime;

  // Document#excerpt_separator: `(data[...] || site.config[...]).to_s` (a list's to_s is its inspect)
  const separator = excerptSeparator(data.excerpt_separator, config.excerpt_separator);
  const modified = options.onWarning && ((): void => options.onWarning!(excerptModifiedWarning(relativePath, separator)));
  const excerpt = hasGivenExcerpt(data) || separator === '' ? null : extractExcerpt(content, separator, modified);

  // A post without a date of its own (an undated draft) has one when sorted unless `future` is on (unreadDocument).
  return finishDocument({ ...place, localized: options.localized, onNow: ctx.onNow }, data, content, contentLine, date, excerpt ?? undefined, dated || datedWhenSorted(label, config));
}

interface DocumentPlace {
  readonly relativePath: string;
  readonly label: string;
  readonly collectionDir: string;
  readonly draft: boolean;
  readonly now: JekyllTime;
  readonly config: Partial<SiteConfig>;
  readonly mtime?: number;
  readonly localized?: LocalizedRead;
  /** Marks the result as depending on `now` (options.clock). */
  readonly onNow?: () => void;
}

/**
 * A document whose front matter could not be read (Document#read rescued):
 * categories from its path and the defaults, no title, slug or excerpt, and
 * the date Document#date falls back to (site.time; a draft's mtime). A post
 * has that date when it is sorted (PostReader asks the publisher, which asks
 * Document#date); a collection document does not yet.
 */
function unreadDocument(read: { content: string; contentLine: number }, data: Data, place: DocumentPlace): ParsedDocument {
  const zone = typeof place.config.timezone === 'string' && place.config.timezone !== '' ? place.config.timezone : undefined;
  const date = place.draft && place.mtime !== undefined ? JekyllTime.inZone(fileTime(place.mtime, place.now), zone) : place.now;
  // Its date stays nil until Document#date is first called: PostReader's publishable? calls it
  // (Publisher#hidden_in_the_future?) only when `future` is off, so with `future: true` the post
  // is still undated when the posts are sorted, and Document#<=> falls back to its path.
  return finishDocument(place, { ...data, draft: place.draft, date }, read.content, read.contentLine, date, undefined, datedWhenSorted(place.label, place.config));
}

/**
 * PostReader#processable?: a post whose content is nil (its defaults' categories not a list:
 * Document#read stopped before reading the file) is left out.
 */
export class SkippedPost extends Error {}

/**
 * Front matter defaults whose `categories` is not a list (or that cannot be merged at all:
 * DefaultsPrecedenceError): merge_defaults raises in Document#read
 * before the file is read (handle_read_error logs it). The document keeps its path's categories
 * and finds every other key in the defaults (Document#data's default_proc); its content is nil,
 * which a post is left out for and a collection document renders as empty.
 */
function defaultsUnmerged(e: Error, data: Data, defaults: Data, place: DocumentPlace, options: ParseDocumentOptions): ParsedDocument {
  const error = new KyllError('YAML_EXCEPTION', `could not read file ${options.filename ?? place.relativePath}: ${e.message}`, { file: place.relativePath });
  if (place.config.strict_front_matter === true || !options.onWarning) throw error;
  options.onWarning({ level: 'error', code: 'YAML_EXCEPTION', message: error.message, file: place.relativePath });
  if (place.label === 'posts') throw new SkippedPost(place.relativePath);
  if (options.clock) options.clock.used = true;
  const { categories: _unused, date: _undated, ...found } = defaults;
  return unreadDocument({ content: '', contentLine: 1 }, { ...found, ...data }, place);
}

// Document#yaml_file?: the extension as written, lower case only.
const YAML_EXTS = new Set(['.yml', '.yaml']);

/** Document#yaml_file?: a collection document read from a `.yml` or `.yaml` file. */
export function isYamlFile(path: string): boolean {
  return YAML_EXTS.has(extname(path));
}

/**
 * A document read from a `.yml`/`.yaml` file (Document#read, yaml_file?): the file's first
 * YAML document is all its data, without front matter defaults, title,
 * slug, ext, categories or tags made from its name; it has no content, and so no excerpt
 * (nor Liquid, nor layout: render-document.ts). Document#date gives it site.time.
 */
function yamlDocument(yaml: Data, place: DocumentPlace): ParsedDocument {
  const data: Data = { ...yaml };
  const date = data.date instanceof JekyllTime ? data.date : place.now;
  if (rubyFalsy(data.date)) data.date = date;
  // Document#date runs draft?, which stores it after the file's own keys: when the publisher
  // reads a post's date; a collection document's when its drop's date is first read (drops.ts)
  if (place.label === 'posts' && rubyFalsy(place.config.future) && rubyFalsy(data.draft)) data.draft = place.draft;
  return finishDocument(place, data, '', 1, date, undefined, true);
}

/** A post has a date when the posts are sorted, whether or not it has one of its own, unless `future` is on. */
function datedWhenSorted(label: string, config: Partial<SiteConfig>): boolean {
  return label === 'posts' && rubyFalsy(config.future);
}

function unreadableDiagnostic({ error, notMapping, value }: { error: KyllError; notMapping: boolean; value?: unknown }, file: string, filename: string): Diagnostic {
  // Front matter that is no mapping reaches Document#merge_data!, whose `other.key?("categories")`
  // raises Ruby's NoMethodError: Jekyll logs its message.
  const message = notMapping ? `could not read file ${filename}: ${noMethodText('key?', value)}` : unreadableMessage(error, filename, 'could not read file');
  // Document#read logs it with Jekyll.logger.error ("Error:"), where a page's Convertible#read_yaml warns; the build goes on.
  return { level: 'error', code: 'YAML_EXCEPTION', message, file, line: error.line };
}

function finishDocument(
  place: DocumentPlace,
  data: Data,
  content: string,
  contentLine: number,
  date: JekyllTime,
  excerpt: string | undefined,
  dated: boolean,
): ParsedDocument {
  const { relativePath, label, collectionDir, draft, config } = place;
  const fileExt = extname(relativePath);
  const style = String(config.permalink ?? 'date');
  const metadata = collectionMetadata(config, label);
  const template =
    label === 'posts' ? (typeof metadata.permalink === 'string' ? metadata.permalink : styleToTemplate(style)) : collectionUrlTemplate(metadata, style);
  const write = label === 'posts' || !rubyFalsy(metadata.output);
  let url = '';
  let urlError: KyllError | undefined;
  const urlWarnings: string[] = [];
  let permalink: string | null = null;
  let outputExt = outputExtFor(fileExt, config.markdown_ext, null);
  try {
    // Document#url asks Collection#url_template (`metadata.fetch`) first
    const unhashed = unhashedMetadata(config, label);
    if (unhashed) throw unhashedUrlError(unhashed.value, label);
    permalink = permalinkValue(data, relativePath, undefined, localizedPermalink(data, place.localized));
    if (permalink === null) checkCollectionTemplate(metadata, label, relativePath);
    outputExt = outputExtFor(fileExt, config.markdown_ext, permalink);
    url = documentUrl(template, permalink, {
      collection: label,
      relativePath,
      collectionDir,
      slug: data.slug,
      categories: data.categories,
      date,
      outputExt,
      onEmptySlug: (message) => void urlWarnings.push(message),
    });
  } catch (e) {
    // Document#url is computed when first read: a document builds with a template it cannot fill
    // until a template reads its url or id, or (one that is written) until Site#cleanup asks
    // where it goes, once the whole site is rendered (render-site.ts#firstUnplaced).
    if (!(e instanceof KyllError) || e.code !== 'INVALID_PERMALINK') throw e;
    urlError = e;
  }
  const docSlug = String(data.slug ?? basenameWithoutExt(relativePath));
  return {
    kind: label === 'posts' ? 'post' : 'document',
    relativePath,
    collection: label,
    data,
    content,
    contentLine,
    ext: fileExt,
    outputExt,
    url,
    outputPath: urlToOutputPath(url, outputExt),
    write,
    ...(urlError ? { urlError } : write ? withDestinationError(url, relativePath) : {}),
    ...(urlWarnings.length > 0 ? { urlWarnings } : {}),
    date,
    slug: docSlug,
    id: joinPath(rubyDirname(url), docSlug),
    draft,
    excerptSource: excerpt,
    dated,
    // Document#url fills the template's placeholders through UrlDrop: a date one calls Document#date.
    ...(dated ? {} : { urlDated: usesDatePlaceholder(permalink ?? template) }),
    ...titleField(data),
    ...taxonomyFields(data),
  };
}

const DATE_PLACEHOLDER = new RegExp(`:(${DATE_PLACEHOLDERS.join('|')})(?![a-z_])`);

/** A URL template with a date placeholder (`:year`, `:i_month`...). */
function usesDatePlaceholder(template: string): boolean {
  return DATE_PLACEHOLDER.test(template);
}

function collectionMetadata(config: Partial<SiteConfig>, label: string): Data {
  const collections = config.collections;
  const meta = isPlainHash(collections) ? collections[label] : undefined;
  return isPlainHash(meta) ? meta : {};
}

/** Document#relative_path: the path below site.collections_path (collections_dir resolved in the source). */
export function documentRelativePath(path: string, config: Partial<SiteConfig>): string {
  // A collections_dir that names the source itself (`.`, `./`, `/`) is site.in_source_dir's
  // "<source>/": `path.sub("<source>//", "")` then leaves every document its absolute path.
  if (config.collections_dir != null && config.collections_dir !== '' && namesSourceRootWithSlash(config)) return `${String(config.source).replace(/\/+$/, '')}/${path}`;
  return belowCollectionsDir(path, config);
}

/** A path without its collections_dir: a collection's static file (StaticFile#relative_path drops the source only). */
export function belowCollectionsDir(path: string, config: Partial<SiteConfig>): string {
  // Unset or empty, collections_dir is the source itself.
  if (config.collections_dir == null || config.collections_dir === '') return path;
  const dir = configuredDir(config, 'collections_dir', '');
  return dir !== '' && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
}

/**
 * PathManager.sanitize_and_join: File.expand_path(dir, "/") is "/" (`.`, `./`, `/`, `a/..`), not the
 * source itself, so it is joined to the source, which gives "<source>/".
 */
function namesSourceRootWithSlash(config: Partial<SiteConfig>): boolean {
  const value = config.collections_dir;
  if (typeof value !== 'string' || value.startsWith('~')) return false;
  const source = String(config.source ?? '').replace(/\/+$/, '');
  return source !== '' && posix.resolve('/', value) === '/';
}

/** 1-based line of a top-level `key:` in the front matter (for error places). */
function keyLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((line, n) => n > 0 && new RegExp(`^${key}\\s*:`).test(line));
  return i === -1 ? undefined : i + 1;
}

/** Ruby's File.dirname, trailing slashes ignored: `/a/b/` → `/a`, `/x` → `/`. */
function rubyDirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const at = trimmed.lastIndexOf('/');
  return at <= 0 ? '/' : trimmed.slice(0, at);
}

/** Ruby's File.join of two parts. */
function joinPath(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name.replace(/^\/+/, '')}`;
}

/** Ruby's `||=` assigns only over nil and false. */
function rubyFalsy(value: unknown): boolean {
  return value == null || value === false;
}
