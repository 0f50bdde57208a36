// Helpers for plugins that edit the read site: which files are Markdown (the
// Markdown converter's #matches), a plugin's option hash, and a Site with some
// documents replaced (posts and their categories and tags kept in step).
import { isHash } from './values.js';
import type { Document, Post, Site, SiteConfig } from '../../types.js';
import { indexPostsBy } from '../../site/indexes.js';
import { createConverterTable } from '../../render/converters.js';

/** converters/markdown.rb#matches: the extension, downcased, is one of `markdown_ext`. */
export function markdownMatcher(config: SiteConfig): (ext: string) => boolean {
  const converters = createConverterTable(config);
  return (ext) => converters.kindFor(ext) === 'markdown';
}

/** `markdown_ext` as a list with dots, in lower case (Markdown#extname_list). */
export function markdownExtensions(config: SiteConfig): string[] {
  return String(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md').split(',').map((e) => `.${e.trim().toLowerCase()}`);
}

/** `site.config[KEY][key]` as the gems read it: nothing when the key is not a hash. */
export function pluginOption(config: SiteConfig, key: string, option: string): unknown {
  const hash = config[key];
  return isHash(hash) ? hash[option] : undefined;
}

/** Warn once for each key of the plugin's hash that the gem does not read. */
export function warnUnknownOptions(config: SiteConfig, key: string, known: readonly string[], warn: (message: string) => void): void {
  const hash = config[key];
  if (hash === undefined || hash === null) return;
  if (!isHash(hash)) {
    warn(`'${key}' in _config.yml should be a hash of options; it is ignored.`);
    return;
  }
  for (const k of Object.keys(hash)) {
    if (!known.includes(k)) warn(`Unknown option '${key}.${k}' in _config.yml (known: ${known.join(', ')}); it is ignored.`);
  }
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
