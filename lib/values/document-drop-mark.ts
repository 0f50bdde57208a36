import { rubyKeys } from './typed-keys.js';

/**
 * Marks the Liquid drop of a post or collection document, so that `jsonify`
 * can shorten its neighbours as Jekyll's DocumentDrop#hash_for_json does.
 */
export const DOCUMENT_DROP: unique symbol = Symbol.for('kyll.documentDrop');

/**
 * Marks a drop that is a Jekyll::Drops::Drop in Ruby (the site, `jekyll`, documents),
 * not a Hash: Enumerable, so `first` works, but without `size`.
 */
export const JEKYLL_DROP: unique symbol = Symbol.for('kyll.jekyllDrop');

/**
 * Marks `drop` as a Jekyll::Drops::Drop (see JEKYLL_DROP). Drop#each yields its keys to a
 * `for` loop (Liquid's slice_collection_using_each keeps the first of `yield key, value`);
 * `keys` gives Drop#keys when their order is not the object's own (the site's methods first).
 */
export function markJekyllDrop<T extends object>(drop: T, keys: () => readonly string[] = () => rubyKeys(drop)): T {
  Object.defineProperty(drop, JEKYLL_DROP, { value: true });
  Object.defineProperty(drop, Symbol.iterator, { value: () => keys()[Symbol.iterator]() });
  return drop;
}

/**
 * Marks a Liquid::Drop that is not Enumerable (`jekyll`, `forloop`, `tablerowloop`): a loop over
 * it renders nothing; `{{ }}` prints `className`. `jsonify` writes its fields when the drop has a
 * #to_json of its own (JekyllDrop); else Object#to_json writes its to_s, the class name.
 */
export function markLiquidDrop<T extends object>(drop: T, className: string, ownJson = false): T {
  Object.defineProperty(drop, LIQUID_DROP, { value: true });
  Object.defineProperty(drop, RUBY_TO_S, { value: () => className });
  Object.defineProperty(drop, Symbol.iterator, { value: () => [][Symbol.iterator]() });
  if (!ownJson) Object.defineProperty(drop, JSON_AS_TO_S, { value: true });
  return drop;
}

/** Marks a drop whose JSON is its to_s as a string (Object#to_json), see markLiquidDrop. */
export const JSON_AS_TO_S: unique symbol = Symbol.for('kyll.jsonAsToS');

/**
 * What `{{ drop }}` prints when that is not the drop's hash: a function giving Ruby's #to_s
 * (Liquid::Drop#to_s is the class name: `Jekyll::Drops::SiteDrop`; CollectionDrop#to_s is docs.to_s).
 */
export const RUBY_TO_S: unique symbol = Symbol.for('kyll.rubyToS');

/** A drop's Ruby class where neither DOCUMENT_DROP nor its #to_s names it (CollectionDrop). */
export const RUBY_CLASS: unique symbol = Symbol.for('kyll.rubyClass');

/** Marks a Liquid::Drop without Enumerable: no `size`, `first` nor `count`. */
export const LIQUID_DROP: unique symbol = Symbol.for('kyll.liquidDrop');

/** DocumentDrop::NESTED_OBJECT_FIELD_BLACKLIST: left out of a shortened neighbour. */
export const NESTED_DOCUMENT_OMITS: ReadonlySet<string> = new Set(['content', 'output', 'excerpt', 'next', 'previous']);

/**
 * A Jekyll drop whose Ruby #to_h holds Jekyll's own objects (SiteDrop, CollectionDrop):
 * its value is a function giving that hash for `jsonify` and `inspect`
 * (Drop#hash_for_json), in which documents are written as their to_s.
 */
export const HASH_FOR_JSON: unique symbol = Symbol.for('kyll.hashForJson');

/** The hash a HASH_FOR_JSON drop gives to `jsonify`, or undefined for any other value. */
export function hashForJson(v: unknown): Record<string, unknown> | undefined {
  const f = typeof v === 'object' && v !== null ? (v as Record<symbol, unknown>)[HASH_FOR_JSON] : undefined;
  return typeof f === 'function' ? (f as () => Record<string, unknown>)() : undefined;
}

/**
 * On the drop of a Jekyll object that Liquid keeps raw inside arrays and hashes
 * (site.posts, site.pages, site.static_files, site.categories...): its Ruby #inspect,
 * which `inspect` prints for it there (document.rb, page.rb, static_file.rb #inspect).
 * A drop printed on its own is JSON.pretty_generate of its hash instead.
 */
export const RUBY_OBJECT_INSPECT: unique symbol = Symbol.for('kyll.rubyObjectInspect');

/** Gives `drop` the Ruby #inspect its object shows inside an array or a hash. */
export function markRubyObject<T extends object>(drop: T, inspect: string): T {
  Object.defineProperty(drop, RUBY_OBJECT_INSPECT, { value: inspect });
  return drop;
}

