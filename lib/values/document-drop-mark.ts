/**
 * Marks the Liquid drop of a post or collection document, so that `jsonify`
 * can shorten its neighbours as Jekyll's DocumentDrop#hash_for_json does.
 */
export const DOCUMENT_DROP: unique symbol = Symbol.for('kyll.documentDrop');

/** DocumentDrop::NESTED_OBJECT_FIELD_BLACKLIST: left out of a shortened neighbour. */
export const NESTED_DOCUMENT_OMITS: ReadonlySet<string> = new Set(['content', 'output', 'excerpt', 'next', 'previous']);
