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

/** Marks `drop` as a Jekyll::Drops::Drop (see JEKYLL_DROP). */
export function markJekyllDrop<T extends object>(drop: T): T {
  Object.defineProperty(drop, JEKYLL_DROP, { value: true });
  return drop;
}

/** DocumentDrop::NESTED_OBJECT_FIELD_BLACKLIST: left out of a shortened neighbour. */
export const NESTED_DOCUMENT_OMITS: ReadonlySet<string> = new Set(['content', 'output', 'excerpt', 'next', 'previous']);
