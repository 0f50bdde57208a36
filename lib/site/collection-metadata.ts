// Collection#metadata (collection.rb#extract_metadata) is the collection's entry under
// `collections:` as it is, `|| {}`: an entry that is no mapping (`x: "text"`, `x: 3`) stays
// itself, and each place that reads it then does what Ruby does with that value.
// - Collection#read ends with sort_docs!, `metadata["order"]`, then `metadata["sort_by"]`: a
//   String gives the key when it holds it (String#[]), an Integer or Array cannot take a String
//   index (TypeError), true or a Float has no #[] (NoMethodError); read stops there.
// - Collection#write? and #url_template call `metadata.fetch`, which only a Hash and an Array have:
//   Document#write? (Site#cleanup asks every document, once the site is rendered) and Document#url
//   fail for each document of the collection.
import { KyllError } from '../errors/index.js';
import { isPlainHash } from '../config/merge.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import type { SiteConfig } from '../types.js';
import { rubyTruthy } from '../values/truthy.js';

/** The collection's `collections:` entry when it is set to something other than a mapping, nil or false. */
export function unhashedMetadata(config: Partial<SiteConfig>, label: string): { value: unknown } | undefined {
  const collections = config.collections as unknown;
  if (!isPlainHash(collections) || label === 'posts' || !Object.hasOwn(collections, label)) return undefined;
  const value = (collections as Record<string, unknown>)[label];
  return rubyTruthy(value) && !isPlainHash(value) ? { value } : undefined;
}

const HINT = (label: string): string => `collections.${label} must be a mapping of the collection's settings (such as {output: true}), or nothing.`;

const integral = (v: unknown): boolean => Array.isArray(v) || typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));

/** sort_docs!'s reading of such an entry: the `sort_by` key it finds, or the error it stops with. */
export function unhashedSortBy(value: unknown, label: string): string | undefined {
  // (a String holding `order` gives "order", which is no Array: `sort_by` is read next)
  if (typeof value === 'string') return value.includes('sort_by') ? 'sort_by' : undefined;
  const why = integral(value) ? 'no implicit conversion of String into Integer (TypeError)' : `${noMethodText('[]', value)} (NoMethodError)`;
  throw new KyllError('INVALID_CONFIG', why, { file: '_config.yml' }, { hint: HINT(label) });
}

/** Collection#url_template's `metadata.fetch("permalink")` on such an entry (a String: the others stopped the read), as Document#url raises it. */
export function unhashedUrlError(value: unknown, label: string): KyllError {
  const why = noMethodText('fetch', value, { line: '@url_template ||= metadata.fetch("permalink") do', call: '.fetch' });
  return new KyllError('INVALID_PERMALINK', why, { file: '_config.yml' }, { hint: HINT(label) });
}

/** Collection#write?'s `metadata.fetch("output", false)` on such an entry, as the build stops with it. */
export function unhashedWriteError(value: unknown, label: string): KyllError {
  return new KyllError('INVALID_CONFIG', `${noMethodText('fetch', value)} (NoMethodError)`, { file: '_config.yml' }, { hint: HINT(label) });
}

/**
 * The same, as CollectionDrop#output raises it in a template (error_highlight's line in the
 * message): a value that fails when read, as a URL that cannot be made (hence its code).
 */
export function unhashedOutputError(value: unknown, label: string): KyllError {
  const why = noMethodText('fetch', value, { line: '!!metadata.fetch("output", false)', call: '.fetch' });
  return new KyllError('INVALID_PERMALINK', why, { file: '_config.yml' }, { hint: HINT(label) });
}
