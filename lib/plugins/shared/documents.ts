// Helpers for plugins that edit the read site: which files are Markdown (the
// Markdown converter's #matches), a plugin's option hash, and a Site with some
// documents replaced (posts and their categories and tags kept in step).
import { isHash } from './values.js';
import { KyllError } from '../../errors/index.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import type { Document, Post, Site, SiteConfig } from '../../types.js';
import { indexPostsBy } from '../../site/indexes.js';
import { createConverterTable } from '../../render/converters.js';
import { markdownExtList } from '../../config/markdown-ext.js';

/** converters/markdown.rb#matches: the extension, downcased, is one of `markdown_ext`. */
export function markdownMatcher(config: SiteConfig): (ext: string) => boolean {
  const converters = createConverterTable(config);
  return (ext) => converters.kindFor(ext) === 'markdown';
}

/** `markdown_ext` as a list with dots, in lower case (Markdown#extname_list). */
export function markdownExtensions(config: SiteConfig): string[] {
  return [...markdownExtList(config.markdown_ext)];
}

/**
 * `site.config[KEY] && site.config[KEY][key]`, as jekyll-relative-links, -titles-from-headings,
 * -optional-front-matter and -readme-index read their options: nil or false is itself (so `KEY: false`
 * turns the plugin off, `enabled` being false); a String
 * gives the key when it holds it as a substring (String#[]), else nil; an Integer or Array cannot
 * take a String index (TypeError); true, a Float and others have no #[] (NoMethodError).
 */
export function pluginOption(config: SiteConfig, key: string, option: string): unknown {
  const value = config[key];
  // `false && ...` is false: `relative_links: false` answers false for every key, so `enabled` is false
  if (value === undefined || value === null || value === false) return value === false ? false : undefined;
  return stringIndex(value, option);
}

/**
 * Ruby's `value[key]` for a String key, on a setting read from _config.yml: a Hash's entry; a
 * String gives the key when it holds it as a substring (String#[]), else nil; an Integer or Array
 * cannot take a String index (TypeError); nil, true, a Float and others have no #[] (NoMethodError).
 */
export function stringIndex(value: unknown, key: string, setting?: string): unknown {
  if (isHash(value)) return value[key];
  if (typeof value === 'string') return value.includes(key) ? key : undefined;
  const why = Array.isArray(value) || typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value))
    ? 'no implicit conversion of String into Integer'
    : noMethodText('[]', value ?? null);
  throw new KyllError('INVALID_CONFIG', setting ? `${why} (${setting} in _config.yml must be a mapping)` : why, { file: '_config.yml' });
}

/** site.docs_to_write: posts, then each output collection's documents that are written. */
export function docsToWrite(site: Site): Document[] {
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  return labels.flatMap((l) => site.collections[l]!.docs.filter((d) => d.write));
}

/** The site with documents (posts or collection documents) swapped by `edit`; pages untouched. */
export function mapDocuments(site: Site, edit: (doc: Document) => Document): Site {
  const changed = new Map<Document, Document>();
  const swap = (doc: Document): Document => {
    let out = changed.get(doc);
    if (!out) {
      out = edit(doc);
      changed.set(doc, out);
    }
    return out;
  };
  const collections = Object.fromEntries(Object.entries(site.collections).map(([label, c]) => [label, { ...c, docs: c.docs.map(swap) }]));
  const posts = site.posts.map((p) => swap(p) as Post);
  return { ...site, posts, collections, categories: indexPostsBy(posts, 'categories'), tags: indexPostsBy(posts, 'tags') };
}
