// The front matter fields that the public model also carries at the top level
// (post.title, post.tags, post.categories), derived from a document's data.
import type { Data } from '../types.js';
import { rubyToS } from './merge-data.js';

export interface TitleField {
  readonly title?: string;
}

export interface TaxonomyFields {
  readonly tags: readonly string[];
  readonly categories: readonly string[];
}

/** `data.title` as Liquid prints it; absent when the front matter has none (or null). */
export function titleField(data: Data): TitleField {
  return data.title == null ? {} : { title: rubyToS(data.title) };
}

/** Document#populate_categories/populate_tags have filled these lists in data: strings, as Liquid prints each item. */
export function taxonomyFields(data: Data): TaxonomyFields {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(rubyToS) : []);
  return { tags: list(data.tags), categories: list(data.categories) };
}
