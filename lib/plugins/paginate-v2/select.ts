// jekyll-paginate-v2 3.0.0: which documents a pagination template lists
// (generator/paginationModel.rb#get_docs_in_collections, #paginate;
// generator/paginationIndexer.rb; generator/utils.rb#sort_values).
import type { Data, Document, Site } from '../../types.js';
import { isHash, toS, truthy } from '../shared/values.js';
import { compareRubyStrings } from '../../values/ruby-string-order.js';
import { rubySplit } from '../../values/ruby-split.js';
import { rubyDowncase } from '../../values/ruby-downcase.js';
import { rubyClass, spaceship } from '../../liquid/filters/spaceship.js';
import { rubyInspect } from '../../liquid/ruby/to-s.js';
import { rubySort } from '../../site/ruby-sort.js';
import { KyllError } from '../../errors/kyll-error.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { rubyStringToI } from '../../values/ruby-integer.js';
import { JekyllTime } from '../../time/jekyll-time.js';

const SEPARATORS = /;|,|\s/;

/**
 * get_docs_in_collections: the named collections' documents (`all`: every one but posts), no
 * `pagination` pages, no hidden ones. A name is `downcase`d: a list item that is no text (or a
 * mapping, whose entries come as pairs) stops Jekyll 4.3.1, as does a setting with no `each`.
 */
export function docsInCollections(site: Site, names: unknown): Document[] {
  const stop = (method: string, v: unknown): never => {
    throw new KyllError('INVALID_CONFIG', `${noMethodText(method, v ?? null)} (NoMethodError) (jekyll-paginate-v2: pagination.collection must name collections, as text or a list of names)`, { file: '_config.yml' });
  };
  let list: string[] = [];
  if (typeof names === 'string') list = rubySplit(names, SEPARATORS);
  else if (Array.isArray(names)) list = names.map((n) => (typeof n === 'string' ? n : stop('downcase', n)));
  else if (isHash(names)) list = Object.entries(names).map((pair) => stop('downcase', pair));
  else if (names !== undefined) stop('each', names);
  const docs: Document[] = [];
  const usable = (d: Document): boolean => !Object.prototype.hasOwnProperty.call(d.data, 'pagination');
  for (const raw of list) {
    const name = rubyDowncase(raw).trim();
    if (name === 'all') {
      for (const [label, c] of Object.entries(site.collections)) if (label !== 'posts') docs.push(...c.docs.filter(usable));
    } else if (Object.prototype.hasOwnProperty.call(site.collections, name)) {
      docs.push(...site.collections[name]!.docs.filter(usable));
    }
  }
  return docs.filter((d) => !truthy(d.data.hidden));
}

/** PaginationIndexer.index_posts_by: documents by each lower-cased value of a front matter key. */
function indexBy(docs: readonly Document[], key: string): Map<string, Document[]> {
  const index = new Map<string, Document[]>();
  for (const doc of docs) {
    const value = doc.data[key];
    if (value === undefined || value === null) continue;
    if ((typeof value === 'string' || Array.isArray(value)) && value.length === 0) continue;
    if (toS(value).trim() === '') continue;
    const keys = typeof value === 'string' ? rubySplit(value, SEPARATORS) : Array.isArray(value) ? value : [value];
    for (const k of keys) {
      for (const part of rubySplit(rubyDowncase(toS(k)).trim(), /;|,/)) {
        const name = rubyDowncase(part).trim();
        const list = index.get(name);
        if (list) list.push(doc);
        else index.set(name, [doc]);
      }
    }
  }
  return index;
}

/** read_config_value_and_filter_posts: the documents in every listed category (tag, locale). */
function filterBy(config: Data, key: string, docs: Document[], index: Map<string, Document[]>): Document[] {
  const value = config[key];
  if (value === undefined || value === null) return docs;
  // `config_value.each`: a list, a mapping's [key, value] pairs; any other value stops Jekyll 4.3.1
  const wanted = typeof value === 'string' ? rubySplit(value, /;|,/) : Array.isArray(value) ? value : isHash(value) ? Object.entries(value) : undefined;
  if (wanted === undefined) {
    throw new KyllError('INVALID_CONFIG', `${noMethodText('each', value)} (NoMethodError) (jekyll-paginate-v2: pagination.${key} must be text or a list)`, { file: '_config.yml' });
  }
  let out = docs;
  for (const w of wanted) {
    const source = new Set(index.get(rubyDowncase(toS(w)).trim()));
    // Array#&: in the order of the left side, without repeats.
    out = [...new Set(out.filter((d) => source.has(d)))];
  }
  return out;
}

/**
 * Utils.sort_get_post_data: a `a:b` path into the front matter; a missing key or a hash at its end
 * counts as nothing. A path that goes on through a value that is no Hash (`author: bob` under
 * `sort_field: author:name`) reaches `has_key?` on it, where Jekyll 4.3.1 stops (NoMethodError).
 */