/** The Ruby class of a Jekyll object kept raw (see RUBY_OBJECT_INSPECT), from its #inspect (`#<Jekyll::Page ...>`). */
export function rubyObjectClass(v: unknown): string | undefined {
  const inspect = typeof v === 'object' && v !== null ? (v as Record<symbol, unknown>)[RUBY_OBJECT_INSPECT] : undefined;
  return typeof inspect === 'string' ? /^#<([\w:]+)/.exec(inspect)?.[1] : undefined;
}

/**
 * On the drop of a Jekyll object that Liquid keeps raw inside arrays: its Ruby #to_s, which
 * Array#join prints for it there (`{{ site.pages }}`, array_to_sentence_string), where its
 * drop (a filter's to_liquid) prints its hash. Convertible#to_s of a Page: its content.
 */
export const RUBY_OBJECT_TO_S: unique symbol = Symbol.for('kyll.rubyObjectToS');

/** Gives `drop` the Ruby #to_s its object prints inside an array. */
export function markRubyObjectToS<T extends object>(drop: T, toS: () => string): T {
  Object.defineProperty(drop, RUBY_OBJECT_TO_S, { value: toS });
  return drop;
}

/**
 * On a value whose to_liquid holds itself again (a PageExcerpt: the page's hash, whose
 * `excerpt` is that PageExcerpt): Jekyll's as_liquid (jsonify) never ends on it.
 */
export const ENDLESS_AS_LIQUID: unique symbol = Symbol.for('kyll.endlessAsLiquid');

/**
 * On the drop of a Page whose Page#to_liquid does work of its own (`page_excerpts`: it reads
 * Page#excerpt, which renders the excerpt): what to run when Liquid turns the Page into its
 * hash, as it does for the value of every variable lookup (VariableLookup#evaluate's
 * `to_liquid`) and for each item Jekyll's filters read a property of (item_property).
 */
const ON_TO_LIQUID: unique symbol = Symbol.for('kyll.onToLiquid');

/** Gives `drop` the work its Ruby object's to_liquid does (not copied by a spread: not enumerable). */
export function onToLiquid<T extends object>(drop: T, work: () => void): T {
  Object.defineProperty(drop, ON_TO_LIQUID, { value: work });
  return drop;
}

/** Runs the to_liquid work of `v` (see onToLiquid), if it has any; gives `v`. */
export function liquidated<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    const work = (v as Record<symbol, unknown>)[ON_TO_LIQUID];
    if (work !== undefined) (work as () => void)();
  }
  return v;
}

/**
 * On an array a Liquid filter made: which of its elements Liquid's InputIterator turned
 * into drops (`to_liquid`), or a filter argument brought as a drop (`push: page`). Those
 * print their drop's JSON in `inspect`, the others their Ruby #inspect (RUBY_OBJECT_INSPECT).
 */
export const LIQUID_VIEWS: unique symbol = Symbol.for('kyll.liquidViews');

/**
 * Marks the elements of the new array `out` for which `isView(i)` holds as drops (see LIQUID_VIEWS);
 * on a hash a filter made, the values of the keys for which it holds.
 */
export function markLiquidViews<T extends object>(out: T, isView: (i: T extends unknown[] ? number : string) => boolean): T {
  Object.defineProperty(out, LIQUID_VIEWS, { value: isView });
  return out;
}

/** Whether element `i` of `arr` (or the value of key `i` of a hash) is a drop Liquid made (see LIQUID_VIEWS). */
export function isLiquidView(arr: object, i: number | string): boolean {
  const f = (arr as unknown as Record<symbol, unknown>)[LIQUID_VIEWS];
  return typeof f === 'function' && (f as (i: number | string) => boolean)(i) === true;
}

const marked = (v: unknown, mark: symbol): boolean => typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[mark] === true;

/** Whether `v` is a Jekyll::Drops::Drop (Enumerable over its keys; see JEKYLL_DROP). */
export const isJekyllDrop = (v: unknown): v is Record<string, unknown> => marked(v, JEKYLL_DROP);

/** Whether `v` is a plain Liquid::Drop (`jekyll`): no each, first, include? nor size. */
export const isLiquidDrop = (v: unknown): v is Record<string, unknown> => marked(v, LIQUID_DROP);

/** Drop#each_key: the keys a Jekyll drop yields, as a Ruby block with one parameter takes them. */
export function jekyllDropKeys(drop: Record<string, unknown>): string[] {
  return [...(drop as unknown as Iterable<string>)];
}

/**
 * Drop#each yields `key, self[key]`: Ruby's own Enumerable methods (first, sort, select,
 * group_by, map) pack the two into a [key, value] pair.
 */
export function jekyllDropPairs(drop: Record<string, unknown>): [string, unknown][] {
  // DocumentDrop#next/#previous give the neighbour's to_liquid: a drop, printed as its JSON by inspect
  const neighbours = marked(drop, DOCUMENT_DROP);
  return jekyllDropKeys(drop).map((k): [string, unknown] => {
    const pair: [string, unknown] = [k, drop[k]];
    return neighbours && (k === 'next' || k === 'previous') ? markLiquidViews(pair, (i) => i === 1) : pair;
  });
}
