// URL placeholders of documents (Jekyll::Drops::UrlDrop, jekyll/drops/url_drop.rb) and pages
// (Page#url_placeholders, Page#template, jekyll/page.rb), and the URLs they give.
import type { JekyllTime, LocalFields } from '../time/index.js';
import { DATE_PLACEHOLDERS, datePart, type DatePlaceholder } from './date-parts.js';
import { addPermalinkSuffix, basenameWithoutExt, buildUrl, extname, fillPageTemplate } from './permalink.js';
import { slugify, type SlugWarn } from './slugify.js';
import { fillUrlTemplate } from './url-template.js';
import { rubyDowncase } from '../values/ruby-downcase.js';
import { KyllError } from '../errors/index.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { frontMatterToS } from '../values/front-matter-to-s.js';

export interface DocumentUrlInput {
  /** The collection label: `posts`. */
  readonly collection: string;
  /** Path relative to the collections dir: `news/_posts/2020-09-09-x.md`. */
  readonly relativePath: string;
  /** The collection's folder (Collection#relative_directory): `_posts`. */
  readonly collectionDir: string;
  /** `data.slug` (front matter, or the file-name slug). */
  readonly slug?: unknown;
  /** `data.categories`. */
  readonly categories?: unknown;
  readonly date: JekyllTime;
  readonly outputExt: string;
  /** Utils.slugify's empty-slug warning, for the placeholders the template uses. */
  readonly onEmptySlug?: SlugWarn;
}

// UrlDrop's placeholders, in its order.
const DOCUMENT_PLACEHOLDERS: readonly string[] = ['collection', 'name', 'title', 'slug', 'categories', 'slugified_categories', 'output_ext', 'path', ...DATE_PLACEHOLDERS];
const DATE_KEYS = new Set<string>(DATE_PLACEHOLDERS);

/** Every placeholder a post or collection document URL template may use. */
export function documentPlaceholders(input: DocumentUrlInput): Record<string, string> {
  const value = placeholderValues(input);
  return Object.fromEntries(DOCUMENT_PLACEHOLDERS.map((key) => [key, value(key)]));
}

/** A document's placeholder values, each worked out when asked for (a template uses a few). */
function placeholderValues(input: DocumentUrlInput): (key: string) => string {
  let local: LocalFields | undefined;
  const base = (): string => basenameWithoutExt(input.relativePath);
  const warn = input.onEmptySlug;
  const slugValue = (): string | undefined => {
    const slug = input.slug;
    if (slug == null || typeof slug === 'string') return slug ?? undefined;
    // UrlDrop#title and #slug: Utils.slugify calls String#gsub on any other value (`slug: 1999`),
    // and Jekyll 4.3.1 stops where the URL is first needed.
    // The message is Ruby's alone (Jekyll's "Liquid Exception: <it> in index.html" stays whole
    // when a template reads the URL); what to do is the hint.
    const quoted = typeof slug === 'object' ? '' : ` (write slug: "${String(slug)}")`;
    throw new KyllError('INVALID_PERMALINK', noMethodText('gsub', slug), { file: input.relativePath }, { hint: `the slug of ${input.relativePath} must be text${quoted}` });
  };
  return (key) => {
    if (DATE_KEYS.has(key)) return datePart((local ??= input.date.local()), key as DatePlaceholder);
    switch (key) {
      case 'collection': return input.collection;
      case 'name': return slugify(base(), null, false, warn);
      case 'title': return slugify(slugValue() ?? base(), 'pretty', true, warn);
      case 'slug': return slugify(slugValue() ?? base(), null, false, warn);
      // UrlDrop: Array(categories), not flattened, each item's to_s (a list in the list prints its inspect)
      case 'categories': return [...new Set(toArray(input.categories).map((c) => rubyDowncase(frontMatterToS(c))))].join('/');
      case 'slugified_categories': return [...new Set(toArray(input.categories).map((c) => slugify(frontMatterToS(c), null, false, warn)))].join('/');
      case 'output_ext': return input.outputExt;
      case 'path': return cleanedRelativePath(input.relativePath, input.collectionDir);
      default: return '';
    }
  };
}

/** Document#cleaned_relative_path: no extension, the collection folder removed (first occurrence), no trailing dots. */
export function cleanedRelativePath(relativePath: string, collectionDir: string): string {
  const ext = extname(relativePath);
  const withoutExt = ext ? relativePath.slice(0, -ext.length) : relativePath;
  return withoutExt.replace(collectionDir, '').replace(/\.*$/, '');
}

/** The URL of a post or document: its `permalink` front matter, else the collection's template (Document#url). */
export function documentUrl(template: string, permalink: unknown, input: DocumentUrlInput): string {
  const value = placeholderValues(input);
  return buildUrl({
    template,
    permalink: typeof permalink === 'string' ? permalink : permalink == null || permalink === false ? null : String(permalink),
    fill: (t) => fillUrlTemplate(t, DOCUMENT_PLACEHOLDERS, value, input.relativePath),
  });
}

/** Collection#url_template: the collection's `permalink`, else `/:collection/:path` with the site style's ending. */
export function collectionUrlTemplate(metadata: { permalink?: unknown }, permalinkStyle: string): string {
  if (typeof metadata.permalink === 'string') return metadata.permalink;
  return addPermalinkSuffix('/:collection/:path', permalinkStyle);
}

const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm']);

/** Page#template: non-HTML keeps its name, `index` pages are their folder, others follow the site style. */
export function pageTemplate(basename: string, outputExt: string, permalinkStyle: string): string {
  if (!HTML_EXTENSIONS.has(outputExt)) return '/:path/:basename:output_ext';
  if (basename === 'index') return '/:path/';
  return addPermalinkSuffix('/:path/:basename', permalinkStyle);
}

export interface PageUrlInput {
  /** The page's folder relative to the source, no leading slash: `guide/deep`, `` at the root. */
  readonly dir: string;
  /** File name without extension and trailing dots (Page#process). */
  readonly basename: string;
  readonly outputExt: string;
  readonly permalink?: unknown;
  readonly permalinkStyle: string;
  /** The page's file, named by an error. */
  readonly where?: string;
}

/** Page#url. */
export function pageUrl(input: PageUrlInput): string {
  // Page's @dir: File.join of the folders the reader walked, so '/guide/deep' (escaped as such; the slash
  // it doubles is squeezed), '' at the root.
  const placeholders = { path: input.dir === '' ? '' : `/${input.dir}`, basename: input.basename, output_ext: input.outputExt };
  const permalink = input.permalink == null || input.permalink === false ? null : String(input.permalink);
  return buildUrl({
    template: pageTemplate(input.basename, input.outputExt, input.permalinkStyle),
    permalink,
    fill: (t) => fillPageTemplate(t, placeholders, input.where),
  });
}

function toArray(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}