function sortValue(doc: Document, field: string): unknown {
  let v: unknown = doc.data;
  for (const k of rubySplit(field, ':')) {
    const key = rubyDowncase(k).trim();
    if (key === 'date' && v === doc.data && !Object.prototype.hasOwnProperty.call(doc.data, 'date')) return doc.date;
    if (!isHash(v)) {
      throw new SortFailure(`undefined method \`has_key?' for ${receiver(v)} (NoMethodError)`, `sort_field '${field}' goes on past a value that is no mapping in ${doc.relativePath}: give every document a mapping there, or none at all.`);
    }
    if (!Object.prototype.hasOwnProperty.call(v, key)) return null;
    v = v[key];
  }
  return isHash(v) ? null : v;
}

/** Utils.sort_values: nil first; a String by its downcase (NoMethodError when the other is not one); times as DateTimes; else Ruby's <=>. */
function compare(a: unknown, b: unknown): number {
  const nil = (x: unknown): boolean => x === null || x === undefined;
  if (nil(a) && !nil(b)) return -1;
  if (!nil(a) && nil(b)) return 1;
  if (typeof a === 'string') {
    if (typeof b !== 'string') throw new SortFailure(`undefined method \`downcase' for ${receiver(b)} (NoMethodError)`);
    return compareRubyStrings(rubyDowncase(a), rubyDowncase(b));
  }
  // `respond_to?('to_datetime')`: a Date, a Time or a DateTime, compared as instants.
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  const c = spaceship(a, b);
  // sort! raises when the block gives nil (Array#<=> of [1] and ["a"], true and false, 1 and "a").
  if (c === undefined) throw new SortFailure('comparison of Jekyll::Document with Jekyll::Document failed (ArgumentError)');
  return c;
}

/** What Ruby 3.1's NoMethodError names: `5:Integer`, `true:TrueClass`, `[1]:Array`, or an inspect of the `#<...>` kind alone. */
function receiver(v: unknown): string {
  const inspect = rubyInspect(v);
  return inspect.startsWith('#<') ? inspect : `${inspect}:${rubyClass(v)}`;
}

/** The error sort_values or Array#sort! raise while a template's documents are sorted. */
export class SortFailure extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** The documents a template may list, indexed by category (with `posts`: all of them), tag and locale. */
export interface IndexedDocs {
  readonly all: Document[];
  readonly categories: Map<string, Document[]>;
  readonly tags: Map<string, Document[]>;
  readonly locale: Map<string, Document[]>;
}

/** PaginationIndexer's indexes of a list, made once for every template that lists the same collections. */
export function indexDocs(all: Document[]): IndexedDocs {
  return { all, categories: withAll(indexBy(all, 'categories'), all), tags: indexBy(all, 'tags'), locale: indexBy(all, 'locale') };
}

/** PaginationModel#paginate, up to the list it splits: filters, sort, offset, sort_reverse. */
export function selectDocs(indexed: IndexedDocs, config: Data, onDated?: (docs: readonly Document[]) => void): Document[] {
  let docs = indexed.all;
  docs = filterBy(config, 'category', docs, indexed.categories);
  docs = filterBy(config, 'tag', docs, indexed.tags);
  docs = filterBy(config, 'locale', docs, indexed.locale);
  if (truthy(config.sort_field)) {
    const field = toS(config.sort_field);
    // Before its sort, paginate calls `u_post.date` on each of them (a draft's date stays nil
    // until asked): an undated draft is dated from here on, whatever the sort field.
    onDated?.(docs);
    // Array#sort! with a block: ruby_qsort, glibc's merge sort (the pairs it compares decide whether it raises).
    docs = rubySort([...docs], (a, b) => compare(sortValue(a, field), sortValue(b, field)));
    // `using_posts.pop(offset)`: the offset drops documents from the end of the sorted list.
    const offset = Math.max(0, settingToI(config.offset, 'offset'));
    if (offset > 0) docs = docs.slice(0, Math.max(0, docs.length - offset));
    if (truthy(config.sort_reverse)) docs.reverse();
  }
  return docs;
}

/**
 * Ruby's `to_i` of a pagination setting (offset, limit): text by String#to_i ("3 posts" is 3),
 * numbers truncated, nil 0; true, false, a list or a mapping stop Jekyll 4.3.1 (NoMethodError).
 */
export function settingToI(v: unknown, setting: string): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return rubyStringToI(v);
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (v instanceof JekyllTime && !v.isDate) return Math.floor(v.getTime() / 1000);
  const why = typeof v === 'number' ? `${Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity'} (FloatDomainError)` : `${noMethodText('to_i', v)} (NoMethodError)`;
  throw new KyllError('INVALID_CONFIG', `${why} (jekyll-paginate-v2: pagination.${setting} must be a whole number)`, { file: '_config.yml' });
}

// all_categories['posts'] = all_posts.
function withAll(index: Map<string, Document[]>, all: Document[]): Map<string, Document[]> {
  index.set('posts', all);
  return index;
}
