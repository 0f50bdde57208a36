// What jekyll-multiple-languages-plugin (1.7.0) changes in reading one language's build:
// its Permalink module (prepended to Page and Document) and Document#populate_categories.
import type { Data } from '../types.js';

/** The language a build reads for. */
export interface LocalizedRead {
  readonly lang: string;
}

/**
 * Permalink#permalink: nil without a `permalink`; otherwise `permalink_LANG` when it is set,
 * else `permalink` (what the URL and the output extension are made from; Liquid still sees `permalink`).
 */
export function localizedPermalink(data: Data, localized: LocalizedRead | undefined): unknown {
  const own = data.permalink;
  if (own == null || localized === undefined) return own;
  const forLang = data[`permalink_${localized.lang}`];
  return forLang == null || forLang === false ? own : forLang;
}

/**
 * Document#populate_categories: `_i18n` and the build's language taken out of the categories
 * read so far (the folders above `_posts`, or the front matter's list) before Jekyll's own merge.
 * Array#delete changes a list only; a string of categories is left as it is.
 */
export function withoutLocaleFolders(data: Data, localized: LocalizedRead | undefined): Data {
  const categories = data.categories;
  if (localized === undefined || !Array.isArray(categories)) return data;
  return { ...data, categories: categories.filter((c) => c !== '_i18n' && c !== localized.lang) };
}
